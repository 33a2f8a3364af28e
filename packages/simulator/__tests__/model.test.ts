import type { MemoryServer } from '@wincall/core';
import { decodeFrame, type ServerMessage } from '@wincall/core/protocol';
import { afterEach, describe, expect, it } from 'vitest';
import { createModel, DEFAULT_SEED, HUMAN, INSTANT, parseSeed, resolveTimings, type SimulatorModel, type TimingsInput } from '../src/model';
import { ManualClock } from './support/manualClock';

/** A client of the pure model: no network, frames decoded with the core's own codec. */
function client(model: SimulatorModel) {
  const messages: ServerMessage[] = [];
  const frames: string[] = [];
  let dropped = false;
  const connection = model.connect({
    deliver(payload) {
      frames.push(payload);
      const { messages: decoded, errors } = decodeFrame(payload);
      if (errors.length > 0) throw errors[0];
      messages.push(...decoded);
    },
    dropped() {
      dropped = true;
    },
  });
  return {
    messages,
    frames,
    get dropped() {
      return dropped;
    },
    send: (command: unknown) => connection.send(command),
    close: () => connection.close(),
    /** Takes (and forgets) everything received so far. */
    take(): ServerMessage[] {
      return messages.splice(0);
    },
    login(num: string, ext: string) {
      connection.send({ Action: 100, VccCode: 'demo', AgNum: num, AgPass: '1234', AgPhoneNum: ext });
      connection.send({ Action: 2, State: 1 });
      messages.splice(0);
    },
  };
}

/** HUMAN timings without the heartbeat, so only the behaviour under test sends anything. */
const quietHuman = { ...HUMAN, heartbeat: null };

