import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startSimulator, type PhoneMode } from '../src';
import { createModel, DEFAULT_SEED, type PhoneReport, type PhoneReporter, type PhoneRing, type PhoneSystem, type Seed, type SimulatorModel } from '../src/model';
import { ManualClock } from './support/manualClock';

/**
 * The model with browser phones (softphone mode) behind a recording stand-in: which rings reach
 * the phones, which legs the model lets go (the phone hangs up), and what each report from a
 * phone does to the agent. The real SIP side is tested in __tests__/sip/softphone.test.ts.
 */

type Message = { MT: number } & Record<string, unknown>;

function fakeBrowserPhones() {
  const rings: PhoneRing[] = [];
  const released: number[] = [];
  let reporter: PhoneReporter = () => {
    throw new Error('the model never connected its phones');
  };
  const system: PhoneSystem = {
    kind: 'browser',
    connect(report) {
      reporter = report;
      return { ring: (ring) => rings.push(ring), release: (legId) => released.push(legId) };
    },
  };
  return {
    system,
    rings,
    released,
    /** The latest ring of an extension. */
    ringOf(extension: string): PhoneRing {
      const ring = rings.filter((r) => r.extension === extension).at(-1);
      if (!ring) throw new Error(`${extension} never rang`);
      return ring;
    },
    report: (ring: PhoneRing, what: PhoneReport) => reporter(ring.legId, what),
  };
}

function agentOn(model: SimulatorModel, num: string, extension: string) {
  const messages: Message[] = [];
  const connection = model.connect({
    deliver: (payload) => messages.push(...payload.split('\r\n').map((piece) => JSON.parse(piece) as Message)),
    dropped: () => {},
  });
  connection.send({ Action: 100, VccCode: 'demo', AgNum: num, AgPass: '1234', AgPhoneNum: extension });
  connection.send({ Action: 2, State: 1 });
  messages.splice(0);
  return {
    send: (command: Record<string, unknown>) => connection.send(command),
    close: () => connection.close(),
    /** Takes everything received so far. */
    take: () => messages.splice(0),
    phoneStates: () => messages.splice(0).filter((m) => m.MT === 3).map((m) => m.PhoSta),
  };
}

