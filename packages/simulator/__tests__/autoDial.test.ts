import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { agentIn, callIn, startTestSim, type TestSim } from './support/sim';

describe('auto-dial (AUTOCALL IN 9, AUTOCALL OUT 10)', () => {
  let t: TestSim;
  beforeEach(async () => {
    t = await startTestSim();
  });
  afterEach(async () => {
    await t.close();
  });

  it('dials the project’s customers into the joined agent, in turn', async () => {
    const agent = await t.agent('1001', '8001');
    expect(await agent.request({ Action: 9, ProID: 1 })).toMatchObject({ Ret: 0 });
    expect(agentIn(await t.state(), '1001')).toMatchObject({ autoDial: true, autoDialProject: 1 });
    const ring = await agent.phone(5);
    expect(ring).toMatchObject({ RingType: 5, Caller: '13800000001', AcPro: 1, AcTask: 11 });
    expect(await agent.next()).toMatchObject({ MT: 4, AgSta: 4 });
    await t.post('/sim/phones/8001/answer');
    await agent.phone(6);
    expect(callIn(await t.state(), ring.CallId as string)).toMatchObject({ kind: 'autoDial', state: 'connected' });
    await agent.request({ Action: 23 });
    expect(await agent.phone(5)).toMatchObject({ Caller: '13800000002' });
  });

  it('dials only agents still joined', async () => {
    const leaver = await t.agent('1001', '8001', { state: 2 });
    await leaver.request({ Action: 9, ProID: 1 });
    expect(await leaver.request({ Action: 9, ProID: 1 })).toMatchObject({ Ret: 4 });
    expect(await leaver.request({ Action: 10 })).toMatchObject({ Ret: 0 });
    expect(await leaver.request({ Action: 10 })).toMatchObject({ Ret: 4 });
    await leaver.request({ Action: 5 });
    // 1001 has now been idle longer than 1002; were it still joined, it would get the call.
    const stayer = await t.agent('1002', '8002');
    await stayer.request({ Action: 9, ProID: 1 });
    expect(await stayer.phone(5)).toMatchObject({ RingType: 5 });
    expect((await leaver.sync()).before).toEqual([]);
    expect(agentIn(await t.state(), '1001')).toMatchObject({ status: 'idle', autoDial: false });
  });

  it('refuses unknown projects and agents not signed in', async () => {
    const stranger = await t.connect();
    expect(await stranger.request({ Action: 9, ProID: 1 })).toMatchObject({ Ret: 1 });
    expect(await stranger.request({ Action: 10 })).toMatchObject({ Ret: 1 });
    const agent = await t.agent('1001', '8001');
    expect(await agent.request({ Action: 9, ProID: 42 })).toMatchObject({ Ret: 3 });
    await agent.request({ Action: 3 });
    expect(await agent.request({ Action: 9, ProID: 1 })).toMatchObject({ Ret: 2 });
    expect(await agent.request({ Action: 10 })).toMatchObject({ Ret: 2 });
  });
});

describe('always-on mode (LOGIN OnLine 1, ANSWER 51)', () => {
  let t: TestSim;
  beforeEach(async () => {
    t = await startTestSim();
  });
  afterEach(async () => {
    await t.close();
  });

  it('rings with PhoSta 7 and is answered from the browser with PhoSta 8', async () => {
    const agent = await t.agent('1001', '8001', { alwaysOn: true });
    expect(agentIn(await t.state(), '1001').alwaysOn).toBe(true);
    expect(await agent.request({ Action: 51 })).toMatchObject({ Ret: 2 });
    const { body } = await t.post('/sim/calls', { caller: '58450001', queueId: 6250 });
    expect(await agent.phone(7)).toMatchObject({ RingType: 1, CallId: body.callId });
    expect(await agent.next()).toMatchObject({ MT: 4, AgSta: 4 });
    agent.send({ Action: 51 });
    expect(await agent.next()).toMatchObject({ MT: 1, Retact: 51, Ret: 0 });
    expect(await agent.next()).toMatchObject({ MT: 3, PhoSta: 8, CallId: body.callId });
    expect(await agent.request({ Action: 51 })).toMatchObject({ Ret: 3 });
    await t.post(`/sim/calls/${String(body.callId)}/hangup`);
    await agent.phone(0);
  });

  it('refuses ANSWER outside always-on mode (Ret 30) and before INIT (Ret 1)', async () => {
    const agent = await t.agent('1001', '8001');
    await t.post('/sim/calls', { caller: '58450001', queueId: 6250 });
    await agent.phone(5);
    expect(await agent.request({ Action: 51 })).toMatchObject({ Ret: 30 });
    const stranger = await t.connect();
    expect(await stranger.request({ Action: 51 })).toMatchObject({ Ret: 1 });
  });
});
