import { afterEach, describe, expect, it } from 'vitest';
import { agentIn, callIn, startTestSim, type TestSim } from './support/sim';

describe('supervisor orders (POST /sim/agents/:num/force)', () => {
  let t: TestSim;
  afterEach(async () => {
    await t.close();
  });

  it('forced busy / idle are only announced (MT 10 Code 6 / 5); the client obeys itself', async () => {
    t = await startTestSim();
    const agent = await t.agent('1001', '8001');
    expect((await t.post('/sim/agents/1001/force', { state: 'busy' })).status).toBe(200);
    expect(await agent.next()).toEqual({ MT: 10, Code: 6 });
    expect(agentIn(await t.state(), '1001').status).toBe('idle');
    await agent.request({ Action: 4, Reason: 1 });
    await t.post('/sim/agents/1001/force', { state: 'idle' });
    expect(await agent.next()).toEqual({ MT: 10, Code: 5 });
    expect(agentIn(await t.state(), '1001').status).toBe('busy');
  });

  it('forced sign-out ends the session; the caller on the line gets the end of the call', async () => {
    t = await startTestSim();
    const agent = await t.agent('1001', '8001');
    const colleague = await t.agent('1002', '8002');
    await agent.request({ Action: 21, AgID: 2, CallerID: '' });
    await colleague.phone(5);
    await t.post('/sim/phones/8002/answer');
    await colleague.phone(6);
    await t.post('/sim/agents/1001/force', { state: 'logout' });
    expect(await agent.next((m) => m.MT === 10)).toEqual({ MT: 10, Code: 4 });
    await colleague.phone(0);
    expect(agentIn(await t.state(), '1001').initialised).toBe(false);
    expect(await agent.request({ Action: 4, Reason: 1 })).toMatchObject({ Ret: 1 });
  });

  it('refuses unknown agents, agents not signed in and unknown orders', async () => {
    t = await startTestSim();
    expect((await t.post('/sim/agents/9999/force', { state: 'busy' })).status).toBe(404);
    expect((await t.post('/sim/agents/1001/force', { state: 'busy' })).status).toBe(409);
    expect((await t.post('/sim/agents/1001/force', { state: 'asleep' })).status).toBe(400);
  });
});

describe('faults (POST /sim/fault)', () => {
  let t: TestSim;
  afterEach(async () => {
    await t.close();
  });

  it('network: every socket gets MT 10 Code 100, every session and call is gone', async () => {
    t = await startTestSim();
    const a = await t.agent('1001', '8001');
    const b = await t.agent('1002', '8002');
    const { body } = await t.post('/sim/calls', { caller: '58450001', agentNum: '1001' });
    await a.phone(5);
    expect((await t.post('/sim/fault', { kind: 'network' })).status).toBe(200);
    expect(await a.next((m) => m.MT === 10)).toEqual({ MT: 10, Code: 100 });
    expect(await b.next((m) => m.MT === 10)).toEqual({ MT: 10, Code: 100 });
    const state = await t.state();
    expect(state.agents.every((x) => !x.initialised)).toBe(true);
    expect(callIn(state, body.callId as string).state).toBe('ended');
    // Sockets stay up; the agents sign in again.
    expect(await a.request({ Action: 2, State: 1 })).toMatchObject({ Ret: 2 });
    await a.login('1001', '8001');
  });

  it('drop-sockets: the server closes every socket; a new socket resumes the session and its call', async () => {
    t = await startTestSim();
    const a = await t.agent('1001', '8001');
    const { body } = await t.post('/sim/calls', { caller: '58450001', queueId: 6250 });
    await t.post('/sim/phones/8001/answer');
    await a.phone(6);
    await t.post('/sim/fault', { kind: 'drop-sockets' });
    await a.disconnected();
    expect(agentIn(await t.state(), '1001')).toMatchObject({ initialised: true, connected: false, callId: body.callId });

    const again = await t.connect();
    expect(await again.request({ Action: 100, VccCode: 'demo', AgNum: '1001', AgPass: '1234', AgPhoneNum: '8001' })).toMatchObject({ Ret: 1 });
    expect(await again.request({ Action: 2, State: 1 })).toMatchObject({ Ret: 1 });
    const { snapshot } = await again.sync();
    expect(snapshot[1]).toMatchObject({ MT: 3, PhoSta: 6, CallId: body.callId });
    await t.post(`/sim/calls/${String(body.callId)}/hangup`);
    await again.phone(0);
  });

  it('a dropped session that nobody resumes ends after sessionGrace; its call ends for the others', async () => {
    t = await startTestSim({ sessionGrace: 50 });
    const a = await t.agent('1001', '8001');
    const b = await t.agent('1002', '8002');
    await a.request({ Action: 21, AgID: 2, CallerID: '' });
    await b.phone(5);
    a.close();
    await b.phone(0, 3000);
    await expect.poll(async () => agentIn(await t.state(), '1001').initialised).toBe(false);
  });

  it('refuses unknown fault kinds', async () => {
    t = await startTestSim();
    expect((await t.post('/sim/fault', { kind: 'meteor' })).status).toBe(400);
  });
});

