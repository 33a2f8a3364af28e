/**
 * Where the demo connects. Read at run time, first match wins (see apps/demo/README.md):
 * 1. the page's query string: `?server=…&api=…&tenant=…&simulator=0|1` (any built copy of the
 *    demo can be pointed at another server without a rebuild);
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
  };
}

export const config: DemoConfig = readConfig();
