import { afterEach, describe, expect, it, vi } from 'vitest';
import { createWinCallClient, WinCallError, type WinCallClient, type LogEntry } from '../src';
import { createFakeTransport, playSignIn, result, INIT_OK } from './support/fakeTransport';

let client: WinCallClient | undefined;
afterEach(() => {
  client?.destroy();
  client = undefined;
  vi.useRealTimers();
});

function setup(extra: { logger?: (e: LogEntry) => void; autoConnect?: boolean } = {}) {
  const fake = createFakeTransport({ autoConnect: extra.autoConnect ?? true });
  client = createWinCallClient({
    vccCode: 'demo',
    transport: fake.transport,
    loginDelay: 0,
    ...(extra.logger ? { logger: extra.logger } : {}),
  });
  return { fake, client };
}

async function signIn(fake: ReturnType<typeof createFakeTransport>, c: WinCallClient, initialStatus: 'idle' | 'busy' = 'idle') {
  const login = c.login({ agentNum: '1001', password: 'secret-pw', extension: '8001', initialStatus });
  await playSignIn(fake);
  return login;
}

describe('sign-in', () => {
  it('sends INIT with the exact wire fields, then LOGIN with the initial state', async () => {
    const { fake, client } = setup();
    const states: string[] = [];
    client.on('agentStatusChanged', (e) => states.push(e.status));
    await signIn(fake, client, 'busy');
    expect(fake.sent[0]).toEqual({ Action: 100, VccCode: 'demo', AgNum: '1001', AgPass: 'secret-pw', AgPhoneNum: '8001' });
    expect(fake.sent[1]).toEqual({ Action: 2, State: 2 });
    expect(states).toEqual(['signingIn', 'busy']);
    expect(client.getState().agent).toMatchObject({
      status: 'busy',
      busyReasonId: 1,
      agentNum: '1001',
      extension: '8001',
      queues: [6250, 6251],
      callers: ['58452440', '58452441'],
    });
    expect(client.getState().availableActions).toContain('unbusy');
  });

  it('never keeps or logs the password or the phone password', async () => {
    const logs: LogEntry[] = [];
    const { fake, client } = setup({ logger: (e) => logs.push(e) });
    const seen: unknown[] = [];
    client.on('stateChanged', (e) => seen.push(e.current));
    await signIn(fake, client);
    const everything = JSON.stringify([client.getState(), logs, seen]);
    expect(everything).not.toContain('secret-pw');
    expect(everything).not.toContain('phone-secret');
    expect(logs.some((l) => l.message === 'sent')).toBe(true);
  });

  it('fails with the catalog text on a wrong password and goes back to signed out', async () => {
    const { fake, client } = setup();
    const login = client.login({ agentNum: '1001', password: 'nope', extension: '8001' });
    await fake.waitForAction(100);
    fake.push(result(100, 806));
    const error = await login.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WinCallError);
    expect(error).toMatchObject({ code: '001806', reason: 'rejected', action: 'login', messageZh: '坐席密码错误', message: 'wrong agent password' });
    expect(client.getState().agent.status).toBe('signedOut');
    expect(client.getState().lastError?.code).toBe('001806');
    expect(fake.sent.filter((c) => c.Action === 2)).toHaveLength(0);
  });

  it('releases the session when INIT succeeded but LOGIN failed', async () => {
    const { fake, client } = setup();
    const login = client.login({ agentNum: '1001', password: 'pw', extension: '8001' });
    await fake.waitForAction(100);
    fake.push(INIT_OK);
    await fake.waitForAction(2);
    fake.push(result(2, 2));
    await expect(login).rejects.toMatchObject({ code: '003001' });
    expect(fake.sent.at(-1)).toEqual({ Action: 1 });
  });

  it('rejects missing sign-in fields locally with 001100, sending nothing', async () => {
    const { fake, client } = setup();
    await expect(client.login({ agentNum: '1001', password: '', extension: '8001' })).rejects.toMatchObject({
      code: '001100',
      reason: 'invalidInput',
    });
    expect(fake.opened).toBe(0);
  });

  it('reports an unreachable server and stops retrying', async () => {
    vi.useFakeTimers();
    const { fake, client } = setup({ autoConnect: false });
    const login = client.login({ agentNum: '1001', password: 'pw', extension: '8001' }).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(await login).toMatchObject({ code: '10012', reason: 'connectFailed', messageZh: '无法连接到服务器' });
    expect(fake.transport.status).toBe('disconnected');
    expect(client.getState().agent.status).toBe('signedOut');
  });

  it('cannot sign in twice at once', async () => {
    const { fake, client } = setup();
    const first = client.login({ agentNum: '1001', password: 'pw', extension: '8001' });
    await expect(client.login({ agentNum: '1001', password: 'pw', extension: '8001' })).rejects.toMatchObject({ code: 'NOT_AVAILABLE' });
    await fake.waitForAction(100);
    fake.push(INIT_OK);
    await fake.waitForAction(2);
    fake.push(result(2, 0));
    await first;
    expect(fake.sent.filter((c) => c.Action === 100)).toHaveLength(1);
  });
});

