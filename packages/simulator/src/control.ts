import type { AgentSnapshot, Snapshot } from './model';

/**
 * A typed client of the simulator's control API (`/sim/*`, see the README), for end-to-end tests
 * and tools: place calls, read the whole state, reset. `baseUrl` is the simulator's URL, or a
 * function returning it (read at every call, e.g. from Vitest's `inject`). Uses `fetch` only.
 */
export function simControl(baseUrl: string | (() => string)) {
  const url = (path: string) => `${typeof baseUrl === 'function' ? baseUrl() : baseUrl}${path}`;
  const control = {
    async post<T = unknown>(path: string, body: object = {}): Promise<T> {
      const response = await fetch(url(path), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      if (!response.ok) throw new Error(`POST ${path}: ${response.status} ${await response.text()}`);
      return (await response.json()) as T;
    },
    async state(): Promise<Snapshot> {
      const response = await fetch(url('/sim/state'));
      if (!response.ok) throw new Error(`GET /sim/state: ${response.status}`);
      return (await response.json()) as Snapshot;
    },
    /** One agent of a tenant (the seed's `demo` unless told). */
    async agent(agentNum: string, tenant = 'demo'): Promise<AgentSnapshot | undefined> {
      return (await control.state()).agents.find((a) => a.agentNum === agentNum && a.tenant === tenant);
    },
    placeCall(input: { caller: string; queueId?: number; agentNum?: string }): Promise<{ callId: string }> {
      return control.post('/sim/calls', input);
    },
    reset: () => control.post('/sim/reset'),
  };
  return control;
}

export type SimControl = ReturnType<typeof simControl>;
