import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { LegAccount, Snapshot } from '@wincall/simulator';
import type { CallEndReason, CallRecord, WinCallClient, WinCallState } from '../../src';
import { must, until, world } from './support';

/**
 * Random call flows for several agents against the real simulator (fixed seeds): every call
 * record each client emits is checked against the simulator's own account of that agent's part in
 * the call (`/sim/state` legs): one record per leg, the same end reason and missed flag, and times
 * that follow the simulator's: the client stamps each moment when a frame tells it, so never
 * before the simulator lived it, and never after it hands the record over. (No fixed latency: on a
 * busy machine a frame can take longer than any bound one would pick.)
 */
const runs = process.env.FUZZ_RUNS ? Math.max(12, Math.round(Number(process.env.FUZZ_RUNS) / 40)) : 12;
const seed = process.env.FUZZ_SEED === 'random' ? Date.now() : Number(process.env.FUZZ_SEED ?? 20261129);

const AGENTS = ['1001', '1002', '1003', '1005'] as const;
const IDS: Record<string, number> = { '1001': 1, '1002': 2, '1003': 3, '1005': 5 };

type Step =
  | { kind: 'agent'; who: number; command: string; target: number }
  | { kind: 'call'; queueId: number }
  | { kind: 'answer'; who: number }
  | { kind: 'customerHangup' }
  /** Whoever has a call ringing in turns it down from the browser. */
  | { kind: 'decline' };

const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('agent' as const),
      who: fc.nat(AGENTS.length - 1),
      command: fc.constantFrom(
        'hangup',
        'hangup',
        'hold',
        'restore',
        'consultInner',
        'consultBack',
        'transfer',
        'threeWay',
        'dialInner',
        'dialOuter',
        'dialBusy',
        'chanspy',
        'intercept',
        'transferToQueue',
        'blindTransfer',
        'evaluate',
        'transferToIvr',
      ),
      target: fc.nat(AGENTS.length - 1),
    }),
  },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('call' as const), queueId: fc.constantFrom(6250, 6251) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('answer' as const), who: fc.nat(AGENTS.length - 1) }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'customerHangup' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'decline' as const }) },
);

function run(client: WinCallClient, s: Extract<Step, { kind: 'agent' }>): Promise<unknown> {
  const target = IDS[AGENTS[s.target]!]!;
  switch (s.command) {
    case 'consultInner':
    case 'dialInner':
    case 'chanspy':
      return client[s.command](target);
    case 'dialOuter':
      return client.dialOuter('13800138000');
    case 'dialBusy':
      return client.dialOuter('13900000486');
    case 'blindTransfer':
      return client.blindTransfer('13700000000');
    case 'transferToQueue':
      return client.transferToQueue(6251);
    default:
      return (client[s.command as 'hangup'] as () => Promise<unknown>)();
  }
}

const view = (state: WinCallState) => [state.agent.status, state.call?.phase ?? null, state.call?.params.CallId ?? null];
const simView = (snapshot: Snapshot, agentNum: string) => {
  const agent = snapshot.agents.find((a) => a.agentNum === agentNum)!;
  return [agent.status, agent.phase, agent.callId];
};

/** What the client can tell from the wire, given the simulator's account. */
function expectedReason(leg: LegAccount): CallEndReason {
  if (leg.endedBy === 'transfer') return 'transferred';
  if (leg.endedBy === 'agent') return leg.answeredAt === null && leg.missed === false && rang(leg) ? 'declined' : 'agentHangup';
  if (leg.answeredAt !== null) return 'remoteHangup';
  return leg.missed ? 'missed' : 'failed';
}
/** Someone else reached the agent (not the agent's own dial or monitor leg). */
const rang = (leg: LegAccount) => leg.ringType !== 2 && leg.ringType !== 3;

/**
 * Every leg the simulator closed since `firstLeg` has exactly one record in its agent's client,
 * in order, with the end reason and missed flag the simulator's account implies and the same times.
 * Returns the end reasons seen.
 */
