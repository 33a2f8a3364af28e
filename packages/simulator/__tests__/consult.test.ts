import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TestAgent } from './support/agent';
import { agentIn, callIn, startTestSim, type TestSim } from './support/sim';

/** 1001 (A) talks to a customer from queue 6250; 1002 (B) is idle. */
async function customerWithA(t: TestSim): Promise<{ a: TestAgent; b: TestAgent; callId: string }> {
  const a = await t.agent('1001', '8001');
  const b = await t.agent('1004', '8004');
  const { body } = await t.post('/sim/calls', { caller: '13900001111', queueId: 6250 });
  await a.phone(5);
  await t.post('/sim/phones/8001/answer');
  await a.phone(6);
  return { a, b, callId: body.callId as string };
}

/** …and A consults B, who answers. */
async function consulted(t: TestSim) {
  const world = await customerWithA(t);
  const { a, b } = world;
  expect(await a.request({ Action: 24, AgID: 4 })).toMatchObject({ Ret: 0 });
  await a.phone(21);
  await b.phone(5);
  await t.post('/sim/phones/8004/answer');
  await b.phone(6);
  await a.phone(22);
  return world;
}

describe('consulting a colleague (CONSULT AGENT 24)', () => {
  let t: TestSim;
  beforeEach(async () => {
    t = await startTestSim();
  });
  afterEach(async () => {
    await t.close();
  });

  it('rings B as "being consulted" with A and the customer, and connects both', async () => {
    const { a, b, callId } = await customerWithA(t);
    a.send({ Action: 24, AgID: 4 });
    expect(await a.next()).toMatchObject({ MT: 1, Retact: 24, Ret: 0 });
    expect(await a.next()).toMatchObject({ MT: 3, PhoSta: 21 });
    expect(await b.next()).toMatchObject({ MT: 3, PhoSta: 5, RingType: 4, OAgId: 1, Caller: '8001', Others: '13900001111', CallId: callId });
    expect(await b.next()).toMatchObject({ MT: 4, AgSta: 4 });
    expect(agentIn(await t.state(), '1001').phase).toBe('consulting');
    await t.post('/sim/phones/8004/answer');
    expect(await b.next()).toMatchObject({ MT: 3, PhoSta: 6 });
    expect(await a.next()).toMatchObject({ MT: 3, PhoSta: 22 });
    expect(agentIn(await t.state(), '1001').phase).toBe('consultConnected');
  });

  it('transfer: A is told 33 and leaves; B gets 35 with the customer’s screen pop', async () => {
    const { a, b, callId } = await consulted(t);
    a.send({ Action: 29 });
    expect(await a.next()).toMatchObject({ MT: 1, Retact: 29, Ret: 0 });
    expect(await a.next()).toMatchObject({ MT: 3, PhoSta: 33 });
    expect(await a.next()).toMatchObject({ MT: 3, PhoSta: 0 });
    expect(await a.next()).toMatchObject({ MT: 4, AgSta: 3 });
    expect(await b.next()).toMatchObject({ MT: 3, PhoSta: 35, Caller: '13900001111', CallId: callId, QueId: 6250 });
    const state = await t.state();
    expect(callIn(state, callId)).toMatchObject({ state: 'connected', agents: ['1004'] });
    expect(agentIn(state, '1004').phase).toBe('connected');
    // B now owns the call: B hanging up ends it.
    await b.request({ Action: 23 });
    await b.phone(0);
    await b.agentState(3);
    expect(callIn(await t.state(), callId).state).toBe('ended');
  });

  it('three-way and back: both get 25; back gives A 26 and B the end', async () => {
    const { a, b } = await consulted(t);
    a.send({ Action: 27 });
    expect(await a.next()).toMatchObject({ MT: 1, Retact: 27, Ret: 0 });
    expect(await a.next()).toMatchObject({ MT: 3, PhoSta: 25 });
    expect(await b.next()).toMatchObject({ MT: 3, PhoSta: 25 });
    expect(agentIn(await t.state(), '1004').phase).toBe('threeWay');
    a.send({ Action: 28 });
    expect(await a.next()).toMatchObject({ MT: 1, Retact: 28, Ret: 0 });
    expect(await a.next()).toMatchObject({ MT: 3, PhoSta: 26 });
    expect(await b.next()).toMatchObject({ MT: 3, PhoSta: 0 });
    expect(await b.next()).toMatchObject({ MT: 4, AgSta: 3 });
    expect(agentIn(await t.state(), '1001').phase).toBe('connected');
  });

  it('A leaving a three-way leaves B with the customer (B gets 6)', async () => {
    const { a, b, callId } = await consulted(t);
    await a.request({ Action: 27 });
    await b.phone(25);
    await a.request({ Action: 23 });
    await a.phone(0);
    expect(await b.phone(6)).toMatchObject({ Caller: '13900001111', CallId: callId });
    expect(callIn(await t.state(), callId).agents).toEqual(['1004']);
  });

  it('the customer hanging up in a three-way ends it for everyone', async () => {
    const { a, b, callId } = await consulted(t);
    await a.request({ Action: 27 });
    await b.phone(25);
    await t.post(`/sim/calls/${callId}/hangup`);
    await a.phone(0);
    await a.agentState(3);
    await b.phone(0);
    await b.agentState(3);
  });

  it('consult back: A gets 23, B the end (no after-call work for B)', async () => {
    await t.close();
    t = await startTestSim({ afterCallWorkSeconds: 10 });
    const { a, b } = await consulted(t);
    a.send({ Action: 26 });
    expect(await a.next()).toMatchObject({ MT: 1, Retact: 26, Ret: 0 });
    expect(await a.next()).toMatchObject({ MT: 3, PhoSta: 23 });
    expect(await b.next()).toMatchObject({ MT: 3, PhoSta: 0 });
    expect(await b.next()).toMatchObject({ MT: 4, AgSta: 3 });
  });

  it('B rejecting the consult tells A 24 (not reached)', async () => {
    const { a, b } = await customerWithA(t);
    await a.request({ Action: 24, AgID: 4 });
    await b.phone(5);
    await b.request({ Action: 23 });
    await b.phone(0);
    await b.agentState(3);
    await a.phone(24);
    expect(agentIn(await t.state(), '1001').phase).toBe('connected');
  });

  it('B not answering within ringTimeout tells A 24', async () => {
    await t.close();
    t = await startTestSim({ ringTimeout: 30 });
    const { a, b } = await customerWithA(t);
    await a.request({ Action: 24, AgID: 4 });
    await b.phone(5);
    await a.phone(24);
    await b.phone(0);
  });

  it('refuses what does not fit the moment', async () => {
    const { a, b } = await customerWithA(t);
    expect(await a.request({ Action: 26 })).toMatchObject({ Ret: 4 });
    expect(await a.request({ Action: 27 })).toMatchObject({ Ret: 4 });
    expect(await a.request({ Action: 28 })).toMatchObject({ Ret: 4 });
    expect(await a.request({ Action: 29 })).toMatchObject({ Ret: 4 });
    expect(await a.request({ Action: 24, AgID: 99 })).toMatchObject({ Ret: 2 });
    expect(await a.request({ Action: 24, AgID: 6 })).toMatchObject({ Ret: 2 });
    expect(await a.request({ Action: 24, AgID: 3 })).toMatchObject({ Ret: 4 });
    expect(await b.request({ Action: 24, AgID: 1 })).toMatchObject({ Ret: 5 });
    await a.request({ Action: 24, AgID: 4 });
    expect(await a.request({ Action: 24, AgID: 4 })).toMatchObject({ Ret: 9 });
    expect(await a.request({ Action: 29 })).toMatchObject({ Ret: 4 });
  });

  it('nobody can consult from an agent-to-agent call (Ret 6)', async () => {
    const a = await t.agent('1001', '8001');
    await t.agent('1002', '8002');
    await a.request({ Action: 21, AgID: 2, CallerID: '' });
    await a.phone(55);
    await t.post('/sim/phones/8002/answer');
    await a.phone(6);
    expect(await a.request({ Action: 24, AgID: 3 })).toMatchObject({ Ret: 6 });
  });
});

