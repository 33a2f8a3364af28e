/**
 * The agent's extension registered on the SIP server over a WebSocket: one sip.js `UserAgent`
 * and one `Registerer` per set of credentials, and the device's own reconnection (sip.js's is
 * deprecated and retries on a fixed delay).
 *
 * States: `unregistered` → `registering` → `registered`. A WebSocket that closes, a server that
 * cannot be reached or a REGISTER that times out → `reconnecting`: the device tries again after
 * 0.5 s, 1 s, 2 s, 4 s, then every 5 s (backoff.ts), at once when the browser says it is back
 * `online` or the tab becomes visible, and is `registered` again as soon as the server answers.
 * A server that refuses the password (401/403/407 after the digest) → `failed` with
 * `SIP_AUTH_FAILED`: trying again would only lock the extension, so the device waits for new
 * credentials.
 *
 * Timers in a hidden tab: Chrome runs them at most once a second, and once a minute after five
 * minutes hidden (intensive throttling; a page in a call is exempt, WebRTC keeps it awake).
 * - Registration: `Expires: 300`, refreshed at 70 % (after 210 s). A refresh that runs up to a
 *   minute late still lands 30 s before the binding expires, so the agent never silently drops
 *   off the PBX while the CRM sits in a background tab.
 * - Keep-alive: a CRLF every 20 s (sip.js `keepAliveInterval`), at worst once a minute when
 *   throttled, which is still inside kamailio's default `tcp_connection_lifetime` (120 s) and any
 *   NAT's idle timeout; a server's WebSocket pings are answered by the browser's network stack,
 *   whatever the tab's timers do.
 * - Reconnection delays are at most 5 s; throttled, a retry still happens within a minute, and
 *   at once when the tab is shown again.
 *
 * The password lives in this closure only: it is handed to sip.js for the digest and never
 * enters the state, an event or a log line (sip.js's configuration log is off; its other log
 * lines go through the SIP redaction).
 */
import { PhoneError } from '@wincall/core/phone';
import type { PhoneCredentials, PhoneFailureCode, PhoneRegistration, PhoneFailure } from '@wincall/core';
import type { Invitation } from 'sip.js/lib/api/invitation.js';
import type { Registerer } from 'sip.js/lib/api/registerer.js';
import { RegistererState } from 'sip.js/lib/api/registerer-state.js';
import type { UserAgent } from 'sip.js/lib/api/user-agent.js';
import { reconnectDelay } from './backoff';
import { createRegisterer, createUserAgent } from './userAgent';
import type { UserAgentSettings } from './userAgent';

export type { Log } from './userAgent';

/** How long `unregister()` / `destroy()` wait for the server to confirm before closing anyway. */
const UNREGISTER_WAIT_MS = 2_000;

export interface RegistrationDeps extends UserAgentSettings {
  now(): number;
  onInvite(invitation: Invitation): void;
  onChange(registration: PhoneRegistration, failure: PhoneFailure | null): void;
  /** The WebSocket closed under a registered (or registering) extension. */
  onConnectionLost(): void;
  /** The user agent is about to close (unregister, new credentials, refused): end the leg first. */
  onStopping(): void;
}

export interface Registration {
  register(credentials: PhoneCredentials): Promise<void>;
  unregister(): Promise<void>;
  /** The network is back or the tab is visible: a waiting retry happens now. */
  retryNow(): void;
  /** The network changed under a registered extension: REGISTER again now to prove the path. */
  refresh(): void;
  destroy(): void;
}

interface Agent {
  ua: UserAgent;
  /** One per connection: a new WebSocket gets a fresh Registerer (see `dropRegisterer`). */
  registerer: Registerer | null;
  credentials: PhoneCredentials;
  /** A REGISTER of ours waiting for its final response (sip.js's own refreshes are not ours). */
  inFlight: object | null;
}

const AUTH_STATUSES = new Set([401, 403, 407]);
const RETRYABLE_STATUSES = new Set([408, 480, 500, 502, 503, 504]);