async function matchSimulator(
  model: { snapshot(): Snapshot },
  firstLeg: number,
  agents: readonly string[],
  records: CallRecord[][],
): Promise<CallEndReason[]> {
  const seen: CallEndReason[] = [];
  // Every leg the simulator closed has its record (wrap-up is 0 s, so each is due now).
  const legsOf = (agentNum: string) => model.snapshot().legs.slice(firstLeg).filter((leg) => leg.agentNum === agentNum);
  await expect
    .poll(() => agents.map((n, i) => records[i]!.length - legsOf(n).length), { timeout: 3_000, interval: 20 })
    .toEqual(agents.map(() => 0));

  // Every record asked for is in: none was handed over later than this.
  const handedOverBy = Date.now();
  agents.forEach((agentNum, i) => {
    const legs = legsOf(agentNum);
    const mine = records[i]!;
    expect(new Set(mine.map((r) => r.id)).size).toBe(mine.length);
    legs.forEach((leg, n) => {
      const record = mine[n]!;
      const context = { leg, record };
      expect(record.callId, JSON.stringify(context)).toBe(leg.callId);
      expect(record.agentNum).toBe(agentNum);
      expect(record.endReason, JSON.stringify(context)).toBe(expectedReason(leg));
      expect(record.missed, JSON.stringify(context)).toBe(leg.missed);
      // Each moment as the client learnt it: after the simulator lived it, in order, before now.
      expect(record.startedAt, JSON.stringify(context)).toBeGreaterThanOrEqual(leg.startedAt);
      expect(record.endedAt, JSON.stringify(context)).toBeGreaterThanOrEqual(leg.endedAt);
      expect(record.endedAt, JSON.stringify(context)).toBeGreaterThanOrEqual(record.startedAt);
      expect(record.wrapUpEndedAt, JSON.stringify(context)).toBeLessThanOrEqual(handedOverBy);
      expect(record.answeredAt === null, JSON.stringify(context)).toBe(leg.answeredAt === null);
      if (record.answeredAt !== null && leg.answeredAt !== null) {
        expect(record.answeredAt, JSON.stringify(context)).toBeGreaterThanOrEqual(leg.answeredAt);
        expect(record.answeredAt, JSON.stringify(context)).toBeGreaterThanOrEqual(record.startedAt);
        expect(record.answeredAt, JSON.stringify(context)).toBeLessThanOrEqual(record.endedAt);
        // The durations are the client's own times, which must add up.
        expect(record.ringMs, JSON.stringify(context)).toBe(record.answeredAt - record.startedAt);
        expect(record.talkMs + record.hold.totalMs, JSON.stringify(context)).toBe(record.endedAt - record.answeredAt);
      }
      seen.push(record.endReason);
    });
  });
  return seen;
}

let env: Awaited<ReturnType<typeof world>> | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

