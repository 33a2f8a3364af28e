import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { createModel, type SimulatorModel, type Snapshot } from '../src/model';
import { startTestSim, type TestSim } from './support/sim';

/** Same knobs as the core's fuzzers: fixed seed in the test command, more runs in `pnpm fuzz`. */
const runs = Number(process.env.FUZZ_RUNS ?? 100);
const seed = process.env.FUZZ_SEED === 'random' ? Date.now() : Number(process.env.FUZZ_SEED ?? 20261125);

const AGENTS = ['1001', '1002', '1003', '1004', '1005'];
const junk = fc.oneof(fc.string({ maxLength: 12 }), fc.integer({ min: -5, max: 7000 }), fc.constant(null), fc.boolean(), fc.array(fc.nat(9), { maxLength: 2 }));

/** Plausible commands (right shapes, random values) and outright garbage, from any socket. */
const payload = fc.oneof(
  fc.record({
    Action: fc.constant(100),
    VccCode: fc.constantFrom('demo', 'acme', 'x', ''),
    AgNum: fc.constantFrom(...AGENTS, '2001', '9'),
    AgPass: fc.constantFrom('1234', '1234', 'bad'),
    AgPhoneNum: fc.constantFrom('8001', '8002', '8003', '8004', '8005', '9001', '1'),
  }),
  fc.record({ Action: fc.constant(2), State: fc.constantFrom(1, 2, 3) }),
  fc.record({
    Action: fc.constantFrom(1, 3, 4, 5, 6, 7, 9, 10, 23, 26, 27, 28, 29, 31, 32, 33, 34, 41, 43, 51),
    Reason: fc.constantFrom(1, 100, 101),
    ProID: fc.constantFrom(1, 2),
  }),
  fc.record({ Action: fc.constantFrom(21, 24, 30), AgID: fc.integer({ min: 0, max: 7 }), CallerID: fc.constantFrom('58452440', 'x') }),
  fc.record({
    Action: fc.constantFrom(22, 25, 46),
    Called: fc.constantFrom('13800138000', '13800138486', '13800138408', '', 'abc', '001'),
    CallerID: fc.constantFrom('58452440', '', '9'),
    Caller: fc.constantFrom('58452440', ''),
    GroupID: fc.constantFrom(0, 6250, 6251, 7000),
  }),
  fc.record({ Action: fc.constantFrom(42, 44, 47), Dtmf: fc.constantFrom('1', '#', 'zz'), TransType: fc.constant(1), TransParam1: fc.constantFrom(6250, 6251, 1), TransVcc: fc.constantFrom(1, 2, 9), TransQue: fc.constantFrom(6250, 7000) }),
  fc.dictionary(fc.constantFrom('Action', 'AgID', 'Called', 'State', 'x'), junk, { maxKeys: 4 }),
  junk,
);

/** The world acts too: customers call and hang up, phones are answered, supervisors and faults strike. */
const worldEvent = fc.oneof(
  fc.record({ kind: fc.constant('call' as const), queueId: fc.constantFrom(6250, 6251), caller: fc.constantFrom('13900000001', '13900000002') }),
  fc.record({ kind: fc.constant('answer' as const), ext: fc.constantFrom('8001', '8002', '8003', '8004', '8005') }),
  fc.record({ kind: fc.constant('phoneHangup' as const), ext: fc.constantFrom('8001', '8002', '8003') }),
  fc.record({ kind: fc.constant('customerHangup' as const), index: fc.nat(5) }),
  fc.record({ kind: fc.constant('force' as const), agentNum: fc.constantFrom(...AGENTS), state: fc.constantFrom('busy' as const, 'idle' as const, 'logout' as const) }),
  fc.record({ kind: fc.constant('fault' as const), fault: fc.constantFrom('network' as const, 'drop-sockets' as const) }),
);

/** Commands that make sense for the agent on that socket: how real sequences get deep. */
const meaningful = fc.record({
  socket: fc.nat(4),
  payload: fc.oneof(
    fc.record({ Action: fc.constantFrom(24, 30, 21), AgID: fc.integer({ min: 1, max: 5 }), CallerID: fc.constant('58452440') }),
    fc.record({ Action: fc.constantFrom(4, 5, 23, 26, 27, 28, 29, 31, 32, 33, 34, 41, 43), Reason: fc.constantFrom(1, 101) }),
    fc.record({ Action: fc.constant(22), Called: fc.constantFrom('13800138000', '13800138486'), CallerID: fc.constant('58452440'), GroupID: fc.constant(0) }),
  ),
});

const step = fc.oneof(
  { weight: 2, arbitrary: fc.record({ socket: fc.nat(5), payload }) },
  { weight: 2, arbitrary: meaningful },
  { weight: 2, arbitrary: fc.record({ socket: fc.constant(-1), event: worldEvent }) },
);