describe('the model with browser phones', () => {
  let clock: ManualClock;
  let phones: ReturnType<typeof fakeBrowserPhones>;
  let model: SimulatorModel;
  beforeEach(() => {
    clock = new ManualClock();
    phones = fakeBrowserPhones();
    model = createModel({ timings: { heartbeat: null, autoAnswer: 0, ownLegAnswer: 0 }, scheduler: clock, phones: phones.system });
  });
  afterEach(() => model.dispose());

  const queueCall = (queueId = 6250) => {
    const placed = model.placeCall({ caller: '13900001111', queueId });
    if (!placed.ok) throw new Error(placed.error);
    return placed.callId;
  };

  it('turns the desk-phone timers off: nothing answers for the agent', () => {
    expect(model.timings).toMatchObject({ autoAnswer: null, ownLegAnswer: null });
    const a = agentOn(model, '1001', '8001');
    queueCall();
    clock.advance(60_000);
    expect(a.phoneStates()).toEqual([5]);
    expect(model.snapshot().agents.find((x) => x.agentNum === '1001')?.phase).toBe('ringing');
  });

  it('rings the phone for every kind of ring, with the call and the ring type', () => {
    const a = agentOn(model, '1001', '8001');
    const b = agentOn(model, '1004', '8004');
    const supervisor = agentOn(model, '1005', '8005');
    const callId = queueCall();
    expect(phones.ringOf('8001')).toMatchObject({ callId, ringType: 1, agentNum: '1001', tenant: 'demo', from: '13900001111' });
    phones.report(phones.ringOf('8001'), 'answered');
    expect(a.phoneStates()).toEqual([5, 6]);

    a.send({ Action: 24, AgID: 4 });
    expect(phones.ringOf('8004')).toMatchObject({ callId, ringType: 4, from: '8001' });
    phones.report(phones.ringOf('8004'), 'answered');
    expect(b.phoneStates()).toEqual([5, 6]);
    expect(a.phoneStates()).toEqual([21, 22]);

    supervisor.send({ Action: 30, AgID: 1 });
    expect(phones.ringOf('8005')).toMatchObject({ callId, ringType: 3 });
    phones.report(phones.ringOf('8005'), 'answered');
    expect(supervisor.phoneStates()).toEqual([5, 31]);

    expect(model.placeCall({ caller: '13900002222', agentNum: '1002' })).toMatchObject({ ok: false, status: 409 });
    const c = agentOn(model, '1002', '8002');
    const direct = model.placeCall({ caller: '13900002222', agentNum: '1002' });
    expect(phones.ringOf('8002')).toMatchObject({ callId: direct.ok ? direct.callId : '', ringType: 0 });
    c.take();
  });

  it('rings the own phone of an outbound call and dials the customer once the browser answers', () => {
    const a = agentOn(model, '1001', '8001');
    a.send({ Action: 22, Called: '13900003333', CallerID: '58452440', GroupID: 0, OutChan: 0, ProID: 0, TaskID: 0 });
    const own = phones.ringOf('8001');
    expect(own).toMatchObject({ ringType: 2 });
    clock.advance(60_000);
    expect(a.phoneStates()).toEqual([5]);
    phones.report(own, 'answered');
    clock.advance(0);
    expect(a.phoneStates()).toEqual([10, 4, 55, 6]);
  });

  it('hangs the phone up whenever the model ends the agent’s leg', () => {
    const a = agentOn(model, '1001', '8001');
    const callId = queueCall();
    const ring = phones.ringOf('8001');
    phones.report(ring, 'answered');
    expect(phones.released).toEqual([]);
    expect(model.customerHangup(callId)).toEqual({ ok: true });
    expect(phones.released).toEqual([ring.legId]);

    queueCall();
    const second = phones.ringOf('8001');
    expect(second.legId).not.toBe(ring.legId);
    a.send({ Action: 23 });
    expect(phones.released).toEqual([ring.legId, second.legId]);

    queueCall();
    const third = phones.ringOf('8001');
    a.close();
    clock.advance(model.timings.sessionGrace ?? 0);
    expect(phones.released).toContain(third.legId);
  });

  it('a transfer hangs up the transferring agent’s phone and keeps the colleague’s', () => {
    const a = agentOn(model, '1001', '8001');
    const b = agentOn(model, '1004', '8004');
    queueCall();
    phones.report(phones.ringOf('8001'), 'answered');
    a.send({ Action: 24, AgID: 4 });
    phones.report(phones.ringOf('8004'), 'answered');
    a.send({ Action: 29 });
    expect(phones.released).toEqual([phones.ringOf('8001').legId]);
    expect(b.phoneStates()).toContain(35);
  });

  it('the agent putting the phone down while it rings declines: the queue call goes back and is not offered again', () => {
    const a = agentOn(model, '1001', '8001');
    const callId = queueCall();
    const ring = phones.ringOf('8001');
    phones.report(ring, 'hungUp');
    expect(a.phoneStates()).toEqual([5, 0]);
    expect(phones.released).toEqual([ring.legId]);
    expect(model.snapshot().queues.find((q) => q.id === 6250)?.waiting).toEqual([callId]);
    expect(phones.rings).toHaveLength(1);
  });

  it('an unreachable phone: the queue call goes back to the front, and the agent is set busy', () => {
    const a = agentOn(model, '1001', '8001');
    const callId = queueCall();
    phones.report(phones.ringOf('8001'), 'unreachable');
    expect(a.take().filter((m) => m.MT === 3 || m.MT === 4)).toEqual([
      expect.objectContaining({ MT: 3, PhoSta: 5 }),
      expect.objectContaining({ MT: 4, AgSta: 4 }),
      expect.objectContaining({ MT: 3, PhoSta: 0 }),
      expect.objectContaining({ MT: 4, AgSta: 2, AgStaParam: 0 }),
    ]);
    const snapshot = model.snapshot();
    expect(snapshot.queues.find((q) => q.id === 6250)?.waiting).toEqual([callId]);
    expect(snapshot.legs.at(-1)).toMatchObject({ agentNum: '1001', endedBy: 'system', missed: true });
  });

  it('an unreachable phone on a consult fails the consult; on the own leg of a dial it ends the call', () => {
    const a = agentOn(model, '1001', '8001');
    agentOn(model, '1004', '8004');
    queueCall();
    phones.report(phones.ringOf('8001'), 'answered');
    a.send({ Action: 24, AgID: 4 });
    phones.report(phones.ringOf('8004'), 'unreachable');
    expect(a.phoneStates()).toEqual([5, 6, 21, 24]);
    a.send({ Action: 23 });
    a.take();

    a.send({ Action: 22, Called: '13900003333', CallerID: '58452440', GroupID: 0, OutChan: 0, ProID: 0, TaskID: 0 });
    phones.report(phones.ringOf('8001'), 'unreachable');
    expect(a.phoneStates()).toEqual([5, 0]);
    expect(model.snapshot().agents.find((x) => x.agentNum === '1001')?.status).toBe('idle');
  });

  it('a line lost under a call ends it as the system, not the agent', () => {
    agentOn(model, '1001', '8001');
    const callId = queueCall();
    phones.report(phones.ringOf('8001'), 'answered');
    phones.report(phones.ringOf('8001'), 'lost');
    const snapshot = model.snapshot();
    expect(snapshot.calls.find((c) => c.callId === callId)?.state).toBe('ended');
    expect(snapshot.legs.at(-1)).toMatchObject({ agentNum: '1001', endedBy: 'system', missed: false });
  });

  it('ignores a report about a leg the model already let go', () => {
    const a = agentOn(model, '1001', '8001');
    const first = queueCall();
    const stale = phones.ringOf('8001');
    model.customerHangup(first);
    queueCall();
    a.take();
    phones.report(stale, 'answered');
    phones.report(stale, 'hungUp');
    expect(a.take()).toEqual([]);
    expect(model.snapshot().agents.find((x) => x.agentNum === '1001')?.phase).toBe('ringing');
  });

  it('refuses the control API’s desk-phone answer, and hangs every phone up on reset', () => {
    agentOn(model, '1001', '8001');
    queueCall();
    expect(model.phoneAnswer('8001')).toEqual({ ok: false, status: 409, error: 'extension 8001 is a browser phone: answer it in the browser' });
    expect(model.phoneAnswer('7777')).toMatchObject({ ok: false, status: 404 });
    model.reset();
    expect(phones.released).toEqual([phones.ringOf('8001').legId]);
  });
});

describe('softphone mode refuses bad input before starting any server', () => {
  it('an unknown phone mode', async () => {
    await expect(startSimulator({ port: 0, phone: 'ringer' as PhoneMode })).rejects.toThrow(new TypeError("phone must be 'desk' or 'softphone', got ringer"));
  });

  it('an extension number in two tenants: the SIP server has one domain', async () => {
    const [demo, acme] = DEFAULT_SEED.tenants;
    if (!demo || !acme) throw new Error('the default seed has two tenants');
    const seed: Seed = {
      tenants: [demo, { ...acme, extensions: [{ number: '8001', password: 'other' }], agents: acme.agents.map((agent) => ({ ...agent, extension: '8001' })) }],
    };
    await expect(startSimulator({ port: 0, phone: 'softphone', seed })).rejects.toThrow(/extension 8001 is in tenants demo and acme/);
  });
});
