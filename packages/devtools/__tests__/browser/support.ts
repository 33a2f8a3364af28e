import { cleanup } from '@testing-library/react';
import { createWinCallClient, type WinCallClient, type WinCallState } from '@wincall/core';
import { afterEach, inject } from 'vitest';

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

/** Waits (bounded) until the client's state satisfies `predicate`. */
export function until(client: WinCallClient, predicate: (s: WinCallState) => boolean, timeoutMs = 10_000): Promise<WinCallState> {
  return new Promise((resolve, reject) => {
    if (predicate(client.getState())) return resolve(client.getState());
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`state never matched; last: ${JSON.stringify(client.getState())}`));
    }, timeoutMs);
    const stop = client.store.subscribe((state) => {
      if (!predicate(state)) return;
      clearTimeout(timer);
      stop();
      resolve(state);
    });
  });
}
