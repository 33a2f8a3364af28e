import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPhoneHandle } from '../src/phone';
import { createWinCallClient, noticeText, type LogEntry, type WinCallClient } from '../src';
import { phoneCallView } from '../src/phone';
import { loadRecorder } from '../src/client/records';
import { createFakeTransport, INIT_OK, playSignIn, result, signedInClient } from './support/fakeTransport';
import { fakePhoneModule } from './support/fakePhone';

/** Resolves once `check` holds (bounded: the state is pushed, not slept on). */
async function until(check: () => boolean, timeoutMs = 5_000): Promise<void> {
  await vi.waitFor(() => expect(check()).toBe(true), { timeout: timeoutMs, interval: 5 });
}

/**
 * The core's side of the browser phone (`phone` option): when the device is fetched, what it
 * registers with, what the core asks it to do as the CTI call moves, and what the agent is told.
 * The device here is a stand-in; the real one is tested against real SIP servers elsewhere.
 */

const clients: WinCallClient[] = [];
afterEach(() => {
  for (const client of clients.splice(0)) client.destroy();
  vi.unstubAllGlobals();
});

const ringQueue = { MT: 3, PhoSta: 5, RingType: 1, OAgId: 0, Caller: '13800138000', CallId: 'c1', QueId: 6250 };
const phone = (PhoSta: number, extra: Record<string, unknown> = {}) => ({ MT: 3, PhoSta, CallId: 'c1', ...extra });
const agent = (AgSta: number, AgStaParam?: number) => ({ MT: 4, AgSta, ...(AgStaParam === undefined ? {} : { AgStaParam }) });

async function softphoneAgent(extra: { password?: string; user?: string; autoAnswer?: boolean; logger?: (entry: LogEntry) => void } = {}) {
  const module = fakePhoneModule();
  const { logger, ...phoneExtra } = extra;
  const { fake, client } = await signedInClient(
    { phone: { attach: createPhoneHandle, load: module.load, wsUrl: 'ws://127.0.0.1:5066/ws', domain: 'cc.test', ...phoneExtra }, ...(logger ? { logger } : {}) },
    { created: (c) => clients.push(c) },
  );
  await until(() => client.phone?.getState().device === 'ready');
  return { fake, client, module, device: module.device };
}