describe('commands', () => {
  it('resolves only when the server confirms, and shows the pending state meanwhile', async () => {
    const { fake, client } = setup();
    await signIn(fake, client);
    const busy = client.busy(101);
    expect(client.getState().pending).toMatchObject({ command: 'busy', reasonId: 101 });
    expect(client.getState().availableActions).toEqual([]);
    expect(fake.sent.at(-1)).toEqual({ Action: 4, Reason: 101 });
    fake.push(result(4, 0));
    await expect(busy).resolves.toMatchObject({ code: '005000' });
    expect(client.getState().agent).toMatchObject({ status: 'busy', busyReasonId: 101 });
    expect(client.getState().pending).toBeNull();
  });

  it('refuses a double click: the second command is rejected locally and not sent', async () => {
    const { fake, client } = setup();
    await signIn(fake, client);
    const first = client.busy(100);
    await expect(client.busy(100)).rejects.toMatchObject({ code: 'NOT_AVAILABLE', reason: 'unavailable' });
    expect(fake.sent.filter((c) => c.Action === 4)).toHaveLength(1);
    fake.push(result(4, 0));
    await first;
  });

  it('guards commands that are not available now without sending anything', async () => {
    const { fake, client } = setup();
    await signIn(fake, client);
    const before = fake.sent.length;
    await expect(client.hold()).rejects.toMatchObject({ code: 'NOT_AVAILABLE', action: 'hold' });
    await expect(client.transfer()).rejects.toMatchObject({ code: 'NOT_AVAILABLE' });
    expect(fake.sent.length).toBe(before);
    expect(client.unavailableReason('hold')).toBe('noCall');
  });

  it('rejects a server failure with the catalog text', async () => {
    const { fake, client } = setup();
    await signIn(fake, client);
    const busy = client.busy();
    fake.push(result(4, 4));
    await expect(busy).rejects.toMatchObject({ code: '005004', reason: 'rejected', ret: 4, messageZh: '不允许置忙' });
    expect(client.getState().agent.status).toBe('idle');
  });

  it('lets a UI dismiss the last error', async () => {
    const { fake, client } = setup();
    await signIn(fake, client);
    const busy = client.busy();
    fake.push(result(4, 4));
    await busy.catch(() => undefined);
    expect(client.getState().lastError?.code).toBe('005004');
    client.clearError();
    expect(client.getState().lastError).toBeNull();
  });

  it('times out after 10 s and lets the agent try again', async () => {
    vi.useFakeTimers();
    const { fake, client } = setup();
    const login = signIn(fake, client);
    await vi.advanceTimersByTimeAsync(0);
    await login;
    const busy = client.busy().catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(9_999);
    expect(client.getState().pending).not.toBeNull();
    await vi.advanceTimersByTimeAsync(1);
    expect(await busy).toMatchObject({ code: 'TIMEOUT', reason: 'timeout', action: 'busy' });
    expect(client.getState().pending).toBeNull();
    expect(client.getState().availableActions).toContain('busy');
    // A late answer still tells the truth about the agent.
    fake.push(result(4, 0));
    expect(client.getState().agent.status).toBe('busy');
  });

  it('never queues commands while offline', async () => {
    const { fake, client } = setup();
    await signIn(fake, client);
    fake.setStatus('reconnecting');
    const before = fake.sent.length;
    await expect(client.busy()).rejects.toMatchObject({ code: 'NOT_AVAILABLE' });
    fake.setStatus('connected');
    expect(fake.sent.slice(before).filter((c) => c.Action === 4)).toHaveLength(0);
  });

  it('fails an in-flight command when the connection drops', async () => {
    const { fake, client } = setup();
    await signIn(fake, client);
    const busy = client.busy();
    fake.setStatus('reconnecting');
    await expect(busy).rejects.toMatchObject({ code: 'DISCONNECTED', reason: 'disconnected', action: 'busy' });
    expect(client.getState().connection).toBe('reconnecting');
  });

  it('validates numbers locally with the legacy codes', async () => {
    const { fake, client } = setup();
    await signIn(fake, client);
    const before = fake.sent.length;
    await expect(client.dialOuter('')).rejects.toMatchObject({ code: '022505', messageZh: '外呼号码为空' });
    await expect(client.dialOuter('12ab')).rejects.toMatchObject({ code: '022506' });
    await expect(client.dialOuter('13800138000', { caller: 'x1' })).rejects.toMatchObject({ code: '022507' });
    await expect(client.dialInner(-1)).rejects.toBeInstanceOf(RangeError);
    expect(fake.sent.length).toBe(before);
  });

  it('dials out with the cleaned number, the default caller and the queue', async () => {
    const { fake, client } = setup();
    await signIn(fake, client);
    const dial = client.dialOuter('+86 138-0013-8000', { queueId: 6250 });
    expect(await fake.waitForAction(22)).toEqual({
      Action: 22,
      Called: '8613800138000',
      CallerID: '58452440',
      GroupID: 6250,
      OutChan: 0,
      ProID: 0,
      TaskID: 0,
    });
    fake.push(result(22, 0), { MT: 3, PhoSta: 5, RingType: 2, OAgId: 0, CallId: 'x9' });
    await dial;
    expect(client.getState().call).toMatchObject({ phase: 'ringing', kind: 'outbound' });
  });

  it('leaves after-call work before dialling, like the legacy client', async () => {
    const { fake, client } = setup();
    await signIn(fake, client);
    fake.push({ MT: 4, AgSta: 5, AgStaParam: 15 });
    const dial = client.dialInner(2);
    await fake.waitForAction(5);
    fake.push(result(5, 0));
    await fake.waitForAction(21);
    expect(fake.sent.at(-1)).toEqual({ Action: 21, AgID: 2, CallerID: '58452440' });
    fake.push(result(21, 0));
    await dial;
  });

  it('logs out and closes the connection', async () => {
    const { fake, client } = setup();
    await signIn(fake, client);
    const logout = client.logout();
    fake.push(result(1, 0));
    await logout;
    expect(client.getState().agent.status).toBe('signedOut');
    expect(client.getState().connection).toBe('disconnected');
    expect(client.getState().availableActions).toEqual(['login']);
  });
});

