import { wire, type WireCommand } from '../protocol/commands';
import { createSocketTransport } from '../transport/socketTransport';
import type { Transport, TransportStatus } from '../transport/types';
import { QUEUE_STATE } from './agentResponses';
import { createCallRecords } from './callRecords';
import { splitFrame } from './frames';
import { interpretMessage, type Effect, type FacadeState } from './interpret';
import { redactCommand, redactMessage } from './redact';
import { ioFactory, resolveSettings, serverUrl } from './settings';
import type { WinCallOptions, WinCallResponse, WinCallSettings } from './types';

/** The legacy client waited this long between INIT's success and LOGIN; some servers rely on it. */
const SIGN_IN_DELAY_MS = 500;
/** After a reconnect or a server network fault the legacy client signed in again at this pace. */
const RELOGIN_INTERVAL_MS = 10_000;

/** Which legacy guard a command has: signed in, and for some in (or not in) a call. */
export type Guard = 'signedIn' | 'inCall' | 'notInCall';

export interface Credentials {
  agentNum: string | number;
  agentPass: string | number;
  agentPhone: string | number;
}

/**
 * The engine under the legacy `WinCall` API: one socket.io connection, the legacy flags, call
 * parameters, timers, and the server messages turned into listener responses. Everything here
 * is per instance (the legacy client kept call parameters on its prototype, shared by all
 * instances). `WinCall` adds the `fn_*` methods on top.
 */
export abstract class WinCallSession {
  /** The options merged with the defaults, as the legacy `wincall.opts`. */
  readonly opts: WinCallSettings;

  protected state: FacadeState = { isLogin: false, isCalling: false, queueState: QUEUE_STATE.idle };
  protected params: Record<string, unknown> = {};
  protected queues: (number | string)[] = [];
  protected callers: string[] = [];
  /** The always-on flag of the last `fn_login` that gave one (LOGIN's `OnLine`). */
  protected alwaysOn: unknown = undefined;
  protected credentials: Credentials | null = null;
  protected readonly records = createCallRecords();

  private connected = false;
  private transport: Transport | null = null;
  private unsubscribe: (() => void) | null = null;
  /** INIT asked for while not connected: sent on connect, instead of opening a second socket. */
  private pendingInit: WireCommand | null = null;
  private signInTimer: ReturnType<typeof setTimeout> | null = null;
  private reloginTimer: ReturnType<typeof setInterval> | null = null;

  constructor(options: WinCallOptions = {}) {
    this.opts = resolveSettings(options, (response) => this.defaultEventListener(response));
  }

  /** Whether the agent is signed in (LOGIN succeeded and nothing signed them out since). */
  get isLogin(): boolean {
    return this.state.isLogin;
  }

  /** Whether a call is connected (the guard of hold, consult, transfer, DTMF…). */
  get isCalling(): boolean {
    return this.state.isCalling;
  }

  /** Whether the socket is connected. */
  get isConnect(): boolean {
    return this.connected;
  }

  /** The legacy queue state: 0 signed out, 1 idle, 2 busy, 3 set idle, 4 occupied, 5 after-call work, 7 offline. */
  get QUEUESTATE(): number {
    return this.state.queueState;
  }

  /** Opens the connection to the wintel server. Does nothing while a connection is open or opening. */
  init(): void {
    if (this.transport && this.transport.status !== 'disconnected') return;
    this.closeTransport();
    const transport = createSocketTransport({
      url: serverUrl(this.opts),
      io: ioFactory(this.opts),
      // The legacy client's own schedule: 2 s first, up to 600 s apart.
      reconnection: { attempts: this.opts.reconnect_limit, delay: 2_000, delayMax: 600_000 },
    });
    this.unsubscribe = transport.subscribe({
      frame: (payload) => this.receive(payload),
      status: (status, detail) => this.onStatus(status, detail?.reason),
    });
    this.transport = transport;
    transport.open();
  }

  /** Closes the connection for good; the listener gets "signed out: connection lost" (004003) if it was up. */
  disconnect(): void {
    this.clearTimers();
    this.pendingInit = null;
    const wasConnected = this.connected;
    this.closeTransport();
    this.state.isLogin = false;
    if (wasConnected) this.connectionLost('closed');
  }

  /** The listener used when `event_listener` is not given: prints responses when `debug` is on. */
  defaultEventListener(response: WinCallResponse): void {
    this.log(response);
  }

  /** Sends INIT now, or once connected (opening the connection if needed). */
  protected authenticate(command: WireCommand): void {
    if (this.connected) {
      this.send(command);
      return;
    }
    this.pendingInit = command;
    this.init();
  }

  protected allowed(guard: Guard): boolean {
    if (!this.state.isLogin) return false;
    if (guard === 'inCall') return this.state.isCalling;
    if (guard === 'notInCall') return !this.state.isCalling;
    return true;
  }

  /** Sends a command if its legacy guard allows it; `false` (nothing sent) otherwise, as the legacy methods returned. */
  protected command(guard: Guard, build: () => WireCommand): false | undefined {
    if (!this.allowed(guard)) return false;
    this.send(build());
    return undefined;
  }

  /** Reports a local validation failure as the legacy client did: as the result of `action` with this Ret. */
  protected localResult(action: number, ret: number): void {
    this.handle({ MT: 1, Retact: action, Ret: ret, Retmsg: '' });
  }

  protected send(command: WireCommand): boolean {
    const sent = this.transport?.send(command) ?? false;
    this.log(sent ? 'WinCall sent' : 'WinCall not sent (offline)', redactCommand(command));
    return sent;
  }

