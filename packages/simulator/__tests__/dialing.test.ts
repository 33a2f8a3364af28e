import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TestAgent } from './support/agent';
import { agentIn, callIn, startTestSim, type TestSim } from './support/sim';

const dialOut = (called: string, extra: Record<string, unknown> = {}) => ({
  Action: 22,
  Called: called,
  CallerID: '58452440',
  GroupID: 0,
  OutChan: 0,
  ProID: 0,
  TaskID: 0,
  ...extra,
});

describe('calling a colleague (DIAL AGENT 21)', () => {
  let t: TestSim;
  let a: TestAgent;
  let b: TestAgent;
  beforeEach(async () => {
    t = await startTestSim();
    a = await t.agent('1001', '8001');
    b = await t.agent('1002', '8002');
  });
  afterEach(async () => {
    await t.close();
  });

  it('rings A’s own phone, then B; both connect when B answers', async () => {
    a.send({ Action: 21, AgID: 2, CallerID: '' });
    expect(await a.next()).toMatchObject({ MT: 1, Retact: 21, Ret: 0 });
    expect(await a.next()).toMatchObject({ MT: 4, AgSta: 4 });
    expect(await a.next()).toMatchObject({ MT: 3, PhoSta: 5, RingType: 2 });
    expect(await a.next()).toMatchObject({ MT: 3, PhoSta: 10 });
    expect(await a.next()).toMatchObject({ MT: 3, PhoSta: 4 });
    const ring = await b.next();
    expect(ring).toMatchObject({ MT: 3, PhoSta: 5, RingType: 0, OAgId: 1, Caller: '8001' });
    expect(await b.next()).toMatchObject({ MT: 4, AgSta: 4 });
    expect(await a.next()).toMatchObject({ MT: 3, PhoSta: 55, CallId: ring.CallId });

    await t.post('/sim/phones/8002/answer');
    expect(await a.phone(6)).toMatchObject({ CallId: ring.CallId });
    expect(await b.phone(6)).toMatchObject({ CallId: ring.CallId });
    expect(callIn(await t.state(), ring.CallId as string)).toMatchObject({ kind: 'internal', state: 'connected', agents: ['1001', '1002'] });

    // Either side hanging up ends it for both.
    expect(await b.request({ Action: 23 })).toMatchObject({ Ret: 0 });
    await b.phone(0);
    await b.agentState(3);
    await a.phone(0);
    await a.agentState(3);
  });

  it('a busy colleague can be called, and is busy again afterwards', async () => {
    await b.request({ Action: 4, Reason: 100 });
    expect(await a.request({ Action: 21, AgID: 2, CallerID: '' })).toMatchObject({ Ret: 0 });
    await b.phone(5);
    await a.request({ Action: 23 });
    await b.phone(0);
    expect(await b.next()).toEqual({ MT: 4, AgSta: 2, AgStaParam: 100 });
  });

  it.each([
    ['an unknown agent id', 99, 2],
    ['an agent of another tenant', 6, 7],
    ['an agent who is not signed in', 3, 2],
    ['oneself', 1, 2],
  ])('refuses %s', async (_name, agentId, ret) => {
    expect(await a.request({ Action: 21, AgID: agentId, CallerID: '' })).toMatchObject({ Ret: ret });
  });

  it('refuses a colleague on a call (Ret 6), and dialling from a call (Ret 5)', async () => {
    await t.post('/sim/calls', { caller: '58450001', agentNum: '1002' });
    await b.phone(5);
    expect(await a.request({ Action: 21, AgID: 2, CallerID: '' })).toMatchObject({ Ret: 6 });
    expect(await b.request({ Action: 21, AgID: 1, CallerID: '' })).toMatchObject({ Ret: 5 });
  });

  it('refuses an agent who is not signed in (Ret 1) and a malformed AgID (451)', async () => {
    expect(await a.request({ Action: 21, AgID: 'two', CallerID: '' })).toMatchObject({ Ret: 451 });
    await a.request({ Action: 3 });
    expect(await a.request({ Action: 21, AgID: 2, CallerID: '' })).toMatchObject({ Ret: 1 });
  });
});