describe('the model without a network', () => {
  let clock: ManualClock;
  let model: SimulatorModel;
  const start = (timings: TimingsInput = 'human') => {
    clock = new ManualClock();
    model = createModel({ timings, scheduler: clock });
    return model;
  };
  afterEach(() => {
    model.dispose();
  });

  it('is a MemoryServer for the core client', () => {
    const server: MemoryServer = start();
    expect(typeof server.connect).toBe('function');
  });

  it('speaks the wire format the core decodes: INIT and LOGIN in order', () => {
    const agent = client(start());
    agent.send({ Action: 100, VccCode: 'demo', AgNum: '1001', AgPass: '1234', AgPhoneNum: '8001' });
    agent.send({ Action: 2, State: 1 });
    expect(agent.take()).toEqual([
      { MT: 1, Retact: 100, Ret: 0, Retmsg: '[[6250],["58452440","58452441"],"8001pw"]' },
      { MT: 1, Retact: 2, Ret: 0, Retmsg: '' },
      expect.objectContaining({ MT: 6 }),
    ]);
    // LOGIN's result and MT 6 share one frame.
    expect(agent.frames[1]?.split('\r\n')).toHaveLength(2);
  });

  it('after-call work lasts exactly its seconds; QUERY reports what is left', () => {
    start(quietHuman);
    const agent = client(model);
    agent.login('1001', '8001');
    const placed = model.placeCall({ caller: '58450001', queueId: 6250 });
    if (!placed.ok) throw new Error(placed.error);
    model.phoneAnswer('8001');
    model.customerHangup(placed.callId);
    expect(agent.take().slice(-2)).toEqual([
      expect.objectContaining({ MT: 3, PhoSta: 0 }),
      { MT: 4, AgSta: 5, AgStaParam: 15 },
    ]);
    clock.advance(5_000);
    agent.send({ Action: 6 });
    expect(agent.take()).toEqual([expect.objectContaining({ MT: 1, Ret: 0 }), { MT: 4, AgSta: 5, AgStaParam: 10 }]);
    clock.advance(9_999);
    expect(agent.take()).toEqual([]);
    clock.advance(1);
    expect(agent.take()).toEqual([{ MT: 4, AgSta: 3, AgStaParam: null }]);
  });

  it('HUMAN rings run out after 30 s: the call is re-queued, the agent set busy', () => {
    start(quietHuman);
    const agent = client(model);
    agent.login('1001', '8001');
    model.placeCall({ caller: '58450001', queueId: 6250 });
    agent.take();
    clock.advance(29_999);
    expect(agent.take()).toEqual([]);
    clock.advance(1);
    expect(agent.take()).toEqual([expect.objectContaining({ MT: 3, PhoSta: 0 }), { MT: 4, AgSta: 2, AgStaParam: 0 }]);
    expect(model.snapshot().queues[0]?.waiting).toHaveLength(1);
  });

  it('HUMAN outbound calls take their time: own leg after 0.8 s, the far end after 2 s more', () => {
    start(quietHuman);
    const agent = client(model);
    agent.login('1001', '8001');
    agent.send({ Action: 22, Called: '13800138000', CallerID: '', GroupID: 0, OutChan: 0, ProID: 0, TaskID: 0 });
    agent.take();
    clock.advance(800);
    expect(agent.take().map((m) => (m.MT === 3 ? m.PhoSta : m.MT))).toEqual([10, 4, 55]);
    clock.advance(1_999);
    expect(agent.take()).toEqual([]);
    clock.advance(1);
    expect(agent.take()).toEqual([expect.objectContaining({ MT: 3, PhoSta: 6 })]);
  });

  it('heartbeat: three unanswered beats and the server drops the connection; the session waits 60 s', () => {
    start('human');
    const agent = client(model);
    agent.login('1001', '8001');
    clock.advance(15_000);
    expect(agent.take()).toEqual([{ MT: 2 }]);
    clock.advance(45_000);
    expect(agent.dropped).toBe(true);
    expect(model.snapshot().agents[0]).toMatchObject({ initialised: true, connected: false });
    clock.advance(60_000);
    expect(model.snapshot().agents[0]).toMatchObject({ initialised: false, status: 'signedOut' });
  });

  it('a KEEP after every beat keeps the connection', () => {
    start('human');
    const agent = client(model);
    agent.login('1001', '8001');
    for (let i = 0; i < 10; i++) {
      clock.advance(15_000);
      agent.send({ Action: 7 });
    }
    expect(agent.dropped).toBe(false);
  });

  it('dispose clears every timer, whatever is going on', () => {
    start('human');
    const a = client(model);
    a.login('1001', '8001');
    const b = client(model);
    b.login('1002', '8002');
    model.placeCall({ caller: '58450001', queueId: 6250 });
    b.send({ Action: 9, ProID: 1 });
    b.close();
    expect(clock.pending).toBeGreaterThan(2);
    model.dispose();
    expect(clock.pending).toBe(0);
    a.send({ Action: 6 });
    expect(a.take().filter((m) => m.MT === 1 && m.Retact === 6)).toEqual([]);
  });

  it('tells subscribers after every change, and reset goes back to the seed', () => {
    start('instant');
    let changes = 0;
    const stop = model.subscribe(() => changes++);
    const agent = client(model);
    agent.login('1001', '8001');
    expect(changes).toBe(2);
    model.reset();
    expect(agent.dropped).toBe(true);
    expect(model.snapshot().agents.every((a) => !a.initialised)).toBe(true);
    stop();
    model.placeCall({ caller: '1', queueId: 6250 });
    expect(changes).toBe(3);
  });
});

describe('seed and timings', () => {
  it('the default seed survives a JSON round trip through parseSeed', () => {
    expect(parseSeed(JSON.parse(JSON.stringify(DEFAULT_SEED)))).toEqual(DEFAULT_SEED);
  });

  it.each([
    ['not an object', 42, /seed must be an object/],
    ['no tenants', { tenants: [] }, /must not be empty/],
    ['a duplicate agent id', { tenants: [{ ...DEFAULT_SEED.tenants[0], agents: [DEFAULT_SEED.tenants[0]?.agents[0], DEFAULT_SEED.tenants[0]?.agents[0]] }] }, /duplicate agent id/],
    ['an agent on an unknown extension', { tenants: [{ ...DEFAULT_SEED.tenants[0], extensions: [] }] }, /extension 8001/],
  ])('parseSeed refuses %s', (_name, input, message) => {
    expect(() => parseSeed(input)).toThrow(message);
  });

  it('resolves presets and overrides (merged onto INSTANT)', () => {
    expect(resolveTimings('human')).toEqual(HUMAN);
    expect(resolveTimings({ heartbeat: 30 })).toEqual({ ...INSTANT, heartbeat: 30 });
    expect(() => resolveTimings({ heartbeat: -1 })).toThrow(RangeError);
  });
});