describe('loading and registering', () => {
  it('fetches nothing until the agent signs in, then registers the extension with the phone password from the sign-in answer', async () => {
    const module = fakePhoneModule();
    const load = vi.fn(module.load);
    const fake = createFakeTransport();
    const client = createWinCallClient({ vccCode: 'demo', transport: fake.transport, loginDelay: 0, pageLifecycle: false, phone: { attach: createPhoneHandle, load, wsUrl: 'ws://127.0.0.1:5066/ws' } });
    clients.push(client);
    expect(client.phone?.getState().device).toBe('off');
    await client.connect();
    expect(load).not.toHaveBeenCalled();
    const login = client.login({ agentNum: '1001', password: 'pw', extension: '8001' });
    await playSignIn(fake);
    await login;
    await until(() => client.phone?.getState().registration === 'registered');
    expect(load).toHaveBeenCalledTimes(1);
    expect(module.device.registrations).toEqual([{ user: '8001', password: 'phone-secret' }]);
    expect(module.device.options).toMatchObject({ wsUrl: 'ws://127.0.0.1:5066/ws', autoAnswer: false });
  });

  it('keeps the phone password out of the state, every event and the log', async () => {
    const log: LogEntry[] = [];
    const events: unknown[] = [];
    const { client, fake } = await softphoneAgent({ logger: (entry) => log.push(entry) });
    client.on('stateChanged', (event) => events.push(event.current));
    client.on('notice', (event) => events.push(event.notice));
    fake.push(ringQueue, agent(4));
    await until(() => client.getState().call !== null);
    const seen = JSON.stringify([client.getState(), client.phone?.getState(), events, log.map((l) => [l.message, l.data])]);
    expect(seen).not.toContain('phone-secret');
  });

  it('registers with the options’ user and password when given (they override the server’s)', async () => {
    const { device } = await softphoneAgent({ user: 'agent-8001', password: 'explicit' });
    await until(() => device.state.registration === 'registered');
    expect(device.registrations).toEqual([{ user: 'agent-8001', password: 'explicit' }]);
  });

  it('a wrong phone password: the registration fails with a typed error the agent reads, until a registration succeeds', async () => {
    const module = fakePhoneModule();
    const fake = createFakeTransport();
    const client = createWinCallClient({ vccCode: 'demo', transport: fake.transport, loginDelay: 0, pageLifecycle: false, phone: { attach: createPhoneHandle, load: module.load, wsUrl: 'ws://127.0.0.1:5066/ws' } });
    clients.push(client);
    // The device refuses from its first registration on.
    const loading = client.login({ agentNum: '1001', password: 'pw', extension: '8001' });
    await playSignIn(fake);
    await loading;
    await until(() => module.devices.length > 0);
    module.device.refuseWith = 'SIP_AUTH_FAILED';
    // Sign out and in again: the device registers anew and is refused.
    const out = client.logout();
    await fake.waitForAction(1);
    fake.push(result(1));
    await out;
    expect(module.device.calls).toContain('unregister');
    const again = client.login({ agentNum: '1001', password: 'pw', extension: '8001' });
    await fake.waitForAction(100, 2);
    fake.push(INIT_OK);
    await fake.waitForAction(2, 2);
    fake.push(result(2));
    await again;
    await until(() => client.getState().notices.some((n) => n.kind === 'phoneFailed'));
    const notice = client.getState().notices.find((n) => n.kind === 'phoneFailed')!;
    expect(notice).toMatchObject({ during: 'registration', code: 'SIP_AUTH_FAILED' });
    expect(noticeText(notice, 'zh-CN')).toMatchObject({ title: '浏览器电话未就绪', detail: '电话注册被拒绝：分机号或电话密码不正确。来电暂时无法在浏览器中接听。' });
    expect(noticeText(notice, 'en').detail).toBe('The phone was refused: wrong extension or phone password. Calls cannot be answered in the browser until it is.');
    expect(client.phone?.getState()).toMatchObject({ registration: 'failed', failure: { code: 'SIP_AUTH_FAILED' } });
    // The device registers later (the password was fixed on the server): the notice goes.
    module.device.set({ registration: 'registered', failure: null });
    expect(client.getState().notices.some((n) => n.kind === 'phoneFailed')).toBe(false);
  });

  it('without a phone password (server sent none, no option): says so', async () => {
    const module = fakePhoneModule();
    const fake = createFakeTransport();
    const client = createWinCallClient({ vccCode: 'demo', transport: fake.transport, loginDelay: 0, pageLifecycle: false, phone: { attach: createPhoneHandle, load: module.load, wsUrl: 'ws://127.0.0.1:5066/ws' } });
    clients.push(client);
    const login = client.login({ agentNum: '1001', password: 'pw', extension: '8001' });
    await fake.waitForAction(100);
    fake.push(result(100, 0, JSON.stringify([[6250], ['58452440']])));
    await fake.waitForAction(2);
    fake.push(result(2));
    await login;
    await until(() => client.getState().notices.some((n) => n.kind === 'phoneFailed'));
    expect(client.getState().notices.at(-1)).toMatchObject({ kind: 'phoneFailed', code: 'NO_PASSWORD' });
    expect(module.device.registrations).toEqual([]);
  });

  it('taking over a session the server kept (INIT "already initialised", no phone password): signs in anew to get it', async () => {
    const module = fakePhoneModule();
    const fake = createFakeTransport();
    const client = createWinCallClient({ vccCode: 'demo', transport: fake.transport, loginDelay: 0, pageLifecycle: false, phone: { attach: createPhoneHandle, load: module.load, wsUrl: 'ws://127.0.0.1:5066/ws' } });
    clients.push(client);
    const login = client.login({ agentNum: '1001', password: 'pw', extension: '8001', initialStatus: 'busy' });
    await fake.waitForAction(100);
    fake.push(result(100, 1));
    await fake.waitForAction(2);
    fake.push(result(2));
    // UNINIT, then a fresh INIT that carries the password, then LOGIN busy again.
    await fake.waitForAction(1);
    fake.push(result(1));
    await fake.waitForAction(100, 2);
    fake.push(INIT_OK);
    await fake.waitForAction(2, 2);
    fake.push(result(2));
    await login;
    expect(fake.sent.map((c) => c.Action)).toEqual([100, 2, 1, 100, 2]);
    expect(fake.sent.at(-1)).toMatchObject({ Action: 2, State: 2 });
    expect(client.getState().agent.status).toBe('busy');
    await until(() => client.phone?.getState().registration === 'registered');
    expect(module.device.registrations).toEqual([{ user: '8001', password: 'phone-secret' }]);
    expect(client.getState().notices).toEqual([]);
  });

  it('a device that cannot be downloaded: unavailable, and fetched again at the next sign-in', async () => {
    const module = fakePhoneModule();
    module.failNext(1);
    const fake = createFakeTransport();
    const log: LogEntry[] = [];
    const client = createWinCallClient({ vccCode: 'demo', transport: fake.transport, loginDelay: 0, pageLifecycle: false, logger: (e) => log.push(e), phone: { attach: createPhoneHandle, load: module.load, wsUrl: 'ws://127.0.0.1:5066/ws' } });
    clients.push(client);
    const login = client.login({ agentNum: '1001', password: 'pw', extension: '8001' });
    await playSignIn(fake);
    await login;
    await until(() => client.phone?.getState().device === 'unavailable');
    expect(client.phone?.getState().failure?.code).toBe('DEVICE_UNAVAILABLE');
    expect(log.some((entry) => entry.level === 'warn' && /could not be loaded/.test(entry.message))).toBe(true);
    // The next sign-in fetches it again.
    const out = client.logout();
    await fake.waitForAction(1);
    fake.push(result(1));
    await out;
    const again = client.login({ agentNum: '1001', password: 'pw', extension: '8001' });
    await fake.waitForAction(100, 2);
    fake.push(INIT_OK);
    await fake.waitForAction(2, 2);
    fake.push(result(2));
    await again;
    await until(() => client.phone?.getState().registration === 'registered');
    expect(client.phone?.getState().device).toBe('ready');
  });
});

