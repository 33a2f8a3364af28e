import { afterEach, describe, expect, it, vi } from 'vitest';
import { createWinCallClient, type SharedWinCallClient, type WinCallClient } from '../src';
import { createFakeTransport, INIT_OK, result, signedInClient } from './support/fakeTransport';
import { fakeBrowser } from './support/tabs';

const clients: { destroy(): void }[] = [];
afterEach(() => {
  for (const client of clients.splice(0)) client.destroy();
  vi.useRealTimers();
});

async function signedIn(options: Parameters<typeof signedInClient>[0] = {}) {
  const signed = await signedInClient(options);
  clients.push(signed.client);
  return signed;
}

describe('client.reconnect() ("Reconnect now")', () => {
  it('tries at once while the connection is lost, then signs the agent in again', async () => {
    const { fake, client } = await signedIn();
    fake.setStatus('reconnecting');
    client.reconnect();
    expect(fake.reconnects).toBe(1);

    fake.setStatus('connected');
    await fake.waitForAction(100, 2);
    fake.push(result(100, 1));
    await fake.waitForAction(2, 2);
    fake.push(result(2, 0));
    await fake.waitForAction(6);
    expect(client.getState()).toMatchObject({ connection: 'connected', agent: { status: 'idle' } });
  });

  it('does nothing while connected, after sign-out, or once destroyed', async () => {
    const { fake, client } = await signedIn();
    client.reconnect();
    expect(fake.reconnects).toBe(0);

    const logout = client.logout();
    await fake.waitForAction(1);
    fake.push(result(1, 0));
    await logout;
    expect(client.getState().connection).toBe('disconnected');
    client.reconnect();
    expect(fake.reconnects).toBe(0);

    client.destroy();
    expect(() => client.reconnect()).not.toThrow();
    expect(fake.reconnects).toBe(0);
  });

  it('does nothing for a client that never connected', () => {
    const fake = createFakeTransport();
    const client = createWinCallClient({ vccCode: 'demo', transport: fake.transport, pageLifecycle: false });
    clients.push(client);
    client.reconnect();
    expect(fake.reconnects).toBe(0);
    expect(fake.opened).toBe(0);
  });

  it('after a server network fault, signs in again at once instead of at the next recovery attempt, on the same socket', async () => {
    vi.useFakeTimers();
    const { fake, client } = await signedIn({ recoveryInterval: 60_000 });
    fake.push({ MT: 10, Code: 100 });
    expect(client.getState().connection).toBe('reconnecting');
    expect(fake.sent.filter((c) => c.Action === 100)).toHaveLength(1);

    client.reconnect();
    await fake.waitForAction(100, 2);
    expect(fake.reconnects).toBe(0);
    fake.push(INIT_OK);
    await fake.waitForAction(2, 2);
    fake.push(result(2, 0));
    await vi.waitFor(() => expect(client.getState().connection).toBe('connected'));
    // The recovery is over: its timer does not sign in a third time.
    await vi.advanceTimersByTimeAsync(60_000);
    expect(fake.sent.filter((c) => c.Action === 100)).toHaveLength(2);
  });
});

describe('the re-sign-in after the socket is back', () => {
  /** Agent 1001 signed in with the legacy 500 ms pause between INIT and LOGIN, on fake timers. */
  async function signedInWithPause() {
    vi.useFakeTimers();
    const fake = createFakeTransport();
    const client: WinCallClient = createWinCallClient({ vccCode: 'demo', transport: fake.transport, loginDelay: 500, pageLifecycle: false });
    clients.push(client);
    const login = client.login({ agentNum: '1001', password: 'pw', extension: '8001' });
    await fake.waitForAction(100);
    fake.push(INIT_OK);
    await vi.advanceTimersByTimeAsync(500);
    await fake.waitForAction(2);
    fake.push(result(2, 0));
    await login;
    return { fake, client };
  }

  const logins = (fake: ReturnType<typeof createFakeTransport>) => fake.sent.filter((c) => c.Action === 2).length;

  it('sends LOGIN at once when the server kept the session ("already initialised")', async () => {
    const { fake } = await signedInWithPause();
    fake.setStatus('reconnecting');
    fake.setStatus('connected');
    await fake.waitForAction(100, 2);
    fake.push(result(100, 1));
    // No timer has run: LOGIN followed INIT's answer without the pause.
    await fake.waitForAction(2, 2);
  });

  it('still pauses when the server lost the session and initialised a new one', async () => {
    const { fake } = await signedInWithPause();
    fake.setStatus('reconnecting');
    fake.setStatus('connected');
    await fake.waitForAction(100, 2);
    fake.push(INIT_OK);
    await vi.advanceTimersByTimeAsync(499);
    expect(logins(fake)).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    await fake.waitForAction(2, 2);
  });

  it('still pauses on a first sign-in, even one that takes over a session', async () => {
    vi.useFakeTimers();
    const fake = createFakeTransport();
    const client = createWinCallClient({ vccCode: 'demo', transport: fake.transport, loginDelay: 500, pageLifecycle: false });
    clients.push(client);
    const login = client.login({ agentNum: '1001', password: 'pw', extension: '8001', resume: true });
    await fake.waitForAction(100);
    fake.push(result(100, 1));
    await vi.advanceTimersByTimeAsync(499);
    expect(logins(fake)).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    await fake.waitForAction(2);
    fake.push(result(2, 0));
    await login;
  });
});

describe('"Reconnect now" in a tab that is not the leader', () => {
  const tabs: SharedWinCallClient[] = [];
  afterEach(() => {
    for (const tab of tabs.splice(0)) tab.destroy();
  });

  it('reaches the leader, whose socket is the one to reconnect', async () => {
    const { open, transports } = fakeBrowser(tabs);
    const leader = open();
    const follower = open();
    await vi.waitFor(() => expect(leader.role).toBe('leader'));
    expect(follower.role).toBe('follower');
    const login = follower.login({ agentNum: '1001', password: 'pw', extension: '8001' });
    await vi.waitFor(() => expect(transports[0]!.sent.some((c) => c.Action === 100)).toBe(true));
    transports[0]!.push(INIT_OK);
    await vi.waitFor(() => expect(transports[0]!.sent.some((c) => c.Action === 2)).toBe(true));
    transports[0]!.push(result(2, 0));
    await login;

    transports[0]!.setStatus('reconnecting');
    await vi.waitFor(() => expect(follower.getState().connection).toBe('reconnecting'));
    follower.reconnect();
    await vi.waitFor(() => expect(transports[0]!.reconnects).toBe(1));
    expect(transports).toHaveLength(1);
  });
});
