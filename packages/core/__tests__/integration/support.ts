import { startSimulator, type RunningSimulator } from '@wincall/simulator';
import { createWinCallClient, type WinCallClient, type WinCallClientOptions } from '../../src';
import { until } from '../support/until';

export { until };

type Timings = Parameters<typeof startSimulator>[0] extends infer O ? (O extends { timings?: infer T } ? T : never) : never;

/** A real simulator on 127.0.0.1 and the clients a test signs in; `close()` ends them all. */
export async function world(timings: Timings = 'instant', network: { latency?: number; jitter?: number } = {}) {
  const sim: RunningSimulator = await startSimulator({ port: 0, timings, ...network });
  const clients: WinCallClient[] = [];
  const client = (extra: Partial<WinCallClientOptions> = {}) => {
    const c = createWinCallClient({ serverUrl: sim.url, vccCode: 'demo', apiUrl: sim.url, loginDelay: 0, pageLifecycle: false, ...extra });
    clients.push(c);
    return c;
  };
  const agent = async (agentNum: string, initialStatus: 'idle' | 'busy' = 'idle', extra: Partial<WinCallClientOptions> = {}) => {
    const c = client(extra);
    await c.login({ agentNum, password: '1234', extension: `8${agentNum.slice(1)}`, initialStatus });
    return c;
  };
  return {
    sim,
    client,
    agent,
    async close() {
      for (const c of clients) c.destroy();
      await sim.close();
    },
  };
}

export function must<T extends object>(outcome: { ok: true } & T | { ok: false; error: string }): T {
  if (!outcome.ok) throw new Error(`simulator refused: ${outcome.error}`);
  return outcome;
}

/**
 * A simulator that a test can kill and start again on the same port (a server restart: every
 * session lost), and agent 1001 signed in on it with fast reconnects. `close()` ends both.
 */
export async function restartableWorld(network: { latency?: number } = {}) {
  let sim: RunningSimulator = await startSimulator({ port: 0, timings: 'instant', ...network });
  const port = sim.port;
  const client = createWinCallClient({
    serverUrl: sim.url,
    vccCode: 'demo',
    loginDelay: 0,
    pageLifecycle: false,
    reconnection: { delay: 200, delayMax: 1_000 },
  });
  await client.login({ agentNum: '1001', password: '1234', extension: '8001' });
  return {
    client,
    get sim() {
      return sim;
    },
    /** Kills the server, waits for the client to notice, and starts a new one on the same port. */
    async restart() {
      await sim.close();
      await until(client, (s) => s.connection === 'reconnecting');
      sim = await startSimulator({ port, timings: 'instant', ...network });
    },
    async close() {
      client.destroy();
      await sim.close();
    },
  };
}