describe('server messages', () => {
  it('answers every heartbeat with KEEP', async () => {
    const { fake, client } = setup();
    await signIn(fake, client);
    fake.push({ MT: 2 });
    fake.push({ MT: 2 });
    expect(fake.sent.filter((c) => c.Action === 7)).toEqual([{ Action: 7 }, { Action: 7 }]);
  });

  it('reports bad frames as protocol errors and goes on with the good ones', async () => {
    const { fake, client } = setup();
    await signIn(fake, client);
    const errors: string[] = [];
    client.on('protocolError', (e) => errors.push(e.error.kind));
    fake.raw('{"MT":3,"PhoSta":5,"RingType":1,"OAgId":0,"Caller":"13800138000"}\r\n{oops}\r\n{"MT":4,"AgSta":4}');
    fake.raw(12345);
    fake.push({ MT: 3, PhoSta: 99 });
    expect(errors).toEqual(['invalidJson', 'notText', 'unknownValue']);
    expect(client.getState().call).toMatchObject({ phase: 'ringing', kind: 'queue', params: { Caller: '13800138000' } });
    expect(client.getState().agent.status).toBe('occupied');
  });

  it('emits call events with previous and current state and a timestamp', async () => {
    const { fake, client } = setup();
    await signIn(fake, client);
    const events: string[] = [];
    client.on('incomingCall', (e) => {
      events.push(`incoming:${e.call.kind}:${e.call.params.Caller}`);
      expect(e.previous.call).toBeNull();
      expect(e.current.call?.phase).toBe('ringing');
      expect(typeof e.at).toBe('number');
    });
    client.on('callConnected', () => events.push('connected'));
    client.on('callEnded', (e) => events.push(`ended:${e.call.params.CallId}`));
    fake.push({ MT: 3, PhoSta: 5, RingType: 1, OAgId: 0, Caller: '139', CallId: 'c7' }, { MT: 4, AgSta: 4 });
    fake.push({ MT: 3, PhoSta: 6, CallId: 'c7' });
    expect(client.getParam('Caller')).toBe('139');
    fake.push({ MT: 3, PhoSta: 0, CallId: 'c7' });
    expect(events).toEqual(['incoming:queue:139', 'connected', 'ended:c7']);
    expect(client.getParam('Caller')).toBeUndefined();
  });

  it('keeps going when an event handler throws', async () => {
    const { fake, client } = setup();
    await signIn(fake, client);
    const errorSpy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    let second = 0;
    client.on('incomingCall', () => {
      throw new Error('host page bug');
    });
    client.on('incomingCall', () => second++);
    fake.push({ MT: 3, PhoSta: 5, RingType: 1, OAgId: 0 });
    expect(second).toBe(1);
    expect(client.getState().call?.phase).toBe('ringing');
    expect(errorSpy).toHaveBeenCalled();
    errorSpy.mockRestore();
  });

  it('obeys a supervisor: forced busy sends BUSY 1, forced idle sends UNBUSY', async () => {
    const { fake, client } = setup();
    await signIn(fake, client);
    const orders: string[] = [];
    client.on('serverOrder', (e) => orders.push(e.order));
    fake.push({ MT: 10, Code: 6 });
    expect(fake.sent.at(-1)).toEqual({ Action: 4, Reason: 1 });
    fake.push(result(4, 0));
    expect(client.getState().agent).toMatchObject({ status: 'busy', busyReasonId: 1 });
    fake.push({ MT: 10, Code: 5 });
    expect(fake.sent.at(-1)).toEqual({ Action: 5 });
    fake.push(result(5, 0));
    expect(client.getState().agent.status).toBe('idle');
    expect(orders).toEqual(['forcedBusy', 'forcedIdle']);
  });

  it('stays signed out after a forced sign-out', async () => {
    const { fake, client } = setup();
    await signIn(fake, client);
    const signedOut: boolean[] = [];
    client.on('signedOut', (e) => signedOut.push(e.forced));
    fake.push({ MT: 10, Code: 4 });
    expect(signedOut).toEqual([true]);
    expect(client.getState().agent.status).toBe('signedOut');
    expect(fake.transport.status).toBe('disconnected');
  });

  it('re-authenticates after the connection comes back, treating "already initialised" as resume', async () => {
    const { fake, client } = setup();
    await signIn(fake, client, 'busy');
    fake.setStatus('reconnecting');
    const since = client.getState().agent.since;
    fake.setStatus('connected');
    const init = await fake.waitForAction(100, 2);
    expect(init).toMatchObject({ AgNum: '1001', AgPass: 'secret-pw' });
    fake.push(result(100, 1));
    expect(await fake.waitForAction(2, 2)).toEqual({ Action: 2, State: 2 });
    fake.push(result(2, 1));
    await fake.waitForAction(6);
    expect(client.getState().agent).toMatchObject({ status: 'busy', since });
  });
});

describe('destroy', () => {
  it('rejects pending commands, clears every timer and listener, and refuses new commands', async () => {
    vi.useFakeTimers();
    const { fake, client } = setup();
    const login = signIn(fake, client);
    await vi.advanceTimersByTimeAsync(0);
    await login;
    const busy = client.busy().catch((e: unknown) => e);
    expect(vi.getTimerCount()).toBeGreaterThan(0);
    client.destroy();
    expect(await busy).toMatchObject({ code: 'DESTROYED' });
    expect(vi.getTimerCount()).toBe(0);
    expect(fake.listenerCount).toBe(0);
    expect(fake.transport.status).toBe('disconnected');
    await expect(client.unbusy()).rejects.toMatchObject({ code: 'DESTROYED' });
    expect(client.destroyed).toBe(true);
  });
});
