import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ConfigApi } from '../api/types';
import { WinCallError, type Command } from '../errors';
import { canSendDtmf, unavailableReason, type UnavailableReason } from '../machine/availableActions';
import type { MachineInput } from '../machine/inputs';
import { reduce } from '../machine/reducer';
import { initialState, type ActionName, type AgentRole, type NextStatus, type PendingCommand, type WinCallState } from '../machine/state';
import { decodeFrame } from '../protocol/codec';
import { wire, type WireCommand } from '../protocol/commands';
import { ACTION_NUMBERS } from '../protocol/operations';
import { redactCommand } from '../protocol/redact';
import type { ProtocolError } from '../protocol/errors';
import { translateMessage, type ServerEvent } from '../protocol/translate';
import { phonePasswordOf } from '../protocol/phonePassword';
import type { PhoneHandle } from '../phone/front';
import { createSocketTransport } from '../transport/socketTransport';
import type { Transport } from '../transport/types';
import { clientApi } from './chunks';
import { buildCommands, type WinCallCommands } from './commands';
import { createEmitter, type Handler } from './emitter';
import { emitTransitionEvents, type WinCallEventName } from './events';
import { watchPageLifecycle } from './lifecycle';
import { createInspector, type InspectListener } from './inspect';
import { createLazyRecorder } from './records';
import { createStallWatch } from './stallWatch';
import { codeTextsFor, settleAll } from './texts';
import { resolveServerUrl, type LogEntry, type WinCallClientOptions } from './options';
import { checkWrapUpOption, createWrapUpMethods, wrapUpPolicy, type WrapUpMethods } from './wrapUp';

export type ResultEvent = Extract<ServerEvent, { type: 'result' }>;

/** What a successful command resolves with. */
export interface CommandResult {
  /** The legacy display code of the server's answer, e.g. `005000`. */
  code: string;
  at: number;
}

export interface LoginParams {
  agentNum: string;
  password: string;
  extension: string;
  /** Status right after sign-in. Default `idle`. */
  initialStatus?: 'idle' | 'busy';
  /** Always-on mode: the phone line stays up and calls are answered from the browser. */
  alwaysOn?: boolean;
  /**
   * This sign-in takes over a session the agent had (after a page reload, or when another tab
   * hands over): the current state is queried from the server right after. (An "already
   * initialised" answer to INIT is always accepted, and also leads to a query.)
   */
  resume?: boolean;
  /**
   * What the previous session knew (queues, caller numbers). A server answering "already
   * initialised" does not repeat them, so a client taking a session over passes them along.
   */
  session?: { queues: number[]; callers: string[] };
  /**
   * `supervisor` shows supervisor actions (monitor, barge in, intercept). The wintel protocol never
   * says who is a supervisor, so the integrator does (here, or with the client's `supervisors`).
   */
  role?: AgentRole;
  /**
   * The phone password a previous session got at sign-in (the multi-tab client hands it to the
   * tab taking over: a server answering "already initialised" does not repeat it). In memory only.
   */
  phonePassword?: string;
}

export interface WinCallClient extends WinCallCommands, WrapUpMethods {
  /** A zustand vanilla store of the state; read it, subscribe to it, never set it. */
  readonly store: StoreApi<WinCallState>;
  /** The config HTTP API, when `apiUrl` was given. */
  readonly api: ConfigApi | null;
  /**
   * The browser phone (`phone` option: `phonetype: softphone`), `null` with a desk phone. Its
   * device is fetched when the agent first signs in. Optional for clients that are not connections.
   */
  readonly phone?: PhoneHandle | null;
  readonly vccCode: string;
  getState(): WinCallState;
  on<K extends WinCallEventName>(name: K, handler: Handler<K>): () => void;
  /** Opens the connection without signing in; resolves once connected. */
  connect(): Promise<void>;
  /** INIT + LOGIN (protocol.md §2). Resolves when the agent is signed in. */
  login(params: LoginParams): Promise<CommandResult>;
  /**
   * "Reconnect now": while the connection is lost (`connection: 'reconnecting'`), a fresh attempt
   * at once instead of at the next retry, its backoff started over (then the usual re-sign-in);
   * while the server recovers from a network fault, the next re-sign-in at once. Does nothing
   * when connected, signed out or destroyed. The client also does this by itself when the browser
   * says the network is back and when the page is shown again.
   */
  reconnect(): void;
  /** Why `action` is not available now, or `null`. */
  unavailableReason(action: ActionName): UnavailableReason | null;
  /** Dismisses `lastError` (after a UI has shown it). */
  clearError(): void;
  /** Dismisses a notice (`state.notices`) the agent has read. */
  dismissNotice(id: string): void;
  /**
   * The status to go to when the current call and its after-call work are over ("after this call:
   * busy — lunch"); `null` clears it. Local: nothing is sent until then. Choosing a status
   * yourself (Ready, Busy) clears it too.
   */
  setNextStatus(next: NextStatus | null): void;
  /** A call parameter (`Caller`, `CallId`, `QueId`…) of the current call. */
  getParam(name: string): string | undefined;
  /**
   * Observes the raw frames in and out and every state transition with its input, for debugging
   * tools such as `@wincall/devtools`. Returns the unsubscribe. Free while nobody listens.
   * Optional for clients that are not connections (a provider's stand-in before mount).
   */
  inspect?(listener: InspectListener): () => void;
  /** Releases everything: socket, timers, listeners. Pending commands reject with `DESTROYED`. */
  destroy(): void;
  readonly destroyed: boolean;
}