  protected stopRelogin(): void {
    if (this.reloginTimer !== null) clearInterval(this.reloginTimer);
    this.reloginTimer = null;
  }

  protected log(...items: unknown[]): void {
    if (this.opts.debug && typeof console !== 'undefined') console.log(...items);
  }

  private onStatus(status: TransportStatus, reason: string | undefined): void {
    this.log(`WinCall ${status}${reason ? ` (${reason})` : ''}`);
    if (status !== 'connected') {
      if (this.connected) this.connectionLost(reason ?? status);
      return;
    }
    this.connected = true;
    const init = this.pendingInit;
    this.pendingInit = null;
    if (init) this.send(init);
    // Back after a drop: sign in again, as the legacy client did, until LOGIN succeeds.
    else if (this.credentials) this.startRelogin();
  }

  /** The legacy client answered a lost connection with a synthesized LOGOUT result, Ret 3. */
  private connectionLost(reason: string): void {
    this.connected = false;
    this.state.isLogin = false;
    this.log(`WinCall disconnect (${reason})`);
    this.handle({ MT: 1, Retact: 3, Ret: 3, Retmsg: '' });
  }

  private receive(payload: unknown): void {
    const { messages, rejected } = splitFrame(payload);
    for (const piece of rejected) this.log(`WinCall ignored a piece that is not a JSON object (${piece.length} characters)`);
    for (const message of messages) {
      this.log('WinCall received', redactMessage(message));
      this.handle(message);
    }
  }

  private handle(message: Record<string, unknown>): void {
    const wasSignedIn = this.state.isLogin;
    const { response, next, effects } = interpretMessage(message, this.state);
    Object.assign(this.state, next);
    for (const effect of effects) this.apply(effect);
    if (response) this.emit(response);
    this.handled(message, wasSignedIn);
  }

  /** After a message was shown (the browser phone follows the sign-in and the calls). */
  protected handled(_message: Record<string, unknown>, _wasSignedIn: boolean): void {}

  /** INIT's phone password; dropped here (`WinCall` gives it to its browser phone, in memory only). */
  protected phonePassword(_secret: string): void {}

  private apply(effect: Effect): void {
    switch (effect.kind) {
      case 'copyParams':
        for (const [name, value] of Object.entries(effect.fields)) this.setParam(name, value);
        return;
      case 'clearParams':
        this.params = {};
        return;
      case 'setParam':
        this.setParam(effect.name, effect.value);
        return;
      case 'session':
        this.rememberSession(effect.detail);
        return;
      case 'queues':
        if (Array.isArray(effect.value)) this.queues = effect.value as (number | string)[];
        return;
      case 'callers':
        if (Array.isArray(effect.value)) this.callers = effect.value as string[];
        return;
      case 'scheduleSignIn':
        this.scheduleSignIn();
        return;
      case 'signOut':
        this.send(wire.signOut());
        return;
      case 'startRelogin':
        this.startRelogin();
        return;
      case 'stopRelogin':
        this.stopRelogin();
        return;
      case 'forcedIdle':
        this.command('notInCall', wire.unbusy);
        return;
      case 'forcedBusy':
        this.command('notInCall', () => wire.busy(1));
        return;
      case 'keepAlive':
        this.send(wire.keepAlive());
        return;
    }
  }

  private setParam(name: string, value: unknown): void {
    // A server-sent "__proto__" must not replace the object's prototype.
    if (name !== '__proto__') this.params[name] = value;
  }

  /** INIT's Retmsg: `[queueIds, callerNumbers, phonePassword]`. The phone password goes to the browser phone only. */
  private rememberSession(detail: unknown): void {
    let parsed: unknown;
    try {
      parsed = typeof detail === 'string' ? JSON.parse(detail) : null;
    } catch {
      parsed = null;
    }
    if (!Array.isArray(parsed)) return;
    const [queues, callers, secret] = parsed as unknown[];
    if (Array.isArray(queues)) this.queues = queues as (number | string)[];
    if (Array.isArray(callers)) this.callers = callers as string[];
    if (typeof secret === 'string' && secret !== '') this.phonePassword(secret);
  }

  private scheduleSignIn(): void {
    if (this.signInTimer !== null) clearTimeout(this.signInTimer);
    this.signInTimer = setTimeout(() => {
      this.signInTimer = null;
      // State is whatever the agent asked for in fn_login (or what the server set since).
      const signIn = { Action: 2, State: this.state.queueState } as WireCommand & { OnLine?: unknown };
      if (this.alwaysOn !== undefined) signIn.OnLine = this.alwaysOn;
      this.send(signIn);
      this.state.isLogin = false;
    }, SIGN_IN_DELAY_MS);
  }

  private startRelogin(): void {
    if (this.reloginTimer !== null || !this.credentials) return;
    this.reloginTimer = setInterval(() => {
      const c = this.credentials;
      if (c) this.relogin(c, this.state.queueState);
    }, RELOGIN_INTERVAL_MS);
  }

  /** Signs in again with the remembered credentials (`fn_login` in `WinCall`). */
  protected abstract relogin(credentials: Credentials, queueState: number): void;

  protected emit(response: WinCallResponse): void {
    try {
      // The legacy client called the listener as a method of its options object.
      this.opts.event_listener.call(this.opts, response);
    } catch (error) {
      // A failing page handler must not stop the messages after it (the legacy client lost them).
      if (typeof console !== 'undefined') console.error('WinCall: event_listener threw', error);
    }
  }

  private clearTimers(): void {
    if (this.signInTimer !== null) clearTimeout(this.signInTimer);
    this.signInTimer = null;
    this.stopRelogin();
  }

  private closeTransport(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.transport?.close();
    this.transport = null;
  }
}
