import type { IoFactory } from '../transport/socketTransport';
import type { Transport } from '../transport/types';
import type { CallRecordsOptions } from '../records/recorder';
import type { WrapUpOptions } from './wrapUp';
import type { BrowserPhoneOptions } from '../phone/front';

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
  /** Watch the browser page lifecycle (back/forward cache, freeze, `online`, the page shown again). Default true. */
  pageLifecycle?: boolean;
  /**
   * Reconnection after the connection is lost. Defaults: never give up; `delay` 1 000 ms, doubling
   * (the first retry 0.5–1 s after the drop), `delayMax` 2 000 ms; `jitter` 0.5: each wait is
   * between half of and the whole delay; `timeout` 5 000 ms for one attempt.
   *
   * Why so short: socket.io's defaults (up to 30 s between tries, 20 s per attempt) protect a
   * server from millions of browsers coming back at once. A CTI bar is one socket per agent, and
   * an agent who cannot take calls is the cost that counts. With waits of 1–2 s, at 150 ms of
   * latency, the agent is signed in again 1.3 s (median; at most a wait plus the re-sign-in,
   * 2–2.5 s) after an 8 s outage the browser did not notice; one it noticed (`online`) is retried
   * at once: 0.7 s (`pnpm bench -- --only outage`). So are the page shown again and
   * `client.reconnect()`. The jitter stays even at the cap (below it, not around it), so the
   * agents of a restarted server come back spread over a second, not in the same millisecond:
   * 2 000 agents are about 1 300 attempts a second while it is down, a refused TCP connection
   * each, and one sign-in each once it is up.
   *
   * `timeout`: a dead network may neither answer nor refuse, and an attempt left to socket.io's
   * 20 s would keep the next one waiting behind it. 5 s is well above the three round trips of
   * an attempt (TCP, TLS, the Engine.IO handshake: 2.4 s at 400 ms one way); an attempt that
   * times out gives the next one twice as long (up to 4 ×), so a slower link still gets through.
   *
   * The legacy client gave up after 30 tries with up to 600 s between them: an agent on a flaky
   * network could sit disconnected for ten minutes unnoticed.
   */
  reconnection?: { attempts?: number; delay?: number; delayMax?: number; jitter?: number; timeout?: number };
  /** Clock, for tests. */
  now?: () => number;
  /**
   * Continue the call records of a session another tab or page held (the multi-tab client sets
   * this; a plain client needs nothing).
   */
  callRecords?: CallRecordsOptions;
  /** Debug log sink. Passwords are never passed to it. */
  logger?: (entry: LogEntry) => void;
  /**
   * Who is a supervisor (supervisor actions are shown to them only): agent numbers, or a function
   * of the agent number. The wintel protocol never says; `LoginParams.role` overrides this.
   * Without either, every agent is a plain agent.
   */
  supervisors?: readonly string[] | ((agentNum: string) => boolean);
  /**
   * Wrap-up (disposition) codes and a note for each call that connected, saved into its
   * `callRecord` (`client.setWrapUp`). Without it there is no wrap-up. `{ required: true }`: Ready
   * waits for a code, and so does the record. The wintel protocol has no wrap-up of its own.
   */
  wrapUp?: WrapUpOptions;
  /**
   * The browser phone (`phonetype: softphone`): the agent's extension registers on the call
   * center's SIP server from this page and calls are answered here: `browserPhone({ wsUrl, domain })`
   * from `@wincall/phone`. Without it the agent uses a desk phone.
   */
  phone?: BrowserPhoneOptions;
  /**
   * For the multi-tab client: told the phone password when the server hands it over at sign-in,
   * so that the tab taking over the session can give it to its own browser phone (the server does
   * not repeat it to a session it already knows). Kept in memory with the agent's password.
   */
  onPhonePassword?: (password: string) => void;
}

/** The server URL from the options, following the legacy client's defaults. */
export function resolveServerUrl(options: WinCallClientOptions): string {
  if (options.serverUrl) return options.serverUrl.replace(/\/+$/, '');
  if (!options.host) throw new TypeError('createWinCallClient: give serverUrl, host or transport');
  const scheme = options.https ? 'https' : 'http';
  const port = options.port ?? (options.https ? 443 : 6050);
  return `${scheme}://${options.host}:${port}`;
}