interface Waiter {
  resolve(result: ResultEvent): void;
  reject(error: WinCallError): void;
  /** Timed out already; kept in its queue so that its late answer is not taken for the next one's. */
  expired?: boolean;
}

interface Credentials {
  agentNum: string;
  password: string;
  extension: string;
  alwaysOn: boolean | undefined;
}

const DEFAULT_TIMEOUT = 10_000;
const DEFAULT_STALL = 3_000;

/**
 * Actions the server answers in order and that may be in flight several at a time: DTMF digits go
 * out as fast as the agent presses them (the legacy client never waits either), and each result
 * answers the oldest digit still waiting.
 */
const QUEUED_ACTIONS: ReadonlySet<number> = new Set([ACTION_NUMBERS.dtmf]);

export function createWinCallClient(options: WinCallClientOptions): WinCallClient {
  if (!options || typeof options.vccCode !== 'string' || options.vccCode === '') {
    throw new TypeError('createWinCallClient: vccCode is required');
  }
  checkWrapUpOption(options.wrapUp);
  const now = options.now ?? Date.now;
  const commandTimeout = options.timeouts?.command ?? DEFAULT_TIMEOUT;
  const connectTimeout = options.timeouts?.connect ?? DEFAULT_TIMEOUT;
  const stallTimeout = options.timeouts?.stall ?? DEFAULT_STALL;
  const loginDelay = options.loginDelay ?? 500;
  const recoveryInterval = options.recoveryInterval ?? 10_000;
  const log = (level: LogEntry['level'], message: string, data?: unknown) => options.logger?.({ level, message, data });
  const texts = codeTextsFor(options.locale);

  const transport: Transport =
    options.transport ??
    createSocketTransport({
      url: resolveServerUrl(options),
      ...(options.io ? { io: options.io } : {}),
      ...(options.reconnection ? { reconnection: options.reconnection } : {}),
    });
  const store = createStore<WinCallState>()(() => initialState(now()));
  const inspector = createInspector(options, now);
  const emitter = createEmitter((error, event) => {
    log('error', `a ${event} handler threw`, error);
    if (typeof console !== 'undefined') console.error('[wincall] event handler failed', error);
  });

  // Call records (issue 15): one `callRecord` per call, built from every input and the commands'
  // targets by a recorder fetched when records are first wanted (client/records.ts).
  const recorder = createLazyRecorder(
    options.callRecords,
    (record) => emitter.emit('callRecord', { ...snapshot(), record }),
    (cause) => log('warn', 'call records: the recorder could not be fetched, trying again with the next call', cause),
  );
  if (options.callRecords) recorder.want();
  // Wrap-up codes and note (client/wrapUp.ts): local state, saved into the call's record.
  const wrapUp = createWrapUpMethods(options.wrapUp, () => store.getState(), (input) => void dispatch(input));
  const policy = wrapUpPolicy(options.wrapUp);

  const waiters = new Map<number, Waiter>();
  /** Waiters of QUEUED_ACTIONS, oldest first, per action number. */
  const queues = new Map<number, Waiter[]>();
  const timers = new Set<ReturnType<typeof setTimeout>>();
  let credentials: Credentials | null = null;
  /** The extension's phone password from INIT's answer (or the take-over's login): for the browser phone, in memory only. */
  let phoneSecret: string | null = null;
  let destroyed = false;
  let recovering = false;
  /** Runs the waiting re-sign-in of a server network fault now (set while one waits for its timer). */
  let recoverNow: (() => void) | null = null;
  let resuming = false;
  let lastFrameAt = 0;
  let lastHeartbeatAt = 0;
  let heartbeatInterval = 0;
  let watchdog: ReturnType<typeof setTimeout> | null = null;

  // ---- state plumbing -------------------------------------------------------------------

  function dispatch(input: MachineInput, forcedSignOut = false): WinCallState {
    const previous = store.getState();
    const current = reduce(previous, input);
    const at = now();
    if (current !== previous) {
      store.setState(current, true);
      inspector.tap(() => ({ kind: 'transition', at, input, previous, current }));
      emitTransitionEvents({ previous, current, at }, emitter.emit, forcedSignOut);
    }
    recorder.observe(input, previous, current, at);
    if (current !== previous) applyNextStatus(previous, current);
    // The phone password is the session's: gone with it.
    if (current.agent.status === 'signedOut') phoneSecret = null;
    return current;
  }

  /**
   * The agent chose a status for after the call: once the server reports the agent idle again
   * (after-call work over, or no wrap-up at all), go there. A call that rings first wins; the
   * choice then waits for the end of that call.
   */
  function applyNextStatus(previous: WinCallState, current: WinCallState) {
    const next = current.agent.nextStatus;
    if (!next || current.call || current.agent.status !== 'idle' || previous.agent.status === 'idle' || current.pending) return;
    if (current.connection !== 'connected') return;
    dispatch({ type: 'commandSent', pending: { command: 'busy', since: now(), reasonId: next.reasonId } });
    void obey('busy', wire.busy(next.reasonId));
  }

  function snapshot() {
    const state = store.getState();
    return { previous: state, current: state, at: now() };
  }

  /** Starts fetching the result-code texts (client/texts.ts); once they are in, an error already shown is shown again. */
  let textsRequested = false;
  function fetchTexts() {
    if (textsRequested || texts.loaded) return;
    textsRequested = true;
    void texts.load().then(() => {
      // Not fetched (offline): the next failure tries again.
      textsRequested = texts.loaded;
      const state = store.getState();
      const shown = state.lastError;
      if (destroyed || !shown || !textsRequested) return;
      const { code, action, reason, ret, cause } = shown;
      // A fresh copy: a UI selecting `lastError` renders again, now with the text.
      const lastError = new WinCallError({ code, action, reason, cause, ...(ret === undefined ? {} : { ret }) });
      store.setState({ ...state, lastError }, true);
    });
  }

  function fail(command: Command, error: WinCallError): WinCallError {
    fetchTexts();
    dispatch({ type: 'commandFailed', command, error, at: now() });
    emitter.emit('error', { ...snapshot(), error });
    return error;
  }

  function reportProtocolError(error: ProtocolError) {
    log('warn', error.message, { kind: error.kind });
    emitter.emit('protocolError', { ...snapshot(), error });
  }

  function schedule(fn: () => void, ms: number): ReturnType<typeof setTimeout> {
    const timer = setTimeout(() => {
      timers.delete(timer);
      fn();
    }, ms);
    timers.add(timer);
    return timer;
  }

  function cancel(timer: ReturnType<typeof setTimeout>) {
    clearTimeout(timer);
    timers.delete(timer);
  }

  const pause = (ms: number) => (ms > 0 ? new Promise<void>((resolve) => schedule(resolve, ms)) : Promise.resolve());

  // ---- stall detection ---------------------------------------------------------------------
  // A stalled network leaves the socket looking open. The server owes a frame when a command is
  // unanswered or a heartbeat is due; if none has come by then, the state says so
  // (`stalledSince`) until the next frame. The silence watchdog below replaces the socket only later
  // (three heartbeat intervals of silence).

  const stallWatch = createStallWatch({
    now,
    schedule,
    cancel,
    onStall(since, within) {
      if (store.getState().stalledSince !== null || store.getState().connection !== 'connected') return;
      log('warn', `stalled: no frame for ${within} ms`);
      dispatch({ type: 'stall', since });
    },
  });

  /** Some frame must arrive within `within` ms from now; otherwise the connection has stalled. */
  function expectFrameBy(within: number) {
    if (stallTimeout > 0 && store.getState().connection === 'connected') stallWatch.expect(within);
  }

  // ---- transport -------------------------------------------------------------------------

  const unsubscribeTransport = transport.subscribe({
    frame(payload) {
      if (destroyed) return;
      lastFrameAt = now();
      inspector.tap(() => ({ kind: 'in', at: lastFrameAt, payload }));
      stallWatch.frame();
      if (store.getState().stalledSince !== null) dispatch({ type: 'stall', since: null });
      const { messages, errors } = decodeFrame(payload);
      for (const error of errors) reportProtocolError(error);
      for (const message of messages) {
        const secret = phonePasswordOf(message);
        if (secret !== null && secret !== phoneSecret) {
          phoneSecret = secret;
          options.onPhonePassword?.(secret);
        }
        for (const event of translateMessage(message)) handleServerEvent(event);
      }
    },
    status(status, detail) {
      if (destroyed) return;
      log('info', `connection ${status}`, detail);
      const before = store.getState();
      if (status === 'reconnecting' || status === 'disconnected') {
        rejectAllWaiters(new WinCallError({ code: 'DISCONNECTED', action: null, reason: 'disconnected' }));
      }
      // The transport's statuses are the state's connection statuses.
      dispatch({ type: 'connection', status, at: now() });
      if (status === 'disconnected') credentials = null;
      if (status === 'connected') {
        lastFrameAt = now();
        armWatchdog();
        if (before.connection === 'reconnecting') void resume();
      } else {
        disarmWatchdog();
        stallWatch.reset();
      }
    },
  });

  // ---- silence watchdog --------------------------------------------------------------------

  /** How long a silent connection is trusted, or null when there is nothing to measure against. */
  function silenceLimit(): number | null {
    if (options.silenceTimeout !== undefined) return options.silenceTimeout > 0 ? options.silenceTimeout : null;
    return heartbeatInterval > 0 ? Math.max(3 * heartbeatInterval, 5_000) : null;
  }

  function disarmWatchdog() {
    if (watchdog) cancel(watchdog);
    watchdog = null;
  }

  /** One timer per silence period, not one per frame: it re-arms itself for the time left. */
  function armWatchdog() {
    disarmWatchdog();
    const limit = silenceLimit();
    if (limit === null || store.getState().connection !== 'connected') return;
    const left = Math.max(0, lastFrameAt + limit - now());
    watchdog = schedule(() => {
      watchdog = null;
      if (now() - lastFrameAt >= limit) onSilence(limit);
      else armWatchdog();
    }, left);
  }

  function onSilence(limit: number) {
    log('warn', `silent for ${limit} ms: reconnecting`);
    transport.reconnect();
  }

  function noteHeartbeat() {
    const at = now();
    if (lastHeartbeatAt > 0) heartbeatInterval = at - lastHeartbeatAt;
    lastHeartbeatAt = at;
    if (!watchdog) armWatchdog();
    // The next heartbeat is overdue by half an interval: the network has stalled.
    if (heartbeatInterval > 0) expectFrameBy(heartbeatInterval * 1.5);
  }

  /** Back from the back/forward cache or a frozen state: check at once instead of waiting. */
  function checkLiveness() {
    if (destroyed) return;
    const limit = silenceLimit();
    if (store.getState().connection === 'connected' && limit !== null && now() - lastFrameAt >= limit) onSilence(limit);
  }

  /** `client.reconnect()`; also run when the network is back or the page is shown again. */
  function reconnectNow() {
    if (destroyed || store.getState().connection !== 'reconnecting') return;
    // The socket of a server network fault is fine: it is the re-sign-in that waits.
    if (recovering) recoverNow?.();
    else transport.reconnect();
  }

  const stopLifecycle =
    options.pageLifecycle === false
      ? () => undefined
      : watchPageLifecycle({
          resumed: checkLiveness,
          online: reconnectNow,
          // Timers run late in a hidden page: a line left silent meanwhile is checked, a lost one retried.
          visible: () => (store.getState().connection === 'connected' ? checkLiveness() : reconnectNow()),
        });

  function rejectAllWaiters(error: WinCallError) {
    const pending = [...waiters.values(), ...[...queues.values()].flat().filter((waiter) => !waiter.expired)];
    waiters.clear();
    queues.clear();
    for (const waiter of pending) waiter.reject(error);
  }

  function send(command: WireCommand): boolean {
    const sent = transport.send(command);
    inspector.tap(() => ({ kind: 'out', at: now(), command: redactCommand(command), sent }));
    log('debug', sent ? 'sent' : 'not sent (offline)', redactCommand(command));
    return sent;
  }

  /** Sends a command and waits for the result answering it (or times out). */
  function request(command: Command, payload: WireCommand): Promise<ResultEvent> {
    const actionNumber = payload.Action;
    const queued = QUEUED_ACTIONS.has(actionNumber);
    return new Promise<ResultEvent>((resolve, reject) => {
      if (!send(payload)) {
        reject(new WinCallError({ code: 'OFFLINE', action: command, reason: 'offline' }));
        return;
      }
      expectFrameBy(stallTimeout);
      const timer = schedule(() => {
        if (queued) waiter.expired = true;
        else if (waiters.get(actionNumber) === waiter) waiters.delete(actionNumber);
        reject(new WinCallError({ code: 'TIMEOUT', action: command, reason: 'timeout' }));
      }, commandTimeout);
      const waiter: Waiter = {
        resolve: (result) => {
          cancel(timer);
          resolve(result);
        },
        reject: (error) => {
          cancel(timer);
          reject(new WinCallError({ code: error.code, action: command, reason: error.reason }));
        },
      };
      if (queued) {
        const queue = queues.get(actionNumber) ?? [];
        queue.push(waiter);
        queues.set(actionNumber, queue);
        return;
      }
      // A newer request for the same action supersedes an older one; the server answers in order.
      waiters.get(actionNumber)?.reject(new WinCallError({ code: 'TIMEOUT', action: command, reason: 'timeout' }));
      waiters.set(actionNumber, waiter);
    });
  }

  /** The waiter a result answers: the one for its action, or the oldest of a queued action's. */
  function takeWaiter(actionNumber: number): Waiter | undefined {
    const queue = queues.get(actionNumber);
    if (queue) {
      const waiter = queue.shift();
      if (queue.length === 0) queues.delete(actionNumber);
      return waiter;
    }
    const waiter = waiters.get(actionNumber);
    waiters.delete(actionNumber);
    return waiter;
  }

  function rejected(command: Command, result: ResultEvent): WinCallError {
    return new WinCallError({ code: result.code, action: command, reason: 'rejected', ret: result.ret });
  }

  // ---- server events ---------------------------------------------------------------------

  function handleServerEvent(event: ServerEvent) {
    log('debug', 'received', event.type === 'unknown' ? { type: event.type } : event);
    switch (event.type) {
      case 'unknown':
        reportProtocolError(event.error);
        return;
      case 'heartbeat':
        send(wire.keepAlive());
        noteHeartbeat();
        return;
      case 'result': {
        const waiter = takeWaiter(event.actionNumber);
        dispatch({ type: 'server', event, at: now() });
        if (waiter?.expired) {
          // The reducer has cleared the timeout error if this late answer says it went through.
          log('info', `late answer to action ${event.actionNumber}`, { code: event.code });
        } else {
          waiter?.resolve(event);
        }
        return;
      }
      case 'order':
        handleOrder(event);
        return;
      case 'ivrResult':
        dispatch({ type: 'server', event, at: now() });
        emitter.emit('ivrResult', { ...snapshot(), digits: event.digits });
        return;
      default:
        dispatch({ type: 'server', event, at: now() });
    }
  }

  function handleOrder(event: Extract<ServerEvent, { type: 'order' }>) {
    const forced = event.order === 'forcedSignOut';
    if (forced) credentials = null;
    dispatch({ type: 'server', event, at: now() }, forced);
    emitter.emit('serverOrder', { ...snapshot(), order: event.order });
    switch (event.order) {
      case 'forcedSignOut':
        // A supervisor's sign-out is final: close the session, never sign back in by ourselves.
        rejectAllWaiters(new WinCallError({ code: '024', action: null, reason: 'server' }));
        transport.close();
        return;
      case 'forcedIdle':
        // The legacy client obeys the order by sending the command itself; servers expect that.
        void obey('unbusy', wire.unbusy());
        return;
      case 'forcedBusy':
        void obey('busy', wire.busy(1));
        return;
      case 'networkFault':
        startRecovery();
        return;
      case 'operationPending': {
        const error = new WinCallError({ code: '101', action: null, reason: 'server' });
        dispatch({ type: 'error', error, at: now() });
        emitter.emit('error', { ...snapshot(), error });
      }
    }
  }

  /** Sends a command the client decided on itself; a failure is reported, never thrown. */
  async function obey(command: Command, payload: WireCommand) {
    try {
      const result = await request(command, payload);
      if (!result.ok) fail(command, rejected(command, result));
    } catch (error) {
      if (error instanceof WinCallError) fail(command, error);
    }
  }

  // ---- sign-in, resume, recovery ---------------------------------------------------------

  /** The role the integrator gave for this agent (`supervisors` option), if any. */
  function roleOf(agentNum: string): AgentRole | undefined {
    const { supervisors } = options;
    if (supervisors === undefined) return undefined;
    const isSupervisor = typeof supervisors === 'function' ? supervisors(agentNum) : supervisors.includes(agentNum);
    return isSupervisor ? 'supervisor' : 'agent';
  }

  function waitForConnection(): Promise<void> {
    if (store.getState().connection === 'connected') return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      const settle = (connected: boolean) => {
        unsubscribe();
        cancel(timer);
        if (connected) resolve();
        else reject(new WinCallError({ code: '10012', action: 'login', reason: 'connectFailed' }));
      };
      const unsubscribe = store.subscribe((state) => {
        if (state.connection === 'connected') settle(true);
        else if (state.connection === 'disconnected' || destroyed) settle(false);
      });
      const timer = schedule(() => settle(false), connectTimeout);
    });
  }

  async function connect(): Promise<void> {
    assertAlive('login');
    fetchTexts();
    transport.open();
    await waitForConnection();
  }

  /**
   * INIT then LOGIN. INIT Ret 1 ("agent already initialised") means the server still holds a
   * session for this agent: after a dropped socket or a reload, the server hands it to the new
   * connection and LOGIN succeeds; while another connection holds it (the agent is signed in
   * elsewhere), LOGIN answers "not initialised" and we report the INIT's 001001.
   * Resolves with whether an existing session was taken over (then the state must be queried).
   */
  async function authenticate(creds: Credentials, initialStatus: 'idle' | 'busy', onInitialised?: () => void, resumed = false) {
    const init = await request(
      'login',
      wire.authenticate({
        vccCode: options.vccCode,
        agentNum: creds.agentNum,
        password: creds.password,
        extension: creds.extension,
      }),
    );
    const existing = init.ret === 1;
    if (!init.ok && !existing) throw rejected('login', init);
    if (init.ok) onInitialised?.();
    // The pause gives a server the moment some need to set up a session it has just created before
    // LOGIN. A resume whose INIT says "already initialised" created nothing: the server only hands
    // the session it kept to this socket, so LOGIN follows at once (at 400 ms of latency the
    // re-sign-in is two round trips, 1.6 s, without adding 0.5 s to it). A first sign-in always
    // pauses, and so does a resume after a server that lost the session.
    await pause(resumed && existing ? 0 : loginDelay);
    const signIn = await request(
      'login',
      wire.signIn({ initialStatus, ...(creds.alwaysOn === undefined ? {} : { alwaysOn: creds.alwaysOn }) }),
    );
    if (!signIn.ok) throw rejected('login', existing && signIn.ret === 2 ? init : signIn);
    return { signIn, existing };
  }

  async function login(params: LoginParams): Promise<CommandResult> {
    assertAlive('login');
    fetchTexts();
    const reason = unavailableReason(store.getState(), 'login');
    if (reason) throw report(new WinCallError({ code: 'NOT_AVAILABLE', action: 'login', reason: 'unavailable' }));
    const agentNum = String(params?.agentNum ?? '').trim();
    const extension = String(params?.extension ?? '').trim();
    const password = String(params?.password ?? '');
    if (agentNum === '' || extension === '' || password === '') {
      throw report(new WinCallError({ code: '001100', action: 'login', reason: 'invalidInput' }));
    }
    const initialStatus = params.initialStatus === 'busy' ? 'busy' : 'idle';
    const creds: Credentials = { agentNum, password, extension, alwaysOn: params.alwaysOn };
    if (typeof params.phonePassword === 'string' && params.phonePassword !== '') phoneSecret = params.phonePassword;
    const role = params.role ?? roleOf(agentNum);
    const pendingLogin: PendingCommand = {
      command: 'login',
      since: now(),
      initialStatus,
      agentNum,
      extension,
      ...(role ? { role } : {}),
      ...(policy ? { wrapUpPolicy: policy } : {}),
      ...(params.session ? { session: params.session } : {}),
    };
    dispatch({ type: 'commandSent', pending: pendingLogin });
    try {
      transport.open();
      await waitForConnection();
    } catch (error) {
      // Do not leave socket.io retrying in the background for a sign-in that already failed.
      transport.close();
      throw fail('login', error as WinCallError);
    }
    let initialised = false;
    try {
      let { signIn, existing } = await authenticate(creds, initialStatus, () => {
        initialised = true;
      });
      if (existing && options.phone && !options.phone.password && phoneSecret === null) {
        // The browser phone needs the extension's phone password, which the server hands only to a
        // new session, and a session taken over from another page cannot carry that page's call
        // audio anyway (it died with the page): end it and start a fresh one.
        log('info', 'softphone: the session taken over has no phone password; signing in anew');
        const out = await request('login', wire.signOut());
        if (!out.ok) throw rejected('login', out);
        // That sign-out ended the session taken over, not this sign-in: it goes on.
        dispatch({ type: 'commandSent', pending: { ...pendingLogin, since: now() } });
        ({ signIn, existing } = await authenticate(creds, initialStatus, () => {
          initialised = true;
        }));
      }
      credentials = creds;
      // A session taken over may be busy or in a call: ask the server what it is.
      if (existing || params.resume === true) send(wire.query());
      return { code: signIn.code, at: now() };
    } catch (error) {
      // INIT succeeded but LOGIN did not: release that session so the next try is not refused
      // with "already initialised".
      if (initialised) send(wire.signOut());
      throw fail('login', error as WinCallError);
    }
  }

  /** Re-sign-in after the connection came back: same agent, same idle/busy status. */
  async function resume(): Promise<void> {
    const creds = credentials;
    const state = store.getState();
    if (!creds || resuming || state.agent.status === 'signedOut') return;
    resuming = true;
    try {
      const { existing } = await authenticate(creds, state.agent.status === 'busy' ? 'busy' : 'idle', undefined, true);
      if (!existing) await restoreBusyReason(state);
      // Ask for the current agent and call state so whatever changed while we were away shows.
      send(wire.query());
    } catch (error) {
      if (!(error instanceof WinCallError)) return;
      if (error.reason === 'rejected') {
        // The server refuses this agent now (password changed, extension taken…): stop trying.
        credentials = null;
        dispatch({ type: 'connection', status: 'disconnected', at: now() });
        transport.close();
      }
      emitter.emit('error', { ...snapshot(), error });
    } finally {
      resuming = false;
    }
  }

  /**
   * A server that lost the session (restarted, network fault) signs a busy agent in as plain busy
   * (LOGIN State 2): give it the exact reason back, as the agent chose it.
   */
  async function restoreBusyReason(before: WinCallState) {
    const reasonId = before.agent.status === 'busy' ? before.agent.busyReasonId : undefined;
    if (reasonId === undefined || reasonId <= 1 || destroyed) return;
    dispatch({ type: 'commandSent', pending: { command: 'busy', since: now(), reasonId } });
    await obey('busy', wire.busy(reasonId));
  }

  function startRecovery() {
    if (recovering || !credentials) return;
    recovering = true;
    dispatch({ type: 'connection', status: 'reconnecting', at: now() });
    const attempt = async () => {
      if (destroyed || !credentials) {
        recovering = false;
        return;
      }
      try {
        dispatch({ type: 'connection', status: 'connected', at: now() });
        const before = store.getState();
        const { existing } = await authenticate(credentials, before.agent.status === 'busy' ? 'busy' : 'idle');
        recovering = false;
        if (!existing) await restoreBusyReason(before);
        send(wire.query());
      } catch {
        if (destroyed || !credentials) {
          recovering = false;
          return;
        }
        dispatch({ type: 'connection', status: 'reconnecting', at: now() });
        wait();
      }
    };
    // The next attempt runs when its timer fires, or at once on reconnectNow().
    const wait = () => {
      const timer = schedule(() => {
        recoverNow = null;
        void attempt();
      }, recoveryInterval);
      recoverNow = () => {
        cancel(timer);
        recoverNow = null;
        void attempt();
      };
    };
    wait();
  }

  // ---- commands --------------------------------------------------------------------------

  function assertAlive(command: Command) {
    if (destroyed) throw new WinCallError({ code: 'DESTROYED', action: command, reason: 'destroyed' });
  }

  /** Reports a failure that happened before anything was sent. */
  function report(error: WinCallError): WinCallError {
    fetchTexts();
    dispatch({ type: 'error', error, at: now() });
    emitter.emit('error', { ...snapshot(), error });
    return error;
  }

  async function execute(
    command: Exclude<Command, 'login'>,
    guard: ActionName | 'dtmf' | null,
    payload: WireCommand,
    pending: PendingCommand = { command, since: now() } as PendingCommand,
  ): Promise<CommandResult> {
    assertAlive(command);
    const state = store.getState();
    if (guard !== null) {
      const allowed = guard === 'dtmf' ? canSendDtmf(state) : unavailableReason(state, guard) === null;
      // A required wrap-up code gets words of its own ("choose a wrap-up code first").
      const code = !allowed && guard !== 'dtmf' && unavailableReason(state, guard) === 'wrapUpRequired' ? 'WRAP_UP_REQUIRED' : 'NOT_AVAILABLE';
      if (!allowed) throw report(new WinCallError({ code, action: command, reason: 'unavailable' }));
    }
    if (state.connection !== 'connected') {
      throw report(new WinCallError({ code: 'OFFLINE', action: command, reason: 'offline' }));
    }
    // DTMF digits are not a pending command: they never block each other or anything else.
    if (command !== 'dtmf') dispatch({ type: 'commandSent', pending });
    let result: ResultEvent;
    try {
      result = await request(command, payload);
    } catch (error) {
      throw fail(command, error as WinCallError);
    }
    if (!result.ok) throw fail(command, rejected(command, result));
    return { code: result.code, at: now() };
  }

  const settledCommands = () => client;
  const phone = options.phone
    ? options.phone.attach({
        options: options.phone,
        store,
        input: (event) => void dispatch({ type: 'phone', event, at: now() }),
        hangup: () => settledCommands().hangup(),
        credentials: () => {
          const agent = store.getState().agent;
          if (agent.status === 'signedOut' || agent.status === 'signingIn' || !agent.extension) return null;
          return { user: options.phone?.user ?? agent.extension, password: options.phone?.password ?? phoneSecret };
        },
        log,
        now,
      })
    : null;

  const commands = buildCommands({
    execute,
    invalid: (command, code) => report(new WinCallError({ code, action: command, reason: 'invalidInput' })),
    getState: () => store.getState(),
    now,
    afterLogout: () => {
      credentials = null;
      transport.close();
    },
  });

  function destroy() {
    if (destroyed) return;
    destroyed = true;
    credentials = null;
    phoneSecret = null;
    phone?.destroy();
    for (const timer of timers) clearTimeout(timer);
    timers.clear();
    rejectAllWaiters(new WinCallError({ code: 'DESTROYED', action: null, reason: 'destroyed' }));
    watchdog = null;
    stopLifecycle();
    unsubscribeTransport();
    transport.close();
    emitter.clear();
  }

  const client: WinCallClient = {
    // Each command tells the recorder whom it is about to reach, then runs; its rejection waits for the texts.
    ...settleAll(commands, texts, recorder.intent),
    store,
    api: clientApi(options),
    phone,
    vccCode: options.vccCode,
    getState: () => store.getState(),
    on: (name, handler) => {
      if (name === 'callRecord') recorder.want();
      return emitter.on(name, handler);
    },
    inspect: inspector.inspect,
    connect: () => texts.settle(connect()),
    login: (params) => texts.settle(login(params)),
    reconnect: reconnectNow,
    unavailableReason: (action) => unavailableReason(store.getState(), action),
    clearError: () => {
      dispatch({ type: 'errorCleared' });
    },
    dismissNotice: (id) => {
      dispatch({ type: 'noticeDismissed', id });
    },
    setNextStatus: (next) => {
      if (next !== null && (next.status !== 'busy' || !Number.isSafeInteger(next.reasonId) || next.reasonId < 1)) {
        throw new RangeError('setNextStatus: give { status: "busy", reasonId: 1 or more } or null');
      }
      dispatch({ type: 'nextStatus', next });
    },
    wrapUpCodes: wrapUp.wrapUpCodes,
    setWrapUp: wrapUp.setWrapUp,
    getParam: (name) => {
      const params = store.getState().call?.params;
      return params && Object.hasOwn(params, name) ? params[name] : undefined;
    },
    destroy,
    get destroyed() {
      return destroyed;
    },
  };
  return client;
}