describe('calling out (DIAL OUT 22)', () => {
  let t: TestSim;
  let a: TestAgent;
  beforeEach(async () => {
    t = await startTestSim();
    a = await t.agent('1001', '8001');
  });
  afterEach(async () => {
    await t.close();
  });

  it('sends the result, occupied and the own ring in one frame, then dials and connects', async () => {
    a.send(dialOut('138-0013-8000'));
    const result = await a.result(22);
    expect(result.Ret).toBe(0);
    // The MT 1 and what it caused arrived in one toAgent frame.
    expect(a.frames.find((f) => f.includes('"Retact":22'))?.split('\r\n')).toHaveLength(3);
    expect(await a.next()).toMatchObject({ MT: 4, AgSta: 4 });
    expect(await a.next()).toMatchObject({ MT: 3, PhoSta: 5, RingType: 2, Called: '13800138000' });
    expect(await a.next()).toMatchObject({ MT: 3, PhoSta: 10 });
    expect(await a.next()).toMatchObject({ MT: 3, PhoSta: 4 });
    expect(await a.next()).toMatchObject({ MT: 3, PhoSta: 55 });
    const connected = await a.next();
    expect(connected).toMatchObject({ MT: 3, PhoSta: 6, Called: '13800138000', Caller: '58452440' });
    expect(agentIn(await t.state(), '1001').phase).toBe('connected');
    expect(callIn(await t.state(), connected.CallId as string)).toMatchObject({ kind: 'outbound', customer: '13800138000' });
  });

  it('a busy number (…486) fails right after the own leg', async () => {
    await a.request(dialOut('13800000486'));
    await a.phone(10);
    expect(await a.next()).toMatchObject({ PhoSta: 4 });
    expect(await a.next()).toMatchObject({ MT: 3, PhoSta: 0 });
    expect(await a.next()).toMatchObject({ MT: 4, AgSta: 3 });
  });

  it('an unreachable number (…404) fails the same way', async () => {
    await a.request(dialOut('13800000404'));
    await a.phone(4);
    expect(await a.next()).toMatchObject({ MT: 3, PhoSta: 0 });
  });

  it('a number that never answers (…408) rings, then fails', async () => {
    await a.request(dialOut('13800000408'));
    await a.phone(55);
    await a.phone(0);
    await a.agentState(3);
  });

  it('hanging up while dialling ends the attempt', async () => {
    await t.close();
    t = await startTestSim({ farEndAnswer: null });
    a = await t.agent('1001', '8001');
    await a.request(dialOut('13800138000'));
    await a.phone(55);
    expect(await a.request({ Action: 23 })).toMatchObject({ Ret: 0 });
    await a.phone(0);
    await a.agentState(3);
  });

  it.each([
    ['an empty number', dialOut(''), 505],
    ['a non-numeric number', dialOut('12ab'), 506],
    ['a non-numeric caller id', dialOut('13800138000', { CallerID: 'x1' }), 507],
    ['a caller id the tenant does not own', dialOut('13800138000', { CallerID: '62000000' }), 8],
    ['a queue the agent is not in', dialOut('13800138000', { GroupID: 6251 }), 3],
    ['a malformed GroupID', dialOut('13800138000', { GroupID: 'x' }), 451],
  ])('refuses %s', async (_name, command, ret) => {
    expect(await a.request(command)).toMatchObject({ Ret: ret });
    expect(agentIn(await t.state(), '1001').status).toBe('idle');
  });

  it('refuses to dial from a call (Ret 5)', async () => {
    await a.request(dialOut('13800138000'));
    await a.phone(6);
    expect(await a.request(dialOut('13800138001'))).toMatchObject({ Ret: 5 });
  });
});

describe('in a call: hold, restore, DTMF', () => {
  let t: TestSim;
  let a: TestAgent;
  beforeEach(async () => {
    t = await startTestSim({ farEndAnswer: null });
    a = await t.agent('1001', '8001');
  });
  afterEach(async () => {
    await t.close();
  });

  it('holds only a connected call, once; restores only a held one', async () => {
    expect(await a.request({ Action: 33 })).toMatchObject({ Ret: 2 });
    expect(await a.request({ Action: 34 })).toMatchObject({ Ret: 999 });
    const { body } = await t.post('/sim/calls', { caller: '58450001', agentNum: '1001' });
    await a.phone(5);
    expect(await a.request({ Action: 33 })).toMatchObject({ Ret: 3 });
    await t.post('/sim/phones/8001/answer');
    await a.phone(6);
    expect(await a.request({ Action: 33 })).toMatchObject({ Ret: 0 });
    expect(agentIn(await t.state(), '1001').phase).toBe('held');
    expect(await a.request({ Action: 33 })).toMatchObject({ Ret: 4 });
    expect((await a.sync()).snapshot[1]).toMatchObject({ PhoSta: 6, CallId: body.callId });
    expect(await a.request({ Action: 34 })).toMatchObject({ Ret: 0 });
    expect(agentIn(await t.state(), '1001').phase).toBe('connected');
  });

  it('records DTMF digits on the call', async () => {
    expect(await a.request({ Action: 42, Dtmf: '1' })).toMatchObject({ Ret: 2 });
    const { body } = await t.post('/sim/calls', { caller: '58450001', agentNum: '1001' });
    await t.post('/sim/phones/8001/answer');
    await a.phone(6);
    expect(await a.request({ Action: 42, Dtmf: '12' })).toMatchObject({ Ret: 0 });
    expect(await a.request({ Action: 42, Dtmf: '#' })).toMatchObject({ Ret: 0 });
    expect(await a.request({ Action: 42, Dtmf: 'not digits' })).toMatchObject({ Ret: 451 });
    expect(callIn(await t.state(), body.callId as string).dtmf).toBe('12#');
  });
});