/** Validates credentials: a programmer error is a `TypeError`; an empty password is `NO_PASSWORD`. */
export function checkCredentials(credentials: PhoneCredentials): void {
  if (typeof credentials !== 'object' || credentials === null) throw new TypeError('register() needs { user, password }');
  const { user, password } = credentials;
  if (typeof user !== 'string' || !/^[A-Za-z0-9._~!$&'()*+,;=%-]+$/.test(user)) {
    throw new TypeError(`The SIP user must be a non-empty SIP user part (an extension such as "8001"), got ${JSON.stringify(user)}`);
  }
  if (typeof password !== 'string') throw new TypeError('The SIP password must be a string');
  if (password === '') throw new PhoneError('NO_PASSWORD');
}

export function createRegistration(deps: RegistrationDeps): Registration {
  let agent: Agent | null = null;
  let phase: PhoneRegistration = 'unregistered';
  let failure: PhoneFailure | null = null;
  let attempt = 0;
  let retryTimer: ReturnType<typeof setTimeout> | null = null;
  /** A reconnection or a REGISTER started by a retry is on its way: do not start another. */
  let retrying = false;
  let waiters: { resolve(): void; reject(error: unknown): void }[] = [];
  let destroyed = false;

  const set = (next: PhoneRegistration, nextFailure: PhoneFailure | null) => {
    if (next === phase && nextFailure === failure) return;
    phase = next;
    failure = nextFailure;
    deps.onChange(phase, failure);
  };

  const settleWaiters = (error?: unknown) => {
    const settling = waiters;
    waiters = [];
    for (const waiter of settling) {
      if (error === undefined) waiter.resolve();
      else waiter.reject(error);
    }
  };

  const clearRetry = () => {
    if (retryTimer !== null) clearTimeout(retryTimer);
    retryTimer = null;
  };

  function registered(current: Agent) {
    if (current !== agent || phase === 'unregistered' || phase === 'failed') return;
    attempt = 0;
    retrying = false;
    clearRetry();
    set('registered', null);
    settleWaiters();
  }

  /** The path to the server is gone or did not answer: try again by ourselves. */
  function lost(current: Agent, code: PhoneFailureCode, sipStatus?: number) {
    if (current !== agent || phase === 'failed' || phase === 'unregistered') return;
    const error = new PhoneError(code, sipStatus === undefined ? {} : { sipStatus });
    if (phase !== 'reconnecting' || failure?.code !== code) set('reconnecting', error.toFailure(deps.now()));
    settleWaiters(error);
    retrying = false;
    scheduleRetry(current);
  }

  /** The server said no for good (wrong password, unknown user): wait for new credentials. */
  function refused(current: Agent, code: PhoneFailureCode, sipStatus?: number) {
    if (current !== agent) return;
    clearRetry();
    retrying = false;
    agent = null;
    const error = new PhoneError(code, sipStatus === undefined ? {} : { sipStatus });
    set('failed', error.toFailure(deps.now()));
    settleWaiters(error);
    void stopAgent(current, false);
  }

  function scheduleRetry(current: Agent) {
    if (retryTimer !== null || retrying) return;
    attempt++;
    const delay = reconnectDelay(attempt);
    deps.log('info', `SIP: trying again in ${delay} ms (attempt ${attempt})`);
    retryTimer = setTimeout(() => {
      retryTimer = null;
      retry(current);
    }, delay);
  }

  function retry(current: Agent) {
    if (current !== agent || phase !== 'reconnecting') return;
    retrying = true;
    if (current.ua.isConnected()) {
      sendRegister(current);
      return;
    }
    current.ua.reconnect().catch(() => {
      // The WebSocket did not open (the server is still down): onConnect will not run.
      if (current !== agent) return;
      retrying = false;
      scheduleRetry(current);
    });
  }

  /**
   * A WebSocket that closed leaves sip.js's Registerer believing it is registered, with its
   * refresh timer armed. It is disposed while the socket is down (its un-REGISTER cannot leave
   * the browser, so it cannot remove the binding the next connection makes), and the next
   * connection registers with a fresh one.
   */
  function dropRegisterer(current: Agent) {
    const old = current.registerer;
    current.registerer = null;
    current.inFlight = null;
    old?.dispose().catch((error: unknown) => deps.log('debug', 'SIP: disposing a registerer failed', error));
  }

  function registererFor(current: Agent): Registerer {
    if (current.registerer) return current.registerer;
    const registerer = createRegisterer(current.ua);
    registerer.stateChange.addListener((state) => {
      if (current !== agent || current.registerer !== registerer) return;
      if (state === RegistererState.Registered) registered(current);
      if (state !== RegistererState.Unregistered) return;
      // Our own REGISTERs are settled by their delegate, which sip.js calls right after this
      // (same task). Anything still unexplained a microtask later is sip.js's own refresh that
      // failed, the binding expiring, or a 200 that listed no contact of ours.
      queueMicrotask(() => {
        if (current !== agent || current.registerer !== registerer) return;
        if (current.inFlight) {
          current.inFlight = null;
          refused(current, 'SIP_REJECTED');
        } else if (phase === 'registered') {
          lost(current, 'SIP_UNREACHABLE');
        }
      });
    });
    current.registerer = registerer;
    return registerer;
  }

  function sendRegister(current: Agent) {
    const registerer = registererFor(current);
    const token = {};
    current.inFlight = token;
    const mine = () => current === agent && current.inFlight === token && ((current.inFlight = null), true);
    registerer
      .register({
        requestDelegate: {
          onAccept: () => {
            if (mine()) registered(current);
          },
          onReject: (response) => {
            if (mine()) rejected(current, response.message.statusCode ?? null);
          },
          onRedirect: (response) => {
            if (mine()) refused(current, 'SIP_REJECTED', response.message.statusCode);
          },
        },
      })
      .catch((error: unknown) => {
        if (current.inFlight === token) current.inFlight = null;
        // sip.js's own refresh is on its way: its outcome arrives through stateChange.
        if (error instanceof Error && error.name === 'RequestPendingError') return;
        deps.log('warn', 'SIP: REGISTER could not be sent', error);
        lost(current, 'SIP_UNREACHABLE');
      });
  }

  function rejected(current: Agent, status: number | null) {
    if (status !== null && AUTH_STATUSES.has(status)) refused(current, 'SIP_AUTH_FAILED', status);
    else if (status === 408) lost(current, 'SIP_TIMEOUT', status);
    else if (status === null) lost(current, 'SIP_UNREACHABLE');
    // 503 is also what sip.js reports when the request could not be written to the socket.
    else if (RETRYABLE_STATUSES.has(status)) lost(current, status === 503 ? 'SIP_UNREACHABLE' : 'SIP_REJECTED', status);
    else refused(current, 'SIP_REJECTED', status);
  }

  function createAgent(credentials: PhoneCredentials): Agent {
    // The delegate runs only after the constructor returned, when `self` is set.
    let self: Agent | null = null;
    const live = (): Agent | null => (self !== null && self === agent ? self : null);
    const ua = createUserAgent(deps, credentials, {
      onConnect: () => {
        const current = live();
        if (!current) return;
        retrying = true;
        sendRegister(current);
      },
      onDisconnect: (error) => {
        const current = live();
        if (!current) return;
        dropRegisterer(current);
        // Without an error, we closed it ourselves.
        if (!error) return;
        deps.onConnectionLost();
        lost(current, 'SIP_UNREACHABLE');
      },
      onInvite: (invitation) => {
        if (live()) deps.onInvite(invitation);
        else invitation.reject({ statusCode: 480 }).catch(() => {});
      },
    });
    self = { ua, registerer: null, credentials, inFlight: null };
    return self;
  }

  /** Unregisters (when asked and possible, waiting at most 2 s for the answer) and closes the WebSocket. */
  async function stopAgent(target: Agent, unregisterFirst: boolean): Promise<void> {
    const { ua, registerer } = target;
    deps.onStopping();
    if (unregisterFirst && registerer && registerer.state === RegistererState.Registered && ua.isConnected()) {
      await new Promise<void>((resolve) => {
        const limit = setTimeout(resolve, UNREGISTER_WAIT_MS);
        const finish = () => {
          clearTimeout(limit);
          resolve();
        };
        registerer.unregister({ requestDelegate: { onAccept: finish, onReject: finish, onRedirect: finish } }).catch(finish);
      });
    }
    await ua.stop().catch((error: unknown) => deps.log('warn', 'SIP: closing the user agent failed', error));
    // Disposed after the socket closed: sip.js's refresh and expiry timers stop, and nothing is sent.
    dropRegisterer(target);
  }

  async function unregister(): Promise<void> {
    clearRetry();
    retrying = false;
    const current = agent;
    agent = null;
    settleWaiters(new DOMException('Unregistered before the registration completed', 'AbortError'));
    set('unregistered', null);
    if (current) await stopAgent(current, true);
  }

  const waitForOutcome = () =>
    new Promise<void>((resolve, reject) => {
      waiters.push({ resolve, reject });
    });

  function retryNow() {
    if (!agent || phase !== 'reconnecting' || retrying) return;
    clearRetry();
    attempt = 0;
    retry(agent);
  }

  return {
    async register(credentials) {
      if (destroyed) throw new TypeError('This phone device was destroyed');
      checkCredentials(credentials);
      const same = agent && agent.credentials.user === credentials.user && agent.credentials.password === credentials.password;
      if (same && phase === 'registered') return;
      if (same && (phase === 'registering' || phase === 'reconnecting')) {
        const outcome = waitForOutcome();
        retryNow();
        return outcome;
      }
      await unregister();
      if (destroyed) throw new TypeError('This phone device was destroyed');
      const current = createAgent({ user: credentials.user, password: credentials.password });
      agent = current;
      attempt = 0;
      set('registering', null);
      const outcome = waitForOutcome();
      retrying = true;
      current.ua.start().catch(() => {
        // The first connection failed (server down, wrong URL): keep trying, and say so now.
        retrying = false;
        lost(current, 'SIP_UNREACHABLE');
      });
      return outcome;
    },
    unregister,
    retryNow,
    refresh() {
      if (agent && phase === 'registered' && agent.ua.isConnected() && !agent.inFlight) sendRegister(agent);
    },
    destroy() {
      destroyed = true;
      void unregister();
    },
  };
}