describe('heartbeat (MT 2, KEEP 7)', () => {
  let t: TestSim;
  afterEach(async () => {
    await t.close();
  });

  it('beats every interval; a socket that never answers is disconnected, one that does stays', async () => {
    t = await startTestSim({ heartbeat: 30, heartbeatMisses: 3, sessionGrace: 5000 });
    const silent = await t.agent('1001', '8001', { keepAlive: false });
    const polite = await t.agent('1002', '8002');
    expect(await silent.next((m) => m.MT === 2)).toEqual({ MT: 2 });
    await silent.disconnected(3000);
    expect(agentIn(await t.state(), '1001')).toMatchObject({ initialised: true, connected: false });
    await polite.next((m) => m.MT === 2);
    await polite.next((m) => m.MT === 2);
    expect(polite.connected).toBe(true);
    expect(agentIn(await t.state(), '1002').connected).toBe(true);
  });

  it('sends no heartbeat to sockets that did not INIT', async () => {
    t = await startTestSim({ heartbeat: 20 });
    const stranger = await t.connect({ keepAlive: false });
    const agent = await t.agent('1001', '8001');
    await agent.next((m) => m.MT === 2);
    await agent.next((m) => m.MT === 2);
    expect(stranger.frames).toEqual([]);
  });
});

describe('data updates (MT 8)', () => {
  let t: TestSim;
  afterEach(async () => {
    await t.close();
  });

  it('tells the agent its new queues (Param 1), and distributes from them', async () => {
    t = await startTestSim();
    const agent = await t.agent('1001', '8001');
    const { body } = await t.post('/sim/calls', { caller: '58450001', queueId: 6251 });
    expect((await t.post('/sim/agents/1001/queues', { queues: [6250, 6251] })).status).toBe(200);
    expect(await agent.next()).toEqual({ MT: 8, Param: 1, Data: [6250, 6251] });
    expect(await agent.phone(5)).toMatchObject({ CallId: body.callId });
    expect((await t.post('/sim/agents/1001/queues', { queues: [7000] })).status).toBe(400);
    expect((await t.post('/sim/agents/1001/queues', { queues: 'all' })).status).toBe(400);
  });

  it("tells every signed-in agent of the tenant its new caller numbers (Param 2), nobody else's", async () => {
    t = await startTestSim();
    const a = await t.agent('1001', '8001');
    const b = await t.agent('1002', '8002');
    const other = await t.agent('2001', '9001', { tenant: 'acme' });
    expect(t.sim.model.setCallers('demo', ['58450000', '58450009'])).toEqual({ ok: true });
    expect(await a.next()).toEqual({ MT: 8, Param: 2, Data: ['58450000', '58450009'] });
    expect(await b.next()).toEqual({ MT: 8, Param: 2, Data: ['58450000', '58450009'] });
    expect((await other.sync()).before).toEqual([]);
    // The new numbers are what DIAL OUT accepts now.
    expect(await a.request({ Action: 22, Called: '13800138000', CallerID: '58452440', GroupID: 0, OutChan: 0, ProID: 0, TaskID: 0 })).toMatchObject({ Ret: 8 });
  });
});
