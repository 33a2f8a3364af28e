import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TestAgent } from './support/agent';
import { agentIn, startTestSim, type TestSim } from './support/sim';

const init = (fields: Partial<Record<'VccCode' | 'AgNum' | 'AgPass' | 'AgPhoneNum', string>> = {}) => ({
  Action: 100,
  VccCode: 'demo',
  AgNum: '1001',
  AgPass: '1234',
  AgPhoneNum: '8001',
  ...fields,
});

describe('signing in (INIT 100, LOGIN 2)', () => {
  let t: TestSim;
  beforeEach(async () => {
    t = await startTestSim();
  });
  afterEach(async () => {
    await t.close();
  });

  it('gives the agent its queues, caller numbers and phone password, then signs in idle with MT 6', async () => {
    const agent = await t.connect();
    const result = await agent.request(init());
    expect(result).toEqual({ MT: 1, Retact: 100, Ret: 0, Retmsg: '[[6250],["58452440","58452441"],"8001pw"]' });
    expect(await agent.request({ Action: 2, State: 1 })).toMatchObject({ Ret: 0 });
    await agent.next((m) => m.MT === 6);
    const me = agentIn(await t.state(), '1001');
    expect(me).toMatchObject({ initialised: true, signedIn: true, connected: true, status: 'idle', extension: '8001' });
  });

  it('signs in busy with State 2 as plain busy (reason 1, as the client shows it)', async () => {
    await t.agent('1002', '8002', { state: 2 });
    expect(agentIn(await t.state(), '1002')).toMatchObject({ status: 'busy', busyReasonId: 1 });
  });

  it.each([
    ['a missing field', init({ AgPass: '' }), 100],
    ['an unknown tenant', init({ VccCode: 'nope' }), 20],
    ['an unknown agent', init({ AgNum: '9999' }), 804],
    ['an agent of another tenant', init({ AgNum: '2001' }), 804],
    ['a wrong password', init({ AgPass: 'wrong' }), 806],
    ['an unknown extension', init({ AgPhoneNum: '7777' }), 3],
    ["another tenant's extension", init({ AgPhoneNum: '9001' }), 3],
  ])('refuses %s', async (_name, command, ret) => {
    const agent = await t.connect();
    expect(await agent.request(command)).toMatchObject({ Retact: 100, Ret: ret });
    expect(agentIn(await t.state(), '1001').initialised).toBe(false);
  });

  it('refuses an extension another agent holds (Ret 4), and a second INIT on the same socket (Ret 2)', async () => {
    const first = await t.agent('1001', '8001');
    const second = await t.connect();
    expect(await second.request(init({ AgNum: '1002', AgPhoneNum: '8001' }))).toMatchObject({ Ret: 4 });
    expect(await first.request(init())).toMatchObject({ Ret: 2 });
  });

  it('answers Ret 1 to a second socket while the first is live, and moves nothing', async () => {
    const first = await t.agent('1001', '8001');
    const second = await t.connect();
    expect(await second.request(init())).toMatchObject({ Ret: 1 });
    // The second socket is not initialised: LOGIN says so.
    expect(await second.request({ Action: 2, State: 1 })).toMatchObject({ Ret: 2 });
    expect(await first.request({ Action: 4, Reason: 100 })).toMatchObject({ Ret: 0 });
  });

  it('resumes a dropped session on a new socket: INIT Ret 1, LOGIN Ret 1, same status', async () => {
    const first = await t.agent('1001', '8001');
    await first.request({ Action: 4, Reason: 101 });
    first.close();
    await expect.poll(async () => agentIn(await t.state(), '1001').connected).toBe(false);
    expect(agentIn(await t.state(), '1001')).toMatchObject({ initialised: true, status: 'busy' });

    const second = await t.connect();
    expect(await second.request(init())).toMatchObject({ Ret: 1 });
    expect(await second.request({ Action: 2, State: 1 })).toMatchObject({ Ret: 1 });
    second.send({ Action: 6 });
    await second.result(6);
    expect(await second.agentState(2)).toMatchObject({ AgStaParam: 101 });
    expect(agentIn(await t.state(), '1001')).toMatchObject({ connected: true, status: 'busy', busyReasonId: 101 });
  });

  it('does not resume with a wrong password', async () => {
    const first = await t.agent('1001', '8001');
    first.close();
    await expect.poll(async () => agentIn(await t.state(), '1001').connected).toBe(false);
    const second = await t.connect();
    expect(await second.request(init({ AgPass: 'nope' }))).toMatchObject({ Ret: 806 });
    expect(agentIn(await t.state(), '1001').connected).toBe(false);
  });

  it('throttles: after 5 wrong passwords even the right one gets 806', async () => {
    const agent = await t.connect();
    for (let i = 0; i < 5; i++) expect(await agent.request(init({ AgPass: `guess${i}` }))).toMatchObject({ Ret: 806 });
    expect(await agent.request(init())).toMatchObject({ Ret: 806 });
    // Another agent number is not affected.
    expect(await agent.request(init({ AgNum: '1002', AgPhoneNum: '8002' }))).toMatchObject({ Ret: 0 });
  });

  it('lets the throttle window pass', async () => {
    await t.close();
    t = await startTestSim({ loginThrottle: { maxFailures: 2, windowMs: 150 } });
    const agent = await t.connect();
    await agent.request(init({ AgPass: 'a' }));
    await agent.request(init({ AgPass: 'b' }));
    expect(await agent.request(init())).toMatchObject({ Ret: 806 });
    await expect.poll(async () => (await agent.request(init())).Ret, { timeout: 2000, interval: 50 }).toBe(0);
  });
});