/** What must hold after every step, whatever happened. */
function checkInvariants(state: Snapshot) {
  const live = state.calls.filter((c) => c.state !== 'ended');
  const seen = new Map<string, string>();
  for (const call of live) {
    for (const agent of call.agents) {
      expect(seen.has(agent), `agent ${agent} is in ${seen.get(agent)} and ${call.callId}`).toBe(false);
      seen.set(agent, call.callId);
    }
  }
  for (const agent of state.agents) {
    if (agent.callId) expect(live.some((c) => c.callId === agent.callId)).toBe(true);
    if (!agent.initialised) expect(agent.signedIn).toBe(false);
  }
  for (const queue of state.queues) {
    const members = state.agents.filter((a) => a.tenant === queue.tenant && a.queues.includes(queue.id)).map((a) => a.agentNum);
    expect([...queue.agents].sort()).toEqual(members.sort());
    for (const waiting of queue.waiting) expect(live.some((c) => c.callId === waiting && c.state === 'queued')).toBe(true);
  }
}

function applyWorld(model: SimulatorModel, event: Record<string, unknown>) {
  switch (event.kind) {
    case 'call':
      return model.placeCall({ caller: event.caller as string, queueId: event.queueId as number });
    case 'answer':
      return model.phoneAnswer(event.ext as string);
    case 'phoneHangup':
      return model.phoneHangup(event.ext as string);
    case 'customerHangup': {
      const live = model.snapshot().calls.filter((c) => c.state !== 'ended');
      const call = live[(event.index as number) % Math.max(1, live.length)];
      return call ? model.customerHangup(call.callId) : undefined;
    }
    case 'force':
      return model.force(event.agentNum as string, event.state as 'busy' | 'idle' | 'logout');
    case 'fault':
      return model.fault(event.fault as 'network' | 'drop-sockets');
  }
}

let model: SimulatorModel | undefined;
let sim: TestSim | undefined;
afterEach(async () => {
  model?.dispose();
  model = undefined;
  await sim?.close();
  sim = undefined;
});

describe('simulator under random commands from many sockets', () => {
  it('never throws and keeps every agent in at most one call, queues consistent (model, 6 connections)', () => {
    const explored = { connected: 0, consulting: 0 };
    fc.assert(
      fc.property(fc.array(step, { minLength: 40, maxLength: 120 }), (steps) => {
        model?.dispose();
        model = createModel({ timings: 'instant' });
        const m = model;
        const replies: string[][] = [];
        const connections = Array.from({ length: 6 }, (_, i) => {
          replies[i] = [];
          return m.connect({ deliver: (p) => replies[i]!.push(p), dropped: () => undefined });
        });
        // Start from a live center: five agents signed in on five of the connections.
        AGENTS.forEach((agentNum, i) => {
          connections[i]!.send({ Action: 100, VccCode: 'demo', AgNum: agentNum, AgPass: '1234', AgPhoneNum: `800${i + 1}` } as never);
          connections[i]!.send({ Action: 2, State: 1 } as never);
        });
        for (const s of steps) {
          if ('payload' in s) expect(() => connections[s.socket]!.send(s.payload as never)).not.toThrow();
          else expect(() => applyWorld(m, s.event as Record<string, unknown>)).not.toThrow();
          const state = m.snapshot();
          checkInvariants(state);
          if (state.calls.some((c) => c.state === 'connected')) explored.connected++;
          if (state.calls.some((c) => c.consult)) explored.consulting++;
        }
        // Every payload of every connection came back as well-formed JSON messages.
        for (const payloads of replies) {
          for (const p of payloads) for (const piece of p.split('\r\n')) expect(() => JSON.parse(piece)).not.toThrow();
        }
      }),
      { numRuns: runs, seed },
    );
    // The generator really reaches calls in progress, not only refusals.
    expect(explored.connected).toBeGreaterThan(0);
    expect(explored.consulting).toBeGreaterThan(0);
  }, Math.max(20_000, runs * 20));

  it('keeps answering over socket.io whatever arrives', async () => {
    sim = await startTestSim();
    const sockets = await Promise.all([sim.connect(), sim.connect(), sim.connect()]);
    const samples = fc.sample(fc.array(fc.record({ socket: fc.nat(2), payload }), { minLength: 60, maxLength: 60 }), { numRuns: 1, seed })[0]!;
    for (const { socket, payload: p } of samples) sockets[socket]!.send(p);
    // Still alive and well: a fresh agent signs in and the state is consistent.
    const probe = await sim.connect();
    const result = await probe.request({ Action: 100, VccCode: 'demo', AgNum: '1004', AgPass: '1234', AgPhoneNum: '8006' });
    expect([0, 1, 4]).toContain(result.Ret);
    checkInvariants(await sim.state());
  });
});
