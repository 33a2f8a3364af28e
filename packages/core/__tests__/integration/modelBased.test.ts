import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { Snapshot } from '@wincall/simulator';
import type { WinCallClient, WinCallState } from '../../src';
import { world } from './support';

/** Fewer runs than the pure fuzzers: every step goes through real sockets. `pnpm fuzz` raises them. */
const runs = process.env.FUZZ_RUNS ? Math.max(8, Math.round(Number(process.env.FUZZ_RUNS) / 40)) : 8;
const seed = process.env.FUZZ_SEED === 'random' ? Date.now() : Number(process.env.FUZZ_SEED ?? 20261125);

const AGENTS = ['1001', '1002', '1003', '1005'] as const;
const IDS: Record<string, number> = { '1001': 1, '1002': 2, '1003': 3, '1005': 5 };

type Step =
  | { kind: 'agent'; who: number; command: string; target: number; reason: number }
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
        'busy',
        'unbusy',
        'hangup',
        'hold',
        'restore',
        'consultInner',
        'consultBack',
        'transfer',
        'threeWay',
        'threeWayBack',
        'dialInner',
        'dialOuter',
        'chanspy',
        'intercept',
        'breakin',
        'transferToQueue',
      ),
      target: fc.nat(AGENTS.length - 1),
      reason: fc.constantFrom(100, 101, 102),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('call' as const), queueId: fc.constantFrom(6250, 6251) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('answer' as const), who: fc.nat(AGENTS.length - 1) }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'customerHangup' as const }) },
);

function run(client: WinCallClient, s: Extract<Step, { kind: 'agent' }>): Promise<unknown> {
  const target = IDS[AGENTS[s.target]!]!;
  switch (s.command) {
    case 'busy':
      return client.busy(s.reason);
    case 'consultInner':
    case 'dialInner':
    case 'chanspy':
      return client[s.command](target);
    case 'dialOuter':
      return client.dialOuter('13800138000');
    case 'transferToQueue':
      return client.transferToQueue(6251);
    default:
      return (client[s.command as 'hangup'] as () => Promise<unknown>)();
  }
}

/** What the client shows, reduced to what the simulator can tell us about the same agent. */
function clientView(state: WinCallState) {
  return {
    status: state.agent.status,
    plainBusy: state.agent.status === 'busy' ? (state.agent.busyReasonId ?? 0) >= 100 ? state.agent.busyReasonId : 'plain' : null,
    phase: state.call?.phase ?? null,
    callId: state.call?.params.CallId ?? null,
  };
}

function simView(snapshot: Snapshot, agentNum: string) {
  const agent = snapshot.agents.find((a) => a.agentNum === agentNum)!;
  return {
    status: agent.status,
    plainBusy: agent.status === 'busy' ? (agent.busyReasonId ?? 0) >= 100 ? agent.busyReasonId : 'plain' : null,
    phase: agent.phase,
    callId: agent.callId,
  };
}

let env: Awaited<ReturnType<typeof world>> | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

describe('model-based: random sequences for several agents against the simulator', () => {
  it("after every step each client's state matches the simulator's own view", async () => {
    const phases = new Set<string>();
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 10, maxLength: 30 }), async (steps) => {
        await env?.close();
        env = await world({ afterCallWorkSeconds: 0 });
        const clients = await Promise.all(AGENTS.map((agentNum) => env!.agent(agentNum)));
        const model = env.sim.model;
        for (const s of steps) {
          if (s.kind === 'agent') await run(clients[s.who]!, s).catch(() => undefined);
          else if (s.kind === 'call') model.placeCall({ caller: '13900000000', queueId: s.queueId });
          else if (s.kind === 'answer') model.phoneAnswer(`800${AGENTS[s.who]!.slice(3)}`);
          else {
            const live = model.snapshot().calls.find((c) => c.state !== 'ended' && c.customer);
            if (live) model.customerHangup(live.callId);
          }
          // Eventually consistent within a bounded time: the messages of this step are in flight.
          await expect
            .poll(
              () => {
                const snapshot = model.snapshot();
                return AGENTS.map((agentNum, i) => [clientView(clients[i]!.getState()), simView(snapshot, agentNum)]);
              },
              { timeout: 3_000, interval: 20 },
            )
            .toSatisfy((pairs: unknown[][]) => pairs.every(([a, b]) => JSON.stringify(a) === JSON.stringify(b)));
          for (const client of clients) phases.add(client.getState().call?.phase ?? client.getState().agent.status);
        }
      }),
      { numRuns: runs, seed, endOnFailure: true },
    );
    // The sequences reach real call states, not only refusals.
    expect([...phases]).toEqual(expect.arrayContaining(['busy', 'ringing', 'connected']));
  }, Math.max(240_000, runs * 2_000));
});
