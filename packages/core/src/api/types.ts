/** An idle agent (`/agent/free`): who can be called or consulted. */
export interface FreeAgent {
  id: number;
  agentNum: string;
  name: string;
  extension: string;
}

/** An agent on a call (`/agent/ontheline`): who can be monitored. */
export interface OnlineAgent {
  id: number;
  extension: string;
  /** Time in the current state as the server formats it, `H:MM:SS`. */
  time: string;
  /** The same in seconds (`null` when the server's text is not `H:MM:SS`). */
  seconds: number | null;
}

export interface Queue {
  id: number;
  name: string;
}

export interface BusyReason {
  id: number;
  name: string;
  tenantId: number | null;
  /** The agent state the reason applies to (1 = busy). */
  agentStatus: number | null;
}

export interface ConfigApi {
  freeAgents(signal?: AbortSignal): Promise<FreeAgent[]>;
  onlineAgents(signal?: AbortSignal): Promise<OnlineAgent[]>;
  queues(signal?: AbortSignal): Promise<Queue[]>;
  busyReasons(signal?: AbortSignal): Promise<BusyReason[]>;
}

export interface ConfigApiOptions {
  /** `wintelapi_url`, e.g. `http://manage3.icsoc.net`. */
  apiUrl: string;
  vccCode: string;
  /** Use JSONP instead of fetch (servers without CORS). Browser only. Off by default. */
  jsonp?: boolean;
  fetch?: typeof fetch;
  /** Per-request timeout in ms, default 10 000. */
  timeout?: number;
}
