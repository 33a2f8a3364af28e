import type { Snapshot } from '@wincall/simulator/model';

export type { Snapshot, AgentSnapshot, CallSnapshot } from '@wincall/simulator/model';

/** The bundled simulator's control API (`/sim/…`, CORS on): the rest of the call center. */
export interface ControlApi {
  state(): Promise<Snapshot>;
  placeCall(input: { caller: string; queueId?: number; agentNum?: string }): Promise<{ callId: string }>;
  customerHangup(callId: string): Promise<unknown>;
  phoneAnswer(extension: string): Promise<unknown>;
  phoneHangup(extension: string): Promise<unknown>;
  force(agentNum: string, state: 'busy' | 'idle' | 'logout'): Promise<unknown>;
  fault(kind: 'network' | 'drop-sockets'): Promise<unknown>;
}

export function createControlApi(baseUrl: string, tenant: string): ControlApi {
  async function request<T>(method: 'GET' | 'POST', path: string, body?: object): Promise<T> {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      ...(method === 'POST' ? { headers: { 'content-type': 'application/json' }, body: JSON.stringify({ tenant, ...body }) } : {}),
    });
    const data = (await response.json().catch(() => null)) as { error?: unknown } | null;
    if (!response.ok) throw new Error(typeof data?.error === 'string' ? data.error : `HTTP ${response.status}`);
    return data as T;
  }
  const segment = encodeURIComponent;
  return {
    state: () => request('GET', '/sim/state'),
    placeCall: (input) => request('POST', '/sim/calls', input),
    customerHangup: (callId) => request('POST', `/sim/calls/${segment(callId)}/hangup`),
    phoneAnswer: (extension) => request('POST', `/sim/phones/${segment(extension)}/answer`),
    phoneHangup: (extension) => request('POST', `/sim/phones/${segment(extension)}/hangup`),
    force: (agentNum, state) => request('POST', `/sim/agents/${segment(agentNum)}/force`, { state }),
    fault: (kind) => request('POST', '/sim/fault', { kind }),
  };
}
