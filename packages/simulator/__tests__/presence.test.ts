import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TestAgent } from './support/agent';
import { agentIn, startTestSim, type TestSim } from './support/sim';

describe('busy and idle (BUSY 4, UNBUSY 5)', () => {
  let t: TestSim;
  let agent: TestAgent;
  beforeEach(async () => {
    t = await startTestSim();
    agent = await t.agent('1001', '8001');
  });
  afterEach(async () => {
    await t.close();
  });

  it('goes busy with a reason; the MT 1 is the only confirmation', async () => {
    expect(await agent.request({ Action: 4, Reason: 101 })).toEqual({ MT: 1, Retact: 4, Ret: 0, Retmsg: '' });
    expect((await agent.sync()).before).toEqual([]);
    expect(agentIn(await t.state(), '1001')).toMatchObject({ status: 'busy', busyReasonId: 101 });
  });

  it('already busy: Ret 3, and the reason is updated', async () => {
    await agent.request({ Action: 4, Reason: 101 });
    expect(await agent.request({ Action: 4, Reason: 102 })).toMatchObject({ Ret: 3 });
    expect(agentIn(await t.state(), '1001').busyReasonId).toBe(102);
  });

  it('already idle: UNBUSY says Ret 3', async () => {
    expect(await agent.request({ Action: 5 })).toMatchObject({ Ret: 3 });
  });

  it('cannot go busy or idle in a call (Ret 4 / 999)', async () => {
    await t.post('/sim/calls', { caller: '58450001', agentNum: '1001' });
    await agent.phone(5);
    expect(await agent.request({ Action: 4, Reason: 1 })).toMatchObject({ Ret: 4 });
    expect(await agent.request({ Action: 5 })).toMatchObject({ Ret: 999 });
  });

  it('not signed in: Ret 2; not initialised: Ret 1', async () => {
    await agent.request({ Action: 3 });
    expect(await agent.request({ Action: 4, Reason: 1 })).toMatchObject({ Ret: 2 });
    expect(await agent.request({ Action: 5 })).toMatchObject({ Ret: 2 });
    const stranger = await t.connect();
    expect(await stranger.request({ Action: 4, Reason: 1 })).toMatchObject({ Ret: 1 });
    expect(await stranger.request({ Action: 5 })).toMatchObject({ Ret: 1 });
  });

  it('QUERY while busy reports AgSta 2 with the reason', async () => {
    await agent.request({ Action: 4, Reason: 100 });
    expect((await agent.sync()).snapshot).toEqual([{ MT: 4, AgSta: 2, AgStaParam: 100 }]);
  });
});
