import { afterEach, describe, expect, it } from 'vitest';
import ioV2 from 'socket.io-client-v2';
import { WinCallError, type IoFactory } from '../../src';
import { world, until, must } from './support';

let env: Awaited<ReturnType<typeof world>> | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

describe('the core client against the simulator', () => {
  it('signs in idle, goes busy with a reason and back', async () => {
    env = await world();
    const agent = await env.agent('1001');
    expect(agent.getState().agent).toMatchObject({ status: 'idle', queues: [6250], callers: ['58452440', '58452441'] });
    await agent.busy(101);
    expect(agent.getState().agent).toMatchObject({ status: 'busy', busyReasonId: 101 });
    await agent.unbusy();
    expect(agent.getState().agent.status).toBe('idle');
    expect(env.sim.model.snapshot().agents.find((a) => a.agentNum === '1001')).toMatchObject({ status: 'idle', signedIn: true });
  });

  it('reports a wrong password and an unknown extension with the catalog texts', async () => {
    env = await world();
    const client = env.client();
    await expect(client.login({ agentNum: '1001', password: 'nope', extension: '8001' })).rejects.toMatchObject({
      code: '001806',
      messageZh: '坐席密码错误',
    });
    await expect(client.login({ agentNum: '1001', password: '1234', extension: '9999' })).rejects.toMatchObject({ code: '001003' });
    expect(client.getState().agent.status).toBe('signedOut');
  });

  it('receives a queue call, holds and restores it, hangs up and does after-call work', async () => {
    env = await world({ afterCallWorkSeconds: 1 });
    const agent = await env.agent('1001');
    const events: string[] = [];
    agent.on('incomingCall', (e) => events.push(`ring:${e.call.kind}:${e.call.params.Caller}:${e.call.params.QueId}`));
    agent.on('callConnected', () => events.push('connected'));
    agent.on('callEnded', () => events.push('ended'));

    must(env.sim.model.placeCall({ caller: '13800138000', queueId: 6250 }));
    await until(agent, (s) => s.call?.phase === 'ringing');
    expect(agent.getState().agent.status).toBe('occupied');
    must(env.sim.model.phoneAnswer('8001'));
    await until(agent, (s) => s.call?.phase === 'connected');
    await agent.hold();
    expect(agent.getState().call?.phase).toBe('held');
    await agent.restore();
    expect(agent.getState().call?.phase).toBe('connected');
    await agent.hangup();
    await until(agent, (s) => s.agent.status === 'afterCallWork');
    expect(agent.getState()).toMatchObject({ call: null, agent: { afterCallSeconds: 1 } });
    await until(agent, (s) => s.agent.status === 'idle', 5_000);
    expect(events).toEqual(['ring:queue:13800138000:6250', 'connected', 'ended']);
  });

  it('consults another agent and transfers the caller to them', async () => {
    env = await world();
    const a = await env.agent('1001');
    const b = await env.agent('1002');
    // 1002 is longer idle than 1001? Make sure the call goes to 1001: 1002 goes busy first.
    await b.busy(100);
    must(env.sim.model.placeCall({ caller: '13900139000', queueId: 6250 }));
    await until(a, (s) => s.call?.phase === 'ringing');
    must(env.sim.model.phoneAnswer('8001'));
    await until(a, (s) => s.call?.phase === 'connected');

    await a.consultInner(2);
    await until(a, (s) => s.call?.phase === 'consulting');
    const consulted = await until(b, (s) => s.call?.phase === 'ringing');
    expect(consulted.call).toMatchObject({ kind: 'consult', params: { OAgId: '1' } });
    must(env.sim.model.phoneAnswer('8002'));
    await until(a, (s) => s.call?.phase === 'consultConnected');
    expect(a.getState().availableActions).toEqual(expect.arrayContaining(['transfer', 'threeway', 'consultback']));

    await a.transfer();
    await until(a, (s) => s.call === null);
    const taken = await until(b, (s) => s.call?.phase === 'connected' && s.call.params.Caller === '13900139000');
    expect(taken.call?.params.CallId).toBeTruthy();
  });

  it('holds a three-way call and takes it back', async () => {
    env = await world();
    const a = await env.agent('1001');
    const b = await env.agent('1002');
    await b.busy(100);
    must(env.sim.model.placeCall({ caller: '13900139001', queueId: 6250 }));
    await until(a, (s) => s.call?.phase === 'ringing');
    must(env.sim.model.phoneAnswer('8001'));
    await until(a, (s) => s.call?.phase === 'connected');
    await a.consultInner(2);
    await until(b, (s) => s.call?.phase === 'ringing');
    must(env.sim.model.phoneAnswer('8002'));
    await until(a, (s) => s.call?.phase === 'consultConnected');
    await a.threeWay();
    await until(a, (s) => s.call?.phase === 'threeWay');
    await until(b, (s) => s.call?.phase === 'threeWay');
    await a.threeWayBack();
    await until(a, (s) => s.call?.phase === 'connected');
    await until(b, (s) => s.call === null);
  });

  it('lets a supervisor monitor a call and take it over', async () => {
    env = await world();
    const agent = await env.agent('1001');
    const supervisor = await env.agent('1005', 'busy');
    must(env.sim.model.placeCall({ caller: '13700137000', queueId: 6250 }));
    await until(agent, (s) => s.call?.phase === 'ringing');
    must(env.sim.model.phoneAnswer('8001'));
    await until(agent, (s) => s.call?.phase === 'connected');

    const onCall = await supervisor.api!.onlineAgents();
    expect(onCall.map((a) => a.id)).toContain(1);
    await supervisor.chanspy(1);
    await until(supervisor, (s) => s.call?.phase === 'monitoring');
    await supervisor.intercept();
    await until(supervisor, (s) => s.call?.phase === 'connected');
    await until(agent, (s) => s.call === null);
  });

  it('refuses monitoring for an agent who is not a supervisor', async () => {
    env = await world();
    const agent = await env.agent('1001');
    await agent.busy();
    const error = await agent.chanspy(2).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WinCallError);
    expect((error as WinCallError).code.startsWith('030')).toBe(true);
  });

  it('dials out; a busy number ends the call', async () => {
    env = await world();
    const agent = await env.agent('1001');
    const ended = new Promise((resolve) => agent.on('callEnded', resolve));
    await agent.dialOuter('138-0013-8486', { queueId: 6250 });
    await ended;
    expect(agent.getState().call).toBeNull();
    await agent.dialOuter('13800138000');
    await until(agent, (s) => s.call?.phase === 'connected');
    expect(agent.getState().call).toMatchObject({ kind: 'outbound', params: { Called: '13800138000' } });
  });

  it('obeys forced busy and forced idle, and stays out after a forced sign-out', async () => {
    env = await world();
    const agent = await env.agent('1001');
    must(env.sim.model.force('1001', 'busy'));
    await until(agent, (s) => s.agent.status === 'busy');
    must(env.sim.model.force('1001', 'idle'));
    await until(agent, (s) => s.agent.status === 'idle');
    const forced = new Promise<boolean>((resolve) => agent.on('signedOut', (e) => resolve(e.forced)));
    must(env.sim.model.force('1001', 'logout'));
    expect(await forced).toBe(true);
    expect(agent.getState().connection).toBe('disconnected');
  });

  it('resumes the session and the call after the server drops every socket', async () => {
    env = await world();
    const agent = await env.agent('1001', 'idle', { reconnection: { delay: 50, delayMax: 200 } });
    must(env.sim.model.placeCall({ caller: '13600136000', queueId: 6250 }));
    await until(agent, (s) => s.call?.phase === 'ringing');
    must(env.sim.model.phoneAnswer('8001'));
    await until(agent, (s) => s.call?.phase === 'connected');
    const callId = agent.getParam('CallId');

    must(env.sim.model.fault('drop-sockets'));
    await until(agent, (s) => s.connection === 'reconnecting');
    await until(agent, (s) => s.connection === 'connected' && s.call?.phase === 'connected', 10_000);
    expect(agent.getParam('CallId')).toBe(callId);
    await agent.hangup();
    await until(agent, (s) => s.call === null);
  });

  it('leaves nothing behind after destroy(), and a new client works (SPA remount)', async () => {
    env = await world();
    const resources = () => process.getActiveResourcesInfo().filter((r) => r !== 'TTYWrap').sort();
    const before = resources();
    const first = await env.agent('1001', 'busy');
    first.destroy();
    await expect.poll(() => env!.sim.model.snapshot().agents.find((a) => a.agentNum === '1001')?.connected).toBe(false);
    // Nothing more of any kind than before the client existed (earlier tests may still be closing
    // theirs). Measured between our own waits, so the waiting timer is not counted; bounded to 3 s.
    const count = (list: string[]) => list.reduce<Record<string, number>>((n, r) => ({ ...n, [r]: (n[r] ?? 0) + 1 }), {});
    const leftovers = () => {
      const now = count(resources());
      const was = count(before);
      return Object.entries(now).filter(([kind, n]) => n > (was[kind] ?? 0)).map(([kind]) => kind);
    };
    for (let i = 0; i < 30 && leftovers().length > 0; i++) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(leftovers()).toEqual([]);

    const second = env.client();
    // The server still holds the session of the destroyed client: the remount takes it over.
    await second.login({ agentNum: '1001', password: '1234', extension: '8001', initialStatus: 'busy', resume: true });
    await until(second, (s) => s.agent.status === 'busy');
    expect(env.sim.model.snapshot().agents.find((a) => a.agentNum === '1001')).toMatchObject({ connected: true, status: 'busy' });
  });

  it('lets the agent sign in on another computer after the first one died, state and all', async () => {
    env = await world();
    const first = await env.agent('1001');
    await first.busy(101);
    first.destroy(); // the first browser is gone; the server keeps the session for a while

    const second = env.client();
    await second.login({ agentNum: '1001', password: '1234', extension: '8001' });
    // "Already initialised" + LOGIN took the session over; the query brought its state back.
    await until(second, (s) => s.agent.status === 'busy' && s.agent.busyReasonId === 101);
  });

  it('refuses a second sign-in while the first connection is alive, and leaves the first alone', async () => {
    env = await world();
    const first = await env.agent('1001');
    const second = env.client();
    await expect(second.login({ agentNum: '1001', password: '1234', extension: '8001' })).rejects.toMatchObject({
      code: '001001',
      messageZh: '坐席已被初始化',
    });
    await first.busy(100);
    expect(first.getState().agent).toMatchObject({ status: 'busy', busyReasonId: 100 });
  });

  it('never undoes a sign-in elsewhere: the old client stops instead of taking the session back', async () => {
    env = await world();
    const first = await env.agent('1001', 'idle', { reconnection: { delay: 1_000, delayMax: 1_000, jitter: 0 } });
    const errors: string[] = [];
    first.on('error', (e) => errors.push(e.error.code));
    must(env.sim.model.fault('drop-sockets'));
    await until(first, (s) => s.connection === 'reconnecting');
    const second = env.client();
    await second.login({ agentNum: '1001', password: '1234', extension: '8001' });

    await until(first, (s) => s.connection === 'disconnected' && s.agent.status === 'signedOut', 10_000);
    expect(errors).toContain('001001');
    expect(second.getState().agent.status).toBe('idle');
    expect(env.sim.model.snapshot().agents.find((a) => a.agentNum === '1001')).toMatchObject({ connected: true, signedIn: true });
  });

  it('works over socket.io-client 2, the legacy client version', async () => {
    env = await world();
    const agent = env.client({ io: ioV2 as unknown as IoFactory });
    await agent.login({ agentNum: '1003', password: '1234', extension: '8003' });
    must(env.sim.model.placeCall({ caller: '13500135000', queueId: 6251 }));
    await until(agent, (s) => s.call?.phase === 'ringing');
    await agent.hangup();
    await until(agent, (s) => s.call === null);
    await agent.logout();
    expect(agent.getState().agent.status).toBe('signedOut');
  });
});
