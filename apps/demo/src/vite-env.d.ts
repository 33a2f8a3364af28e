/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** socket.io URL of the wintel server, e.g. `http://cti.example.com:6050`. */
  readonly VITE_WINCALL_SERVER?: string;
  /** Base URL of the config HTTP API (`wintelapi_url`); the server URL when absent. */
  readonly VITE_WINCALL_API?: string;
  /** Tenant code (`vcc_code`); `demo` when absent. */
  readonly VITE_WINCALL_TENANT?: string;
  /** `1` when running against the bundled simulator: shows the simulator drawer. */
  readonly VITE_WINCALL_SIMULATOR?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
