/**
 * Where the demo connects. Read at run time, first match wins (see apps/demo/README.md):
 * 1. the page's query string: `?server=…&api=…&tenant=…&simulator=0|1&sipWs=…&sipDomain=…` (any
 *    built copy of the demo can be pointed at another server without a rebuild);
 * 2. the `VITE_WINCALL_*` variables (`pnpm demo` sets them from `WINCALL_*` when it starts);
 * 3. the bundled simulator on http://127.0.0.1:6050.
 */
export interface DemoConfig {
  /** socket.io URL of the wintel server. */
  serverUrl: string;
  /** Base URL of the config HTTP API. */
  apiUrl: string;
  /** Tenant code (`vcc_code`). */
  tenant: string;
  /** Running against the bundled simulator: its control API lives at `serverUrl`. */
  simulator: boolean;
  /**
   * The browser phone's SIP server (the agent's extension registers there), or `null` for a desk
   * phone. `pnpm demo --phone softphone` sets it to the simulator's own rig.
   */
  phone: { wsUrl: string; domain: string } | null;
  /**
   * Agent numbers of the supervisors (they get monitor, barge-in and intercept). The wintel
   * protocol never says who is one: a CRM knows its own staff. The demo's staff directory is the
   * simulator's seed (1005 陈静 is the supervisor); `VITE_WINCALL_SUPERVISORS=1005,1009` or
   * `?supervisors=…` for another server.
   */
  supervisors: string[];
}

const trimmed = (value: string | null | undefined) => (value ?? '').trim().replace(/\/+$/, '');

/** Only http(s) URLs are taken from a query string; anything else is ignored. */
function httpUrl(value: string | null): string {
  const text = trimmed(value);
  if (text === '') return '';
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? text : '';
  } catch {
    return '';
  }
}

/** Only ws(s) URLs name a SIP WebSocket server; anything else is ignored. */
function wsUrl(value: unknown): string {
  const text = typeof value === 'string' ? trimmed(value) : '';
  if (text === '') return '';
  try {
    const url = new URL(text);
    return url.protocol === 'ws:' || url.protocol === 'wss:' ? text : '';
  } catch {
    return '';
  }
}

const SIP_DOMAIN = /^[\w.-]{1,253}$/;

/** The SIP server from the query string, else (when the server is not from the query) from the env. */
function readPhone(env: ImportMetaEnv, query: URLSearchParams, serverFromQuery: boolean): DemoConfig['phone'] {
  // Read by key: vite's own ImportMetaEnv types any `VITE_*` as `any`.
  const fromEnv = (key: string): unknown => (env as unknown as Record<string, unknown>)[key];
  const url = wsUrl(query.get('sipWs')) || (serverFromQuery ? '' : wsUrl(fromEnv('VITE_WINCALL_SIP_WS')));
  if (url === '') return null;
  const named = (query.get('sipDomain') ?? '').trim() || (serverFromQuery ? '' : String(fromEnv('VITE_WINCALL_SIP_DOMAIN') ?? '').trim());
  return { wsUrl: url, domain: SIP_DOMAIN.test(named) ? named : new URL(url).hostname };
}

/** `1005,1009` → ['1005', '1009']: agent numbers only. */
function agentNumbers(value: unknown): string[] | null {
  if (typeof value !== 'string' || value.trim() === '') return null;
  return value.split(',').map((part) => part.trim()).filter((part) => /^\w{1,32}$/.test(part));
}

export function readConfig(env: ImportMetaEnv = import.meta.env, search = typeof location === 'undefined' ? '' : location.search): DemoConfig {
  const query = new URLSearchParams(search);
  const queryServer = httpUrl(query.get('server'));
  const serverUrl = queryServer || trimmed(env.VITE_WINCALL_SERVER) || 'http://127.0.0.1:6050';
  const tenant = (query.get('tenant') ?? '').trim();
  const simulatorFlag = query.get('simulator');
  return {
    serverUrl,
    apiUrl: httpUrl(query.get('api')) || (queryServer ? '' : trimmed(env.VITE_WINCALL_API)) || serverUrl,
    tenant: /^[\w-]{1,64}$/.test(tenant) ? tenant : (env.VITE_WINCALL_TENANT ?? '').trim() || 'demo',
    // A server named in the query string is a real one unless it says otherwise.
    simulator: simulatorFlag !== null ? simulatorFlag === '1' : queryServer ? false : env.VITE_WINCALL_SIMULATOR === '1',
    phone: readPhone(env, query, queryServer !== ''),
    supervisors:
      agentNumbers(query.get('supervisors')) ??
      agentNumbers((env as unknown as Record<string, unknown>).VITE_WINCALL_SUPERVISORS) ??
      // The bundled simulator's staff: 1005 is the supervisor.
      ['1005'],
  };
}

export const config: DemoConfig = readConfig();
