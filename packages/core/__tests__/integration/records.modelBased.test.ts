import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { LegAccount, Snapshot } from '@wincall/simulator';
import type { CallEndReason, CallRecord, WinCallClient, WinCallState } from '../../src';
import { world } from './support';

/**
 * Random call flows for several agents against the real simulator (fixed seeds): every call
 * record each client emits is checked against the simulator's own account of that agent's part in
 * the call (`/sim/state` legs): one record per leg, the same end reason and missed flag, and the
 * same times within the delivery latency of a real socket on a busy machine.
 */
const runs = process.env.FUZZ_RUNS ? Math.max(6, Math.round(Number(process.env.FUZZ_RUNS) / 40)) : 6;
const seed = process.env.FUZZ_SEED === 'random' ? Date.now() : Number(process.env.FUZZ_SEED ?? 20261129);
/** Messages travel through real sockets: a time the client stamps trails the simulator's by this much at most. */
const LATENCY_MS = 300;

const AGENTS = ['1001', '1002', '1003', '1005'] as const;
const IDS: Record<string, number> = { '1001': 1, '1002': 2, '1003': 3, '1005': 5 };

type Step =
  | { kind: 'agent'; who: number; command: string; target: number }
  | { kind: 'call'; queueId: number }
  | { kind: 'answer'; who: number }
  | { kind: 'customerHangup' };

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

let env: Awaited<ReturnType<typeof world>> | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

describe('model-based: call records against the simulator’s own account', () => {
  it('every record matches the simulator: one per leg, end reason, missed, times', async () => {
    const reasons = new Set<string>();
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
          else {
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

        // Every leg the simulator closed has its record (wrap-up is 0 s, so each is due now).
        const legsOf = (agentNum: string) => model.snapshot().legs.slice(firstLeg).filter((leg) => leg.agentNum === agentNum);
        await expect
          .poll(() => AGENTS.map((n, i) => records[i]!.length - legsOf(n).length), { timeout: 3_000, interval: 20 })
          .toEqual(AGENTS.map(() => 0));

        AGENTS.forEach((agentNum, i) => {
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
            expect(Math.abs(record.startedAt - leg.startedAt), JSON.stringify(context)).toBeLessThanOrEqual(LATENCY_MS);
            expect(Math.abs(record.endedAt - leg.endedAt), JSON.stringify(context)).toBeLessThanOrEqual(LATENCY_MS);
            expect(record.answeredAt === null, JSON.stringify(context)).toBe(leg.answeredAt === null);
            if (record.answeredAt !== null && leg.answeredAt !== null) {
              expect(Math.abs(record.ringMs - (leg.answeredAt - leg.startedAt))).toBeLessThanOrEqual(2 * LATENCY_MS);
              expect(Math.abs(record.talkMs + record.hold.totalMs - (leg.endedAt - leg.answeredAt))).toBeLessThanOrEqual(2 * LATENCY_MS);
            }
            reasons.add(record.endReason);
          });
        });
      }),
      { numRuns: runs, seed, endOnFailure: true },
    );
    // The flows reach the interesting ends, not only refusals.
    expect([...reasons]).toEqual(expect.arrayContaining(['agentHangup', 'remoteHangup', 'missed', 'transferred']));
  }, Math.max(240_000, runs * 4_000));
});
