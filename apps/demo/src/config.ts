/** Where the demo connects, from Vite env variables (see apps/demo/README.md). */
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

const trimmed = (value: string | undefined) => (value ?? '').trim().replace(/\/+$/, '');

export function readConfig(env: ImportMetaEnv = import.meta.env): DemoConfig {
  const serverUrl = trimmed(env.VITE_WINCALL_SERVER) || 'http://127.0.0.1:6050';
  return {
    serverUrl,
    apiUrl: trimmed(env.VITE_WINCALL_API) || serverUrl,
    tenant: (env.VITE_WINCALL_TENANT ?? '').trim() || 'demo',
    simulator: env.VITE_WINCALL_SIMULATOR === '1',
  };
}

export const config: DemoConfig = readConfig();