describe('signing out and asking for state (UNINIT 1, LOGOUT 3, QUERY 6)', () => {
  let t: TestSim;
  let agent: TestAgent;
  beforeEach(async () => {
    t = await startTestSim();
    agent = await t.agent('1001', '8001');
  });
  afterEach(async () => {
    await t.close();
  });

  it('LOGIN twice answers Ret 1 (counts as success)', async () => {
    expect(await agent.request({ Action: 2, State: 1 })).toMatchObject({ Ret: 1 });
  });

  it('LOGOUT leaves the agent initialised but signed out; a second LOGOUT says Ret 2', async () => {
    expect(await agent.request({ Action: 3 })).toMatchObject({ Ret: 0 });
    expect(agentIn(await t.state(), '1001')).toMatchObject({ initialised: true, signedIn: false, status: 'signedOut' });
    expect(await agent.request({ Action: 3 })).toMatchObject({ Ret: 2 });
    expect(await agent.request({ Action: 2, State: 1 })).toMatchObject({ Ret: 0 });
  });

  it('UNINIT removes the session; afterwards every command says "not initialised"', async () => {
    expect(await agent.request({ Action: 1 })).toMatchObject({ Ret: 0 });
    expect(agentIn(await t.state(), '1001').initialised).toBe(false);
    expect(await agent.request({ Action: 1 })).toMatchObject({ Ret: 1 });
    expect(await agent.request({ Action: 3 })).toMatchObject({ Ret: 1 });
    expect(await agent.request({ Action: 6 })).toMatchObject({ Ret: 10 });
    expect(await agent.request({ Action: 4, Reason: 1 })).toMatchObject({ Ret: 1 });
    // The extension is free again.
    const other = await t.connect();
    expect(await other.request(init({ AgNum: '1002', AgPhoneNum: '8001' }))).toMatchObject({ Ret: 0 });
  });

  it('QUERY answers Ret 0 and the status: idle is AgSta 3', async () => {
    const { snapshot } = await agent.sync();
    expect(snapshot).toEqual([{ MT: 4, AgSta: 3, AgStaParam: '' }]);
  });

  it('KEEP gets no answer', async () => {
    agent.send({ Action: 7 });
    const { before } = await agent.sync();
    expect(before).toEqual([]);
  });
});