describe('model-based: call records against the simulator’s own account', () => {
  it('every record matches the simulator: one per leg, end reason, missed, times', async () => {
    const reasons = new Set<string>();
    let compared = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 8, maxLength: 24 }), async (steps) => {
        await env?.close();
        env = await world({ afterCallWorkSeconds: 0, ringTimeout: 400 });
        const model = env.sim.model;
        const clients = await Promise.all(AGENTS.map((agentNum) => env!.agent(agentNum)));
        const records = AGENTS.map(() => [] as CallRecord[]);
        clients.forEach((client, i) => client.on('callRecord', (event) => records[i]!.push(event.record)));
        const firstLeg = model.snapshot().legs.length;

        for (const s of steps) {
          if (s.kind === 'agent') await run(clients[s.who]!, s).catch(() => undefined);
          else if (s.kind === 'call') model.placeCall({ caller: '13900000000', queueId: s.queueId });
          else if (s.kind === 'answer') model.phoneAnswer(`800${AGENTS[s.who]!.slice(3)}`);
          else if (s.kind === 'decline') {
            const ringing = clients.find((c) => c.getState().call?.phase === 'ringing' && c.getState().call?.kind !== 'outbound');
            await ringing?.hangup().catch(() => undefined);
          } else {
            const live = model.snapshot().calls.find((c) => c.state !== 'ended' && c.customer);
            if (live) model.customerHangup(live.callId);
          }
          await expect
            .poll(() => AGENTS.map((n, i) => JSON.stringify(view(clients[i]!.getState())) === JSON.stringify(simView(model.snapshot(), n))), {
              timeout: 3_000,
              interval: 20,
            })
            .toSatisfy((same: boolean[]) => same.every(Boolean));
        }

        for (const reason of await matchSimulator(model, firstLeg, AGENTS, records)) {
          reasons.add(reason);
          compared++;
        }
      }),
      { numRuns: runs, seed, endOnFailure: true },
    );
    // The flows reach real calls, not only refusals (the test below plays every end reason on purpose).
    expect(compared).toBeGreaterThanOrEqual(runs);
    expect(reasons.size).toBeGreaterThanOrEqual(2);
  }, Math.max(240_000, runs * 4_000));

  it('each end reason, played on purpose, matches the simulator too', async () => {
    env = await world({ afterCallWorkSeconds: 0, ringTimeout: 300 });
    const model = env.sim.model;
    const [a, b] = await Promise.all([env.agent('1001'), env.agent('1002', 'busy')]);
    const records: CallRecord[][] = [[], []];
    a!.on('callRecord', (event) => records[0]!.push(event.record));
    b!.on('callRecord', (event) => records[1]!.push(event.record));
    const firstLeg = model.snapshot().legs.length;
    const ringing = () => until(a!, (s) => s.call?.phase === 'ringing');
    /** The n-th call of 1001 is over and recorded. */
    const recorded = (n: number) => expect.poll(() => records[0]!.length, { timeout: 5_000, interval: 20 }).toBe(n);
    const talking = async () => {
      await ringing();
      model.phoneAnswer('8001');
      await until(a!, (s) => s.call?.phase === 'connected');
    };

    // declined: 1001 turns a direct call down from the browser.
    model.placeCall({ caller: '13900000001', agentNum: '1001' });
    await ringing();
    await a!.hangup();
    await recorded(1);
    // missed: the customer gives up while it rings.
    const missed = must(model.placeCall({ caller: '13900000002', agentNum: '1001' }));
    await ringing();
    model.customerHangup(missed.callId);
    await recorded(2);
    // remoteHangup: answered, then the customer hangs up.
    const normal = must(model.placeCall({ caller: '13900000003', agentNum: '1001' }));
    await talking();
    model.customerHangup(normal.callId);
    await recorded(3);
    // agentHangup: answered, then 1001 hangs up.
    model.placeCall({ caller: '13900000004', agentNum: '1001' });
    await talking();
    await a!.hangup();
    await recorded(4);
    // transferred: answered, then sent to the survey.
    model.placeCall({ caller: '13900000005', agentNum: '1001' });
    await talking();
    await a!.evaluate();
    await recorded(5);
    // failed: 1001 dials a busy number.
    await a!.dialOuter('13900000486');
    await recorded(6);
    // transferred (warm): 1001 consults 1002, who answers; 1001 transfers; 1002 finishes the call.
    await b!.unbusy();
    const warm = must(model.placeCall({ caller: '13900000006', agentNum: '1001' }));
    await talking();
    await a!.consultInner(2);
    await until(b!, (s) => s.call?.phase === 'ringing');
    model.phoneAnswer('8002');
    await until(a!, (s) => s.call?.phase === 'consultConnected');
    await a!.transfer();
    await recorded(7);
    model.customerHangup(warm.callId);
    await until(b!, (s) => s.call === null && s.agent.status !== 'occupied');

    const seen = await matchSimulator(model, firstLeg, ['1001', '1002'], records);
    expect(seen).toEqual(['declined', 'missed', 'remoteHangup', 'agentHangup', 'transferred', 'failed', 'transferred', 'remoteHangup']);
    const warmRecord = records[0]!.at(-1)!;
    expect(warmRecord.consults).toEqual([{ target: { type: 'agent', agentId: 2 }, at: expect.any(Number), connected: true, threeWay: false }]);
    expect(warmRecord.transfers).toEqual([{ target: { type: 'agent', agentId: 2 }, mode: 'warm', at: expect.any(Number) }]);
    expect(records[1]!.map((r) => [r.kind, r.answeredAt !== null, r.endReason])).toEqual([['consult', true, 'remoteHangup']]);
  });
});
