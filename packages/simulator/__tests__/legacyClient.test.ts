import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestAgent } from './support/agent';
import { agentIn, startTestSim, type TestSim } from './support/sim';

/** The legacy jquery.wincall.v2.js client bundles socket.io 2 (Engine.IO 3). */
describe('with socket.io-client 2, the legacy client’s version', () => {
  let t: TestSim;
  let agent: TestAgent;
  beforeAll(async () => {
    t = await startTestSim();
  });
  afterAll(async () => {
    await t.close();
  });

  it('signs in', async () => {
    agent = await t.connect({ version: 2 });
    const init = await agent.login('1002', '8002');
    expect(init.Retmsg).toBe('[[6250,6251],["58452440","58452441"],"8002pw"]');
    expect(agentIn(await t.state(), '1002')).toMatchObject({ signedIn: true, connected: true, status: 'idle' });
  });

  it('takes a queue call, answers it and hangs up', async () => {
    const { body } = await t.post('/sim/calls', { caller: '13911112222', queueId: 6251 });
    expect(await agent.phone(5)).toMatchObject({ RingType: 1, CallId: body.callId, Caller: '13911112222' });
    await agent.agentState(4);
    await t.post('/sim/phones/8002/answer');
    expect(await agent.phone(6)).toMatchObject({ CallId: body.callId });
    expect(await agent.request({ Action: 23 })).toMatchObject({ Ret: 0 });
    await agent.phone(0);
    await agent.agentState(3);
  });

  it('signs out', async () => {
    expect(await agent.request({ Action: 1 })).toMatchObject({ Ret: 0 });
    expect(agentIn(await t.state(), '1002').initialised).toBe(false);
  });
});
