import { cleanup } from '@testing-library/react';
import { createWinCallClient, type WinCallClient } from '@wincall/core';
import { afterEach, inject } from 'vitest';
import { until } from '../../../core/__tests__/support/until';

export { until };

const clients: WinCallClient[] = [];

afterEach(async () => {
  cleanup();
  for (const client of clients.splice(0)) {
    if (client.getState().agent.status !== 'signedOut') await client.logout().catch(() => undefined);
    client.destroy();
  }
});

/** A real client against the project's simulator (127.0.0.1, instant timings). */
export function liveClient(): WinCallClient {
  const client = createWinCallClient({ vccCode: 'demo', serverUrl: inject('simUrl'), apiUrl: inject('simUrl'), loginDelay: 0, pageLifecycle: false });
  clients.push(client);
  return client;
}

export function keep<T extends WinCallClient>(client: T): T {
  clients.push(client);
  return client;
}

export async function control(path: string, body: unknown = {}): Promise<Record<string, unknown>> {
  const response = await fetch(`${inject('simUrl')}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const json = (await response.json()) as Record<string, unknown>;
  if (!response.ok) throw new Error(`${path}: ${response.status} ${JSON.stringify(json)}`);
  return json;
}

/** Signs the seed's agent 1001 in on `client`; a customer (13912345678) calls queue 6250 and the desk phone 8001 answers. */
export async function signInAndAnswer(client: WinCallClient): Promise<void> {
  await client.login({ agentNum: '1001', password: '1234', extension: '8001' });
  await control('/sim/calls', { caller: '13912345678', queueId: 6250 });
  await until(client, (s) => s.call?.phase === 'ringing');
  await control('/sim/phones/8001/answer');
  await until(client, (s) => s.call?.phase === 'connected');
}
