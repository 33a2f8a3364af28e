import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestAgent } from './support/agent';
import { agentIn, startTestSim, type TestSim } from './support/sim';

describe('garbage on the wire never hurts the server', () => {
  let t: TestSim;
  let agent: TestAgent;
  beforeAll(async () => {
    t = await startTestSim();
    agent = await t.agent('1001', '8001');
  });
  afterAll(async () => {
    await t.close();
  });

  it.each([
    ['a string', 'hello'],
    ['a number', 42],
    ['null', null],
    ['an array', [{ Action: 6 }]],
    ['an object without Action', { State: 1 }],
    ['a non-numeric Action', { Action: 'login' }],
    ['a fractional Action', { Action: 2.5 }],
  ])('answers %s with Retact 0, Ret 451', async (_name, payload) => {
    agent.send(payload);
    expect(await agent.result(0)).toEqual({ MT: 1, Retact: 0, Ret: 451, Retmsg: '' });
  });

  it('answers an unknown action with Ret 999 for that action', async () => {
    expect(await agent.request({ Action: 8 })).toMatchObject({ Retact: 8, Ret: 999 });
    // A numeric string is a number to the server, as it is to the legacy client.
    agent.send({ Action: '12345' });
    expect(await agent.result(12345)).toMatchObject({ Ret: 999 });
  });

  it.each([
    ['LOGIN with State 3', { Action: 2, State: 3 }],
    ['BUSY without a reason', { Action: 4 }],
    ['BUSY with an object reason', { Action: 4, Reason: { id: 1 } }],
    ['AUTOCALL IN without a project', { Action: 9 }],
    ['DIAL AGENT with a string id', { Action: 21, AgID: 'x' }],
    ['DIAL OUT with an object number', { Action: 22, Called: { n: 1 }, CallerID: '' }],
    ['CHANSPY with no id', { Action: 30 }],
    ['DTMF with no digits', { Action: 42 }],
    ['TRANS TENANT QUEUE with strings', { Action: 47, TransVcc: 'a', TransQue: 'b' }],
    ['INIT with an object field', { Action: 100, VccCode: {}, AgNum: '1001', AgPass: '1234', AgPhoneNum: '8001' }],
  ])('answers %s with Ret 451 for that action', async (_name, payload) => {
    expect(await agent.request(payload)).toMatchObject({ Retact: payload.Action, Ret: 451 });
  });

  it('takes 1 MB strings in stride', async () => {
    const huge = '9'.repeat(1_000_000);
    expect(await agent.request({ Action: 22, Called: huge, CallerID: '', GroupID: 0, OutChan: 0, ProID: 0, TaskID: 0 }, 10_000)).toMatchObject({ Ret: 451 });
    expect(await agent.request({ Action: 42, Dtmf: huge }, 10_000)).toMatchObject({ Ret: 451 });
    const stranger = await t.connect();
    expect(await stranger.request({ Action: 100, VccCode: 'demo', AgNum: huge, AgPass: huge, AgPhoneNum: huge }, 10_000)).toMatchObject({ Ret: 804 });
    expect(await agent.request({ Action: 4, Reason: 1, Junk: huge }, 10_000)).toMatchObject({ Ret: 0 });
  });

  it('answers out-of-order commands with their "not now" reasons', async () => {
    const stranger = await t.connect();
    expect(await stranger.request({ Action: 2, State: 1 })).toMatchObject({ Ret: 2 });
    expect(await stranger.request({ Action: 23 })).toMatchObject({ Ret: 1 });
    expect(await stranger.request({ Action: 29 })).toMatchObject({ Ret: 1 });
    expect(await stranger.request({ Action: 46, Called: '13800138000', Caller: '' })).toMatchObject({ Ret: 1 });
    expect(await stranger.request({ Action: 6 })).toMatchObject({ Ret: 10 });
  });

  it('still works afterwards', async () => {
    expect(await agent.request({ Action: 5 })).toMatchObject({ Ret: 0 });
    expect(agentIn(await t.state(), '1001').status).toBe('idle');
  });
});

describe('tenants are isolated', () => {
  let t: TestSim;
  beforeAll(async () => {
    t = await startTestSim();
  });
  afterAll(async () => {
    await t.close();
  });

  it('a queue call of one tenant never reaches the other', async () => {
    const acme = await t.agent('2001', '9001', { tenant: 'acme' });
    const demo = await t.agent('1001', '8001');
    await t.post('/sim/calls', { caller: '58450001', queueId: 6250 });
    await demo.phone(5);
    expect((await acme.sync()).before).toEqual([]);
    await t.post('/sim/calls', { caller: '58450002', queueId: 7000 });
    expect(await acme.phone(5)).toMatchObject({ QueId: 7000, ServNum: '4008002000' });
  });

  it("agents cannot consult or monitor another tenant's agents, and INIT cannot cross", async () => {
    const stranger = await t.connect();
    expect(await stranger.request({ Action: 100, VccCode: 'acme', AgNum: '1001', AgPass: '1234', AgPhoneNum: '8001' })).toMatchObject({ Ret: 804 });
    expect(await stranger.request({ Action: 100, VccCode: 'acme', AgNum: '2001', AgPass: '1234', AgPhoneNum: '8001' })).toMatchObject({ Ret: 3 });
  });
});
