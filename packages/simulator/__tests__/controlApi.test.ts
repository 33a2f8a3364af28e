import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { agentIn, startTestSim, type TestSim } from './support/sim';

describe('control API (/sim/…)', () => {
  let t: TestSim;
  beforeEach(async () => {
    t = await startTestSim();
  });
  afterEach(async () => {
    await t.close();
  });

  it('GET /sim/state shows the seed: agents, queues, no calls', async () => {
    const state = await t.state();
    expect(state.agents.map((a) => a.agentNum)).toEqual(['1001', '1002', '1003', '1004', '1005', '2001']);
    expect(agentIn(state, '1005')).toMatchObject({
      id: 5,
      tenant: 'demo',
      name: '陈静',
      extension: '8005',
      supervisor: true,
      initialised: false,
      signedIn: false,
      connected: false,
      status: 'signedOut',
      busyReasonId: null,
      callId: null,
      phase: null,
      alwaysOn: false,
      autoDial: false,
      queues: [6250, 6251],
    });
    expect(state.queues).toEqual([
      { id: 6250, tenant: 'demo', name: '售前咨询', agents: ['1001', '1002', '1003', '1005'], waiting: [] },
      { id: 6251, tenant: 'demo', name: '售后服务', agents: ['1002', '1003', '1004', '1005'], waiting: [] },
      { id: 7000, tenant: 'acme', name: 'Support', agents: ['2001'], waiting: [] },
    ]);
    expect(state.calls).toEqual([]);
  });

  it.each([
    ['no caller', { queueId: 6250 }, 400],
    ['a caller that is not a number', { caller: 'bob', queueId: 6250 }, 400],
    ['both a queue and an agent', { caller: '1', queueId: 6250, agentNum: '1001' }, 400],
    ['neither a queue nor an agent', { caller: '1' }, 400],
    ['a non-integer queue', { caller: '1', queueId: 'x' }, 400],
    ['an unknown queue', { caller: '1', queueId: 1 }, 404],
    ['an unknown agent', { caller: '1', agentNum: '9999' }, 404],
    ['an unknown tenant', { caller: '1', queueId: 6250, tenant: 'nope' }, 404],
    ["a queue of another tenant than the one named", { caller: '1', queueId: 7000, tenant: 'demo' }, 404],
    ['an agent not signed in', { caller: '1', agentNum: '1001' }, 409],
  ])('POST /sim/calls refuses %s', async (_name, body, status) => {
    const answer = await t.post('/sim/calls', body);
    expect(answer.status).toBe(status);
    expect(typeof answer.body.error).toBe('string');
  });

  it('refuses bad JSON, non-object bodies and unknown routes without falling over', async () => {
    expect((await t.post('/sim/calls', '{"caller":')).status).toBe(400);
    expect((await t.post('/sim/calls', '[1,2]')).status).toBe(400);
    expect((await t.post('/sim/nothing', {})).status).toBe(404);
    expect((await t.get('/sim/calls')).status).toBe(404);
    expect((await t.get('/elsewhere')).status).toBe(404);
    expect((await t.post('/sim/calls/%E0%A4%A/hangup')).status).toBe(400);
    expect((await t.get('/sim/state')).status).toBe(200);
  });

  it('answers 404 / 409 for calls and phones that do not exist or have nothing going on', async () => {
    expect((await t.post('/sim/calls/nope/hangup')).status).toBe(404);
    expect((await t.post('/sim/calls/nope/ivr', { digits: '1' })).status).toBe(404);
    expect((await t.post('/sim/phones/7777/answer')).status).toBe(404);
    expect((await t.post('/sim/phones/8001/answer')).status).toBe(409);
    await t.agent('1001', '8001');
    expect((await t.post('/sim/phones/8001/answer')).status).toBe(409);
    expect((await t.post('/sim/phones/8001/hangup')).status).toBe(409);
    const { body } = await t.post('/sim/calls', { caller: '58450001', queueId: 6250 });
    expect((await t.post(`/sim/calls/${String(body.callId)}/ivr`, { digits: 'abc' })).status).toBe(400);
  });

  it('says the phones are desk phones, with no SIP side to show', async () => {
    expect(t.sim.sip).toBeNull();
    expect(await t.get('/sim/sip')).toMatchObject({ status: 200, body: { phone: 'desk' } });
    const legs = await t.get('/sim/sip/legs');
    expect(legs.status).toBe(404);
    expect(legs.body.error).toMatch(/desk phones/);
    // Nothing to change or crash on the SIP side either.
    expect(await t.post('/sim/sip/extensions/8001/password', { password: 'x' })).toMatchObject({ status: 404, body: { error: expect.stringMatching(/desk phones/) } });
    expect(await t.post('/sim/sip/servers/kamailio/kill')).toMatchObject({ status: 404, body: { error: expect.stringMatching(/desk phones/) } });
  });

  it('POST /sim/reset puts the seed back and drops every socket', async () => {
    const agent = await t.agent('1001', '8001');
    await t.post('/sim/calls', { caller: '58450001', queueId: 6251 });
    expect((await t.post('/sim/reset')).status).toBe(200);
    await agent.disconnected();
    const state = await t.state();
    expect(state.agents.every((a) => !a.initialised)).toBe(true);
    expect(state.calls).toEqual([]);
    expect(state.queues.every((q) => q.waiting.length === 0)).toBe(true);
    await t.agent('1001', '8001');
  });

  it('answers CORS preflights on control routes too', async () => {
    const response = await fetch(`${t.url}/sim/calls`, { method: 'OPTIONS' });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-methods')).toContain('POST');
  });
});
