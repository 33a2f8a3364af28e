import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TestAgent } from './support/agent';
import { DEFAULT_SEED } from '../src';
import { agentIn, callIn, startTestSim, type TestSim } from './support/sim';

describe('a supervisor monitors a call (CHANSPY 30, INTERCEPT 31, BREAK-IN 32)', () => {
  let t: TestSim;
  let agent: TestAgent;
  let supervisor: TestAgent;
  let callId: string;
  beforeEach(async () => {
    t = await startTestSim();
    agent = await t.agent('1001', '8001');
    supervisor = await t.agent('1005', '8005', { state: 2 });
    const { body } = await t.post('/sim/calls', { caller: '13900002222', queueId: 6250 });
    callId = body.callId as string;
    await agent.phone(5);
    await t.post('/sim/phones/8001/answer');
    await agent.phone(6);
  });
  afterEach(async () => {
    await t.close();
  });

  async function monitor() {
    supervisor.send({ Action: 30, AgID: 1 });
    expect(await supervisor.next()).toMatchObject({ MT: 1, Retact: 30, Ret: 0 });
    expect(await supervisor.next()).toMatchObject({ MT: 4, AgSta: 4 });
    expect(await supervisor.next()).toMatchObject({ MT: 3, PhoSta: 5, RingType: 3 });
    expect(await supervisor.next()).toMatchObject({ MT: 3, PhoSta: 31, Caller: '13900002222', CallId: callId });
  }

  it('monitors, then intercepts: the supervisor gets 34 and the agent leaves the call', async () => {
    await monitor();
    expect(agentIn(await t.state(), '1005').phase).toBe('monitoring');
    supervisor.send({ Action: 31 });
    expect(await supervisor.next()).toMatchObject({ MT: 1, Retact: 31, Ret: 0 });
    expect(await supervisor.next()).toMatchObject({ MT: 3, PhoSta: 34, Caller: '13900002222', CallId: callId });
    expect(await agent.next()).toMatchObject({ MT: 3, PhoSta: 0 });
    expect(await agent.next()).toMatchObject({ MT: 4, AgSta: 3 });
    expect(callIn(await t.state(), callId).agents).toEqual(['1005']);
    expect(agentIn(await t.state(), '1005').phase).toBe('connected');
  });

  it('monitors, then barges in: the supervisor gets 32, the agent hears nothing new', async () => {
    await monitor();
    supervisor.send({ Action: 32 });
    expect(await supervisor.next()).toMatchObject({ MT: 1, Retact: 32, Ret: 0 });
    expect(await supervisor.next()).toMatchObject({ MT: 3, PhoSta: 32 });
    expect((await agent.sync()).before).toEqual([]);
    expect(agentIn(await t.state(), '1005').phase).toBe('barging');
    // Barging again is refused; intercept still works from a barge.
    expect(await supervisor.request({ Action: 32 })).toMatchObject({ Ret: 3 });
  });

  it('the supervisor hanging up leaves the monitored call untouched, and goes back to busy', async () => {
    await monitor();
    await supervisor.request({ Action: 23 });
    await supervisor.phone(0);
    expect(await supervisor.next()).toEqual({ MT: 4, AgSta: 2, AgStaParam: 1 });
    expect((await agent.sync()).before).toEqual([]);
    expect(callIn(await t.state(), callId)).toMatchObject({ state: 'connected', agents: ['1001'], monitoredBy: null });
  });

  it('the customer hanging up ends the call for the supervisor too', async () => {
    await monitor();
    await t.post(`/sim/calls/${callId}/hangup`);
    await supervisor.phone(0);
    await agent.phone(0);
  });

  it('refuses what does not fit', async () => {
    expect(await agent.request({ Action: 30, AgID: 5 })).toMatchObject({ Ret: 1 });
    expect(await supervisor.request({ Action: 30, AgID: 99 })).toMatchObject({ Ret: 2 });
    expect(await supervisor.request({ Action: 30, AgID: 6 })).toMatchObject({ Ret: 2 });
    expect(await supervisor.request({ Action: 30, AgID: 2 })).toMatchObject({ Ret: 5 });
    expect(await supervisor.request({ Action: 31 })).toMatchObject({ Ret: 2 });
    expect(await supervisor.request({ Action: 32 })).toMatchObject({ Ret: 3 });
    await monitor();
    expect(await supervisor.request({ Action: 30, AgID: 1 })).toMatchObject({ Ret: 4 });
  });

  it('a call already monitored cannot be monitored by a second supervisor (Ret 9)', async () => {
    await t.close();
    const seed = structuredClone(DEFAULT_SEED);
    const second = seed.tenants[0]?.agents.find((a) => a.num === '1004');
    if (second) second.supervisor = true;
    t = await startTestSim('instant', seed);
    agent = await t.agent('1001', '8001');
    supervisor = await t.agent('1005', '8005');
    const other = await t.agent('1004', '8004');
    await t.post('/sim/calls', { caller: '13900002222', agentNum: '1001' });
    await t.post('/sim/phones/8001/answer');
    await agent.phone(6);
    await supervisor.request({ Action: 30, AgID: 1 });
    await supervisor.phone(31);
    expect(await other.request({ Action: 30, AgID: 1 })).toMatchObject({ Ret: 9 });
  });
});