describe('the call', () => {
  it('a queue call rings in the browser: Answer picks it up; the CTI call ending hangs the leg up', async () => {
    const { client, fake, device } = await softphoneAgent();
    fake.push(ringQueue, agent(4));
    device.ring();
    expect(phoneCallView(client.getState(), client.phone!.getState())).toMatchObject({ ringing: true, canAnswer: true, answerBlocked: null });
    expect(device.calls).not.toContain('answer');
    await client.phone!.answer();
    expect(device.state.leg?.phase).toBe('connected');
    fake.push(phone(6));
    expect(phoneCallView(client.getState(), client.phone!.getState()).talking).toBe(true);
    fake.push(phone(0), agent(3));
    await until(() => device.state.leg === null);
    expect(device.calls.filter((c) => c === 'hangup')).toHaveLength(1);
  });

  it('Answer clicked before the SIP ring arrived waits for it', async () => {
    const { client, fake, device } = await softphoneAgent();
    fake.push(ringQueue, agent(4));
    const answering = client.phone!.answer();
    await Promise.resolve();
    device.ring();
    await answering;
    expect(device.state.leg?.phase).toBe('connected');
  });

  it('the agent’s own leg for a call they placed (and a monitor leg) is picked up by itself; a queue call is not (unless autoAnswer)', async () => {
    const { client, fake, device } = await softphoneAgent();
    const dial = client.dialOuter('13900139000');
    await fake.waitForAction(22);
    fake.push(result(22), { MT: 3, PhoSta: 5, RingType: 2, Called: '13900139000', CallId: 'o1' }, agent(4));
    await dial;
    device.ring('wintel');
    await until(() => device.state.leg?.phase === 'connected');
    const auto = await softphoneAgent({ autoAnswer: true });
    auto.fake.push(ringQueue, agent(4));
    auto.device.ring();
    await until(() => auto.device.state.leg?.phase === 'connected');
  });

  it('Decline is the wintel hang-up (the server decides what the ring becomes); offline, the browser turns the ring down itself', async () => {
    const { client, fake, device } = await softphoneAgent();
    fake.push(ringQueue, agent(4));
    device.ring();
    const declining = client.phone!.decline();
    await fake.waitForAction(23);
    fake.push(result(23), phone(0), agent(3));
    await declining;
    await until(() => device.state.leg === null);
    expect(device.calls).not.toContain('decline');

    fake.push({ ...ringQueue, CallId: 'c2' }, agent(4));
    device.ring();
    fake.setStatus('reconnecting');
    await client.phone!.decline();
    expect(device.calls).toContain('decline');
    expect(device.state.leg).toBeNull();
  });

  it('the call’s audio fails: the agent is told why, and the record’s end reason says the phone failed', async () => {
    await loadRecorder();
    const { client, fake, device } = await softphoneAgent();
    const records: unknown[] = [];
    client.on('callRecord', (event) => records.push(event.record));
    fake.push(ringQueue, agent(4));
    device.ring();
    await client.phone!.answer();
    fake.push(phone(6));
    device.endLeg('failed', 'ICE_FAILED');
    expect(client.getState().call?.phoneFailure).toBe('ICE_FAILED');
    // The PBX tells the CTI server; the call ends.
    fake.push(phone(0), agent(3));
    const notice = client.getState().notices.at(-1)!;
    expect(notice).toMatchObject({ kind: 'phoneFailed', during: 'call', code: 'ICE_FAILED', call: { callId: 'c1' } });
    expect(noticeText(notice, 'zh-CN')).toMatchObject({ title: '浏览器电话的通话失败', detail: '语音通路无法建立（网络或防火墙阻断）。' });
    await until(() => records.length === 1);
    expect(records[0]).toMatchObject({ endReason: 'phoneFailed', resultCode: 'ICE_FAILED' });
  });

  it('mute, devices and the microphone reach the device; its state shows in client.phone', async () => {
    const { client, fake, device } = await softphoneAgent();
    fake.push(ringQueue, agent(4));
    device.ring();
    await client.phone!.answer();
    client.phone!.setMuted(true);
    expect(client.phone!.getState().muted).toBe(true);
    device.set({ speakingWhileMuted: true });
    expect(phoneCallView(client.getState(), client.phone!.getState())).toMatchObject({ muted: true, speakingWhileMuted: true });
    await client.phone!.selectDevice('output', 'headset');
    expect(client.phone!.getState().devices.output).toBe('headset');
    expect(await client.phone!.requestMicrophone()).toBe('granted');
    expect(device.calls).toEqual(expect.arrayContaining(['mute true', 'select output headset', 'requestMicrophone']));
  });

  it('a microphone the browser refused blocks Answer, with the reason', async () => {
    const { client, fake, device } = await softphoneAgent();
    device.set({ microphone: 'denied' });
    fake.push(ringQueue, agent(4));
    device.ring();
    expect(phoneCallView(client.getState(), client.phone!.getState())).toMatchObject({ canAnswer: false, answerBlocked: 'microphoneDenied' });
  });

  it('asks before the page is left during a call, and not otherwise', async () => {
    const added: string[] = [];
    const removed: string[] = [];
    vi.stubGlobal('window', {
      addEventListener: (name: string) => added.push(name),
      removeEventListener: (name: string) => removed.push(name),
    });
    const { client, fake, device } = await softphoneAgent();
    expect(added).not.toContain('beforeunload');
    fake.push(ringQueue, agent(4));
    device.ring();
    await client.phone!.answer();
    expect(added.filter((n) => n === 'beforeunload')).toHaveLength(1);
    fake.push(phone(0), agent(3));
    await until(() => removed.includes('beforeunload'));
  });

  it('signing out unregisters; destroying the client releases the device', async () => {
    const { client, fake, device } = await softphoneAgent();
    const out = client.logout();
    await fake.waitForAction(1);
    fake.push(result(1));
    await out;
    expect(device.calls).toContain('unregister');
    client.destroy();
    expect(device.destroyed).toBe(true);
  });
});
