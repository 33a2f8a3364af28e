import { createWinCallClient, type WinCallClient, type WinCallClientOptions } from '../../src';
import type { Transport, TransportListener, TransportStatus } from '../../src/transport/types';
import type { WireCommand } from '../../src/protocol/commands';

/**
 * A scripted transport for unit tests: records what the client sends and lets the test play the
 * server. Integration tests use the real simulator instead.
 */
export function createFakeTransport(options: { autoConnect?: boolean } = {}) {
  const listeners = new Set<TransportListener>();
  const sent: WireCommand[] = [];
  let status: TransportStatus | 'idle' = 'idle';
  let opened = 0;
  let reconnects = 0;
  const setStatus = (next: TransportStatus) => {
    status = next;
    for (const l of [...listeners]) l.status(next);
  };
  const transport: Transport = {
    get status() {
      return status;
    },
    open() {
      opened++;
      if (status === 'connected' || status === 'connecting') return;
      setStatus('connecting');
      if (options.autoConnect !== false) queueMicrotask(() => setStatus('connected'));
    },
    close() {
      if (status !== 'disconnected') setStatus('disconnected');
    },
    reconnect() {
      reconnects++;
      setStatus('reconnecting');
    },
    send(command) {
      if (status !== 'connected') return false;
      sent.push(command);
      return true;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return {
    transport,
    sent,
    get opened() {
      return opened;
    },
    get reconnects() {
      return reconnects;
    },
    get listenerCount() {
      return listeners.size;
    },
    /** The server sends one frame (objects are joined with \r\n like a real server). */
    push(...messages: (object | string)[]) {
      const payload = messages.map((m) => (typeof m === 'string' ? m : JSON.stringify(m))).join('\r\n');
      for (const l of [...listeners]) l.frame(payload);
    },
    raw(payload: unknown) {
      for (const l of [...listeners]) l.frame(payload);
    },
    setStatus,
    /** Resolves once the client has sent a command with this Action. */
    async waitForAction(action: number, count = 1): Promise<WireCommand> {
      // Microtask turns only, so tests with fake timers can use it too.
      for (let i = 0; i < 1000; i++) {
        const matches = sent.filter((c) => c.Action === action);
        if (matches.length >= count) return matches[count - 1]!;
        await Promise.resolve();
      }
      throw new Error(`client never sent Action ${action}; sent: ${JSON.stringify(sent.map((c) => c.Action))}`);
    },
  };
}

export const result = (retact: number, ret = 0, retmsg = '') => ({ MT: 1, Retact: retact, Ret: ret, Retmsg: retmsg });
export const INIT_OK = result(100, 0, JSON.stringify([[6250, 6251], ['58452440', '58452441'], 'phone-secret']));

type FakeTransport = ReturnType<typeof createFakeTransport>;

/** Plays the server's side of a successful sign-in: answers INIT, then LOGIN. */
export async function playSignIn(fake: FakeTransport): Promise<void> {
  await fake.waitForAction(100);
  fake.push(INIT_OK);
  await fake.waitForAction(2);
  fake.push(result(2, 0));
}

/**
 * "Given agent 1001 signed in": a client on a fake server, past INIT and LOGIN. `created` runs
 * before the sign-in (listeners that must see it), `resume` signs in as a reload does.
 */
export async function signedInClient(
  options: Partial<WinCallClientOptions> = {},
  signIn: { resume?: boolean; created?: (client: WinCallClient) => void } = {},
): Promise<{ fake: FakeTransport; client: WinCallClient }> {
  const fake = createFakeTransport();
  const client = createWinCallClient({ vccCode: 'demo', transport: fake.transport, loginDelay: 0, pageLifecycle: false, ...options });
  signIn.created?.(client);
  const login = client.login({ agentNum: '1001', password: 'pw', extension: '8001', ...(signIn.resume ? { resume: true } : {}) });
  await playSignIn(fake);
  await login;
  return { fake, client };
}
