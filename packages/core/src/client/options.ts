import type { IoFactory } from '../transport/socketTransport';
import type { Transport } from '../transport/types';
import type { CallRecordsOptions } from '../records/recorder';

export interface LogEntry {
  level: 'debug' | 'info' | 'warn' | 'error';
  message: string;
  data?: unknown;
}

export interface WinCallClientOptions {
  /** `http(s)://host:port` of the wintel server. Or give `host` (+ `port`, `https`). */
  serverUrl?: string;
  host?: string;
  /** Default 6050 (443 with `https`). */
  port?: number;
  https?: boolean;
  /** Tenant code (`vcc_code`). */
  vccCode: string;
  /**
   * The language the page shows errors in (`zh-CN`, `en`): only that result-code catalog is
   * fetched (on connecting). Default: both, for pages that show either.
   */
  locale?: string;
  /** Base URL of the config HTTP API (`wintelapi_url`); enables `client.api`. */
  apiUrl?: string;
  /** Use JSONP for the config API (only for servers without CORS). Off by default. */
  jsonp?: boolean;
  /** `fetch` for the config API (default: the global one). */
  fetch?: typeof fetch;
  /** socket.io client factory, e.g. `io` from socket.io-client@2 for old servers. */
  io?: IoFactory;
  /** A ready transport instead of socket.io (e.g. `createMemoryTransport(simulator)`). */
  transport?: Transport;
  timeouts?: {
    /** How long a command waits for the server's answer. Default 10 000 ms. */
    command?: number;
    /** How long sign-in waits for the connection. Default 10 000 ms. */
    connect?: number;
    /**
     * How long a command may go without any frame from the server before the connection counts
     * as stalled (`state.stalledSince`). Default 3 000 ms: well above a round trip of 2 × 400 ms.
     * `0` turns stall detection off.
     */
    stall?: number;
  };
  /** Pause between INIT and LOGIN; the legacy client waits 500 ms and some servers rely on it. */
  loginDelay?: number;
  /** Interval between re-sign-in attempts after a server network fault (MT 10 code 100). Default 10 000 ms. */
  recoveryInterval?: number;
  /**
   * Silence (ms without any message) after which a connection that still looks open is treated
   * as dead and re-established. Default: three heartbeat intervals as measured once the server's
   * heartbeats (MT 2) arrive, at least 5 s; servers without heartbeats are then only watched by
   * socket.io's own ping. `0` turns the watchdog off.
   */
  silenceTimeout?: number;
  /** Watch the browser page lifecycle (back/forward cache, freeze, `online`). Default true. */
  pageLifecycle?: boolean;
  /**
   * socket.io reconnection. Defaults: never give up, first retry after about 1 s, at most 30 s
   * between tries, ±50 % jitter. (The legacy client gave up after 30 tries with up to 600 s
   * between them: an agent on a flaky network could sit disconnected for ten minutes unnoticed.)
   */
  reconnection?: { attempts?: number; delay?: number; delayMax?: number; jitter?: number };
  /** Clock, for tests. */
  now?: () => number;
  /**
   * Continue the call records of a session another tab or page held (the multi-tab client sets
   * this; a plain client needs nothing).
   */
  callRecords?: CallRecordsOptions;
  /** Debug log sink. Passwords are never passed to it. */
  logger?: (entry: LogEntry) => void;
}

/** The server URL from the options, following the legacy client's defaults. */
export function resolveServerUrl(options: WinCallClientOptions): string {
  if (options.serverUrl) return options.serverUrl.replace(/\/+$/, '');
  if (!options.host) throw new TypeError('createWinCallClient: give serverUrl, host or transport');
  const scheme = options.https ? 'https' : 'http';
  const port = options.port ?? (options.https ? 443 : 6050);
  return `${scheme}://${options.host}:${port}`;
}
