import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TestAgent } from './support/agent';
import { callIn, startTestSim, type TestSim } from './support/sim';

describe('handing the customer on', () => {
  let t: TestSim;
  let a: TestAgent;
  let callId: string;
  beforeEach(async () => {
    t = await startTestSim();
    a = await t.agent('1001', '8001');
    const { body } = await t.post('/sim/calls', { caller: '13900003333', queueId: 6250 });
    callId = body.callId as string;
    await t.post('/sim/phones/8001/answer');
    await a.phone(6);
  });
  afterEach(async () => {
    await t.close();
  });

  it('IVR (43): the customer keys digits and the agent gets MT 7, staying on the call', async () => {
    expect(await a.request({ Action: 43, IvrID: 0, IvrParm: 'IVR' })).toMatchObject({ Ret: 0 });
    expect(await a.next((m) => m.MT === 7)).toEqual({ MT: 7, IvrResult: '1#' });
    expect((await t.post(`/sim/calls/${callId}/ivr`, { digits: '4321#' })).status).toBe(200);
    expect(callIn(await t.state(), callId).ivrDigits).toBe('4321#');
    await a.request({ Action: 43, IvrID: 0, IvrParm: 'IVR' });
    expect(await a.next((m) => m.MT === 7)).toEqual({ MT: 7, IvrResult: '4321#' });
    expect(callIn(await t.state(), callId)).toMatchObject({ state: 'connected', agents: ['1001'] });
  });

  it('queue transfer (44): the agent leaves and the customer waits in the queue as a new call', async () => {
    a.send({ Action: 44, TransType: 1, TransParam1: 6251 });
    expect(await a.next()).toMatchObject({ MT: 1, Retact: 44, Ret: 0 });
    expect(await a.next()).toMatchObject({ MT: 3, PhoSta: 0 });
    expect(await a.next()).toMatchObject({ MT: 4, AgSta: 3 });
    const state = await t.state();
    expect(callIn(state, callId).state).toBe('ended');
    const waiting = state.queues.find((q) => q.id === 6251)?.waiting ?? [];
    expect(waiting).toHaveLength(1);
    expect(waiting[0]).not.toBe(callId);
    expect(callIn(state, waiting[0] as string)).toMatchObject({ caller: '13900003333', queueId: 6251, state: 'queued' });
    const b = await t.agent('1004', '8004');
    expect(await b.phone(5)).toMatchObject({ Caller: '13900003333', QueId: 6251, CallId: waiting[0] });
  });

  it('queue transfer to an unknown queue says Ret 8', async () => {
    expect(await a.request({ Action: 44, TransType: 1, TransParam1: 7000 })).toMatchObject({ Ret: 8 });
    expect(await a.request({ Action: 44, TransType: 1, TransParam1: 'x' })).toMatchObject({ Ret: 451 });
  });

  it("another tenant's queue (47): the call lands there", async () => {
    expect(await a.request({ Action: 47, TransVcc: 2, TransQue: 6250 })).toMatchObject({ Ret: 8 });
    expect(await a.request({ Action: 47, TransVcc: 9, TransQue: 7000 })).toMatchObject({ Ret: 8 });
    expect(await a.request({ Action: 47, TransVcc: 2, TransQue: 7000 })).toMatchObject({ Ret: 0 });
    const acme = await t.agent('2001', '9001', { tenant: 'acme' });
    expect(await acme.phone(5)).toMatchObject({ Caller: '13900003333', QueId: 7000, ServNum: '4008002000' });
  });

  it('blind transfer (46): the agent leaves and the call ends; bad numbers get 99', async () => {
    expect(await a.request({ Action: 46, Called: '12', Caller: '' })).toMatchObject({ Ret: 99 });
    expect(await a.request({ Action: 46, Called: '0086123456', Caller: '' })).toMatchObject({ Ret: 99 });
    expect(await a.request({ Action: 46, Called: '13700001234', Caller: '' })).toMatchObject({ Ret: 0 });
    await a.phone(0);
    await a.agentState(3);
    expect(callIn(await t.state(), callId).state).toBe('ended');
    expect(await a.request({ Action: 46, Called: '13700001234', Caller: '' })).toMatchObject({ Ret: 1 });
  });

  it("blind transfer (46) to a colleague's extension rings that agent as a direct call from the transferring agent", async () => {
    const b = await t.agent('1002', '8002');
    a.send({ Action: 46, Called: '8002', Caller: '' });
    expect(await a.next()).toMatchObject({ MT: 1, Retact: 46, Ret: 0 });
    expect(await a.next()).toMatchObject({ MT: 3, PhoSta: 0 });
    // RingType 0 with OAgId: the colleague's bar names who transferred it; the screen pop is the customer's.
    expect(await b.phone(5)).toMatchObject({ RingType: 0, OAgId: 1, Caller: '13900003333', Called: '8002', CallId: callId });
    expect(await b.agentState(4)).toBeTruthy();
    expect(callIn(await t.state(), callId)).toMatchObject({ state: 'ringing', agents: ['1002'] });
    await t.post('/sim/phones/8002/answer');
    await b.phone(6);
    expect(callIn(await t.state(), callId)).toMatchObject({ state: 'connected', agents: ['1002'] });
    // The colleague now handles the customer: their hang-up ends the call.
    expect(await b.request({ Action: 23 })).toMatchObject({ Ret: 0 });
    await b.phone(0);
    expect(callIn(await t.state(), callId).state).toBe('ended');
  });

  it('blind transfer to a colleague who turns the ring down: a queue call goes back to its queue', async () => {
    const b = await t.agent('1002', '8002');
    expect(await a.request({ Action: 46, Called: '8002', Caller: '' })).toMatchObject({ Ret: 0 });
    await b.phone(5);
    expect(await b.request({ Action: 23 })).toMatchObject({ Ret: 0 });
    // Agent 1001 is free again and in the queue: the customer is offered to them, not lost.
    expect(await a.phone(5)).toMatchObject({ RingType: 1, CallId: callId, Caller: '13900003333' });
  });

  it('blind transfer to an extension whose agent is on a call, or where nobody is signed in: Ret 7, the agent keeps the customer', async () => {
    const c = await t.agent('1003', '8003');
    expect(await c.request({ Action: 22, Called: '13700001111', CallerID: '', GroupID: 0, OutChan: 0, ProID: 0, TaskID: 0 })).toMatchObject({ Ret: 0 });
    expect(await a.request({ Action: 46, Called: '8003', Caller: '' })).toMatchObject({ Ret: 7 });
    expect(await a.request({ Action: 46, Called: '8004', Caller: '' })).toMatchObject({ Ret: 7 });
    // Their own extension is on this very call.
    expect(await a.request({ Action: 46, Called: '8001', Caller: '' })).toMatchObject({ Ret: 7 });
    expect(callIn(await t.state(), callId)).toMatchObject({ state: 'connected', agents: ['1001'] });
    // An outside number is still put through as before.
    expect(await a.request({ Action: 46, Called: '13700001234', Caller: '' })).toMatchObject({ Ret: 0 });
    await a.phone(0);
  });

  it('evaluate (41): the customer goes to the survey; the agent gets the end sequence', async () => {
    a.send({ Action: 41 });
    expect(await a.next()).toMatchObject({ MT: 1, Retact: 41, Ret: 0 });
    expect(await a.next()).toMatchObject({ MT: 3, PhoSta: 0 });
    expect(await a.next()).toMatchObject({ MT: 4, AgSta: 3 });
    expect(callIn(await t.state(), callId).state).toBe('ended');
    expect(await a.request({ Action: 41 })).toMatchObject({ Ret: 2 });
    expect(await a.request({ Action: 43, IvrID: 0, IvrParm: 'IVR' })).toMatchObject({ Ret: 2 });
    expect(await a.request({ Action: 44, TransType: 1, TransParam1: 6251 })).toMatchObject({ Ret: 2 });
    expect(await a.request({ Action: 47, TransVcc: 2, TransQue: 7000 })).toMatchObject({ Ret: 2 });
  });
});
