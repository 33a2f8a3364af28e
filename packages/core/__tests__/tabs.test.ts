import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SharedWinCallClient, VaultRecord } from '../src';
import { result, INIT_OK, type createFakeTransport } from './support/fakeTransport';
import { fakeBrowser } from './support/tabs';

const tabs: SharedWinCallClient[] = [];
afterEach(() => {
  for (const tab of tabs.splice(0)) tab.destroy();
});

/** A browser with several tabs of one agent (support/tabs.ts). */
function browser(vault: Map<string, VaultRecord> | null = null, channelName = `test-${Math.random()}`) {
  return fakeBrowser(tabs, { vault, channelName });
}

async function serveSignIn(fake: ReturnType<typeof createFakeTransport>, resume = false) {
  await vi.waitFor(() => expect(fake.sent.some((c) => c.Action === 100)).toBe(true));
  fake.push(resume ? result(100, 1) : INIT_OK);
  await vi.waitFor(() => expect(fake.sent.some((c) => c.Action === 2)).toBe(true));
  fake.push(result(2, resume ? 1 : 0));
}

describe('several tabs of one agent', () => {
  it('elect one leader that holds the only connection; the others mirror it and forward commands', async () => {
    const { open, transports } = browser();
    const a = open();
    const b = open();
    await vi.waitFor(() => expect(a.role).toBe('leader'));
    expect(b.role).toBe('follower');

    const login = b.login({ agentNum: '1001', password: 'pw', extension: '8001' });
    await serveSignIn(transports[0]!);
    await login;
    await vi.waitFor(() => expect(b.getState().agent.status).toBe('idle'));
    expect(transports).toHaveLength(1);

    const rings: string[] = [];
    b.on('incomingCall', (e) => rings.push(e.call.params.Caller ?? ''));
    transports[0]!.push({ MT: 3, PhoSta: 5, RingType: 1, OAgId: 0, Caller: '13800138000', CallId: 'c1' });
    await vi.waitFor(() => expect(rings).toEqual(['13800138000']));
    expect(b.getParam('CallId')).toBe('c1');

    const hangup = b.hangup();
    await vi.waitFor(() => expect(transports[0]!.sent.at(-1)).toEqual({ Action: 23 }));
    transports[0]!.push(result(23, 0), { MT: 3, PhoSta: 0 });
    await expect(hangup).resolves.toMatchObject({ code: '023000' });
    await vi.waitFor(() => expect(b.getState().call).toBeNull());
  });

  it('report a follower command failure as the same typed error', async () => {
    const { open, transports } = browser();
    const a = open();
    const b = open();
    await vi.waitFor(() => expect(a.role).toBe('leader'));
    const login = b.login({ agentNum: '1001', password: 'bad', extension: '8001' });
    await vi.waitFor(() => expect(transports[0]?.sent.some((c) => c.Action === 100)).toBe(true));
    transports[0]!.push(result(100, 806));
    await expect(login).rejects.toMatchObject({ name: 'WinCallError', code: '001806', messageZh: '坐席密码错误' });
  });

  it('hand the session over when the leader closes, keeping the time in state', async () => {
    const { open, transports } = browser();
    const a = open();
    const b = open();
    await vi.waitFor(() => expect(a.role).toBe('leader'));
    const login = a.login({ agentNum: '1001', password: 'pw', extension: '8001', initialStatus: 'busy' });
    await serveSignIn(transports[0]!);
    await login;
    await vi.waitFor(() => expect(b.getState().agent.status).toBe('busy'));
    const since = b.getState().agent.since;

    a.destroy();
    await vi.waitFor(() => expect(b.role).toBe('leader'));
    expect(b.getState().connection).toBe('reconnecting');
    const next = transports[1]!;
    await vi.waitFor(() => expect(next.sent[0]).toMatchObject({ Action: 100, AgNum: '1001', AgPass: 'pw', AgPhoneNum: '8001' }));
    await serveSignIn(next, true);
    await vi.waitFor(() => expect(next.sent.some((c) => c.Action === 6)).toBe(true));
    await vi.waitFor(() => expect(b.getState()).toMatchObject({ connection: 'connected', agent: { status: 'busy', since } }));
    // The server does not repeat queues and caller numbers on a resume: they are carried over.
    expect(b.getState().agent).toMatchObject({ queues: [6250, 6251], callers: ['58452440', '58452441'] });
    expect(next.sent.find((c) => c.Action === 2)).toEqual({ Action: 2, State: 2 });
  });

  it('forget the secret on sign-out so nobody resumes it', async () => {
    const vault = new Map<string, VaultRecord>();
    const { open, transports } = browser(vault);
    const a = open();
    await vi.waitFor(() => expect(a.role).toBe('leader'));
    const login = a.login({ agentNum: '1001', password: 'pw', extension: '8001' });
    await serveSignIn(transports[0]!);
    await login;
    expect([...vault.values()]).toEqual([
      { agentNum: '1001', password: 'pw', extension: '8001', status: 'idle', queues: [6250, 6251], callers: ['58452440', '58452441'] },
    ]);
    const logout = a.logout();
    transports[0]!.push(result(1, 0));
    await logout;
    await vi.waitFor(() => expect(vault.size).toBe(0));
  });

  it('resume after a reload from the vault, without asking for the password', async () => {
    const vault = new Map<string, VaultRecord>();
    const first = browser(vault, 'reload-test');
    const before = first.open();
    await vi.waitFor(() => expect(before.role).toBe('leader'));
    const login = before.login({ agentNum: '1001', password: 'pw', extension: '8001' });
    await serveSignIn(first.transports[0]!);
    await login;
    before.destroy(); // the page unloads

    const reloaded = browser(vault, 'reload-test');
    const after = reloaded.open();
    await vi.waitFor(() => expect(reloaded.transports).toHaveLength(1));
    await serveSignIn(reloaded.transports[0]!, true);
    await vi.waitFor(() => expect(after.getState().agent.status).toBe('idle'));
    expect(after.getState().agent.callers).toEqual(['58452440', '58452441']);
  });
});