describe('consulting an outside number (CONSULT OUT 25)', () => {
  let t: TestSim;
  beforeEach(async () => {
    t = await startTestSim();
  });
  afterEach(async () => {
    await t.close();
  });

  it('dials (21), connects (22), and a transfer leaves the customer with that party', async () => {
    const { a, callId } = await customerWithA(t);
    expect(await a.request({ Action: 25, Called: '13700001234', Caller: '' })).toMatchObject({ Ret: 0 });
    await a.phone(21);
    await a.phone(22);
    expect(await a.request({ Action: 29 })).toMatchObject({ Ret: 0 });
    await a.phone(33);
    await a.phone(0);
    await a.agentState(3);
    expect(callIn(await t.state(), callId).state).toBe('ended');
  });

  it('a busy number gives 24 and A is back with the customer', async () => {
    const { a } = await customerWithA(t);
    await a.request({ Action: 25, Called: '13700000486', Caller: '' });
    await a.phone(21);
    await a.phone(24);
    expect(agentIn(await t.state(), '1001').phase).toBe('connected');
  });

  it('three-way with an outside party, then back', async () => {
    const { a } = await customerWithA(t);
    await a.request({ Action: 25, Called: '13700001234', Caller: '' });
    await a.phone(22);
    expect(await a.request({ Action: 27 })).toMatchObject({ Ret: 0 });
    await a.phone(25);
    expect(await a.request({ Action: 28 })).toMatchObject({ Ret: 0 });
    await a.phone(26);
  });

  it.each([
    ['an empty number', '', '', 505],
    ['a non-numeric number', 'abc', '', 506],
    ['a non-numeric caller', '13700001234', 'x', 507],
  ])('refuses %s', async (_name, called, caller, ret) => {
    const { a } = await customerWithA(t);
    expect(await a.request({ Action: 25, Called: called, Caller: caller })).toMatchObject({ Ret: ret });
  });
});
