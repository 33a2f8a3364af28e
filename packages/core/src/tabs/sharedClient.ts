import { createStore } from 'zustand/vanilla';
import { clientApi } from '../client/chunks';
import { createWinCallClient, type LoginParams, type WinCallClient } from '../client/createClient';
import { COMMAND_NAMES, type WinCallCommands } from '../client/commands';
import { createEmitter } from '../client/emitter';
import { emitTransitionEvents } from '../client/events';
import type { InspectListener } from '../client/inspect';
import type { WinCallClientOptions } from '../client/options';
import { checkWrapUpChoice, createWrapUpCodes, labelOf, type WrapUpChoice } from '../client/wrapUp';
import { WinCallError, type Command } from '../errors';
import { codeTextsFor } from '../client/texts';
import { unavailableReason } from '../machine/availableActions';
import { reduce } from '../machine/reducer';
import { initialState, type NextStatus, type WinCallState } from '../machine/state';
import type { PhoneEventMap, PhoneHandle, PhoneState } from '../phone/front';
import { initialPhoneState } from '../phone/state';
import type { CallRecorderMemory } from '../records/builder';
import {
  deserializeError,
  deserializeState,
  serializeError,
  serializeState,
  toSerializedError,
  CLIENT_METHODS,
  type ClientMethod,
  type SerializedError,
  type TabMessage,
  type TabNotice,
} from './messages';
import { openBundledSessionVault, openSessionVault, type SessionVault, type VaultRecord } from './vault';

export type TabRole = 'leader' | 'follower' | 'solo';

/** The part of the Web Locks API we use. */
export interface LockManagerLike {
  request(name: string, options: { signal?: AbortSignal }, callback: () => Promise<void>): Promise<unknown>;
}

export interface SharedClientOptions extends WinCallClientOptions {
  /** Tabs using the same name share one connection. Default: derived from tenant and server. */
  channelName?: string;
  /**
   * Lets a reloaded page resume its session without asking for the password (the secret stays in
   * the memory of a same-origin SharedWorker). By default the worker shipped with the package,
   * which the app's bundler emits (Vite, webpack 5, Next.js); a URL of
   * `@wincall/core/vault-worker.js` served some other way; `false` for no vault.
   */
  vaultWorkerUrl?: string | URL | false;
  /** Test seams; by default the browser's own. */
  environment?: {
    locks?: LockManagerLike;
    BroadcastChannel?: new (name: string) => BroadcastChannel;
    vault?: SessionVault | null;
    createClient?: (options: WinCallClientOptions) => WinCallClient;
  };
}

export interface SharedWinCallClient extends WinCallClient {
  /** `leader` holds the connection; `follower` mirrors it; `solo` when tabs cannot coordinate. */
  readonly role: TabRole;
  onRoleChange(handler: (role: TabRole) => void): () => void;
}

/** How long after a hand-over the new leader keeps the old times in state (the resync settles). */
const CARRY_TIMES_MS = 3_000;
const TAKE_OVER_ATTEMPTS = 3;

const isSignedIn = (state: WinCallState) => state.agent.status !== 'signedOut' && state.agent.status !== 'signingIn';

/**
 * One agent, several tabs, one socket. The tab holding a Web Lock is the leader: it runs the real
 * client and publishes its state on a BroadcastChannel; the other tabs mirror that state and
 * forward their commands. When the leader goes away the lock passes to the next tab, which takes
 * the session over with the secret the leader shared in memory.
 */
export function createSharedWinCallClient(options: SharedClientOptions): SharedWinCallClient {
  const { channelName, vaultWorkerUrl, environment: env = {}, ...clientOptions } = options;
  const locks = env.locks ?? (globalThis as { navigator?: { locks?: LockManagerLike } }).navigator?.locks;
  const Channel = env.BroadcastChannel ?? (globalThis as { BroadcastChannel?: new (name: string) => BroadcastChannel }).BroadcastChannel;
  const create = env.createClient ?? createWinCallClient;
  if (!locks || !Channel) return soloClient(create(clientOptions));

  const now = clientOptions.now ?? Date.now;
  const name = channelName ?? `wincall:${clientOptions.vccCode}@${clientOptions.serverUrl ?? clientOptions.host ?? 'local'}`;
  const vault =
    env.vault !== undefined
      ? env.vault
      : vaultWorkerUrl === false
        ? null
        : vaultWorkerUrl
          ? openSessionVault(vaultWorkerUrl)
          : openBundledSessionVault();
  const tabId = `${now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
  const channel = new Channel(name);
  const store = createStore<WinCallState>()(() => initialState(now()));
  const emitter = createEmitter((error) => {
    if (typeof console !== 'undefined') console.error('[wincall] event handler failed', error);
  });
  const roleHandlers = new Set<(role: TabRole) => void>();
  /** Debugging taps (devtools): on the leader's own client; a follower has no frames to show. */
  const inspectors = new Map<InspectListener, (() => void) | undefined>();
  const calls = new Map<string, { resolve(value: unknown): void; reject(error: WinCallError): void }>();
  const lockAbort = new AbortController();
  const commandTimeout = (clientOptions.timeouts?.command ?? 10_000) + 5_000;
  // A follower tab never connects: its errors come from the leader, their texts from this tab's catalog.
  const texts = codeTextsFor(clientOptions.locale);
  // The wrap-up codes, fetched once per tab (the leader's client uses these too).
  const wrapUpCodes = createWrapUpCodes(clientOptions.wrapUp);

  let role: TabRole = 'follower';
  let inner: WinCallClient | null = null;
  let innerUnsubscribers: Array<() => void> = [];
  let secret: VaultRecord | null = null;
  let takingOver = false;
  let carry: { state: WinCallState; until: number } | null = null;
  let forcedSignOut = false;
  let destroyed = false;
  let releaseLock: (() => void) | null = null;
  let sequence = 0;
  // The call-record memory of the session: kept by the leader's client, mirrored by the followers
  // and kept in the vault, so exactly one record is emitted per call across hand-overs and reloads.
  let callsMemory: CallRecorderMemory | null = null;
  // The browser phone: only the leader's client has a device (one registration, one ringer); every
  // tab shows its state and forwards what the agent does with it.
  const phoneStore = clientOptions.phone ? createStore<PhoneState>()(() => initialPhoneState('off')) : null;
  const phoneListeners = new Map<keyof PhoneEventMap, Set<(event: never) => void>>();
  /** The phone password of the sign-in in progress (the server hands it over before the login resolves). */
  let phonePassword: string | undefined;

  const post = (message: TabMessage) => {
    if (!destroyed) channel.postMessage(message);
  };
  const snapshot = () => {
    const state = store.getState();
    return { previous: state, current: state, at: now() };
  };

  function mirror(next: WinCallState, forced = false) {
    const previous = store.getState();
    if (previous === next) return;
    store.setState(next, true);
    emitTransitionEvents({ previous, current: next, at: now() }, emitter.emit, forced);
    if (next.lastError || next.agent.status !== 'signedOut') fetchTexts();
  }

  let textsRequested = false;
  /**
   * A follower never connects, yet shows the leader's errors with this tab's catalog: fetched once
   * the tab shows a session or an error; an error shown before its text arrived is shown again.
   */
  function fetchTexts() {
    if (textsRequested || texts.loaded) return;
    textsRequested = true;
    void texts.load().then(() => {
      const current = store.getState();
      if (destroyed || !current.lastError || !texts.loaded) {
        textsRequested = false;
        return;
      }
      mirror({ ...current, lastError: deserializeError(serializeError(current.lastError)) });
    });
  }

  function emitNotice(notice: TabNotice) {
    if (notice.kind === 'ivrResult') emitter.emit('ivrResult', { ...snapshot(), digits: notice.digits });
    else if (notice.kind === 'serverOrder') emitter.emit('serverOrder', { ...snapshot(), order: notice.order });
    else if (notice.kind === 'callRecord') emitter.emit('callRecord', { ...snapshot(), record: notice.record });
    else emitter.emit('error', { ...snapshot(), error: deserializeError(notice.error) });
  }

  function setRole(next: TabRole) {
    role = next;
    for (const handler of [...roleHandlers]) handler(next);
  }

  // ---- the secret --------------------------------------------------------------------------

  function keepSecret(record: VaultRecord | null) {
    secret = record;
    post({ type: 'secret', from: tabId, record });
    if (record) vault?.put(name, record);
    else vault?.delete(name);
  }

  // ---- leader ------------------------------------------------------------------------------

  /** Keeps the times the agent saw before a hand-over, for the same status and the same call. */
  function withCarriedTimes(state: WinCallState): WinCallState {
    if (!carry || now() > carry.until) {
      carry = null;
      return state;
    }
    const old = carry.state;
    let next = state;
    if (old.agent.status === state.agent.status && old.agent.since !== state.agent.since) {
      next = { ...next, agent: { ...next.agent, since: old.agent.since } };
    }
    if (old.call && state.call && old.call.params.CallId === state.call.params.CallId) {
      const connectedAt = old.call.connectedAt ?? state.call.connectedAt;
      next = {
        ...next,
        call: { ...state.call, startedAt: old.call.startedAt, ...(connectedAt === undefined ? {} : { connectedAt }) },
      };
    }
    return next;
  }

  function publish(state: WinCallState) {
    const forced = forcedSignOut;
    forcedSignOut = false;
    const shown = withCarriedTimes(state);
    mirror(shown, forced);
    post({ type: 'state', from: tabId, state: serializeState(shown), forcedSignOut: forced });
  }

  function shareCalls(memory: CallRecorderMemory) {
    callsMemory = memory;
    post({ type: 'calls', from: tabId, memory });
    if (secret) {
      secret = { ...secret, calls: memory };
      vault?.put(name, secret);
    }
  }

  function emitPhone<K extends keyof PhoneEventMap>(name: K, event: PhoneEventMap[K]) {
    for (const handler of [...(phoneListeners.get(name) ?? [])]) (handler as (e: PhoneEventMap[K]) => void)(event);
  }

  function keepPhonePassword(password: string) {
    phonePassword = password;
    if (secret && secret.phonePassword !== password) keepSecret({ ...secret, phonePassword: password });
  }

  async function becomeLeader() {
    const client = create({
      ...clientOptions,
      callRecords: { resume: () => callsMemory, onMemory: shareCalls },
      ...(clientOptions.wrapUp ? { wrapUp: { ...clientOptions.wrapUp, codes: wrapUpCodes } } : {}),
      ...(phoneStore ? { onPhonePassword: keepPhonePassword } : {}),
    });
    inner = client;
    for (const listener of inspectors.keys()) inspectors.set(listener, client.inspect?.(listener));
    setRole('leader');
    innerUnsubscribers = [
      client.store.subscribe((state) => {
        if (takingOver) return;
        publish(state);
        const { queues, callers } = state.agent;
        if (secret && queues.length + callers.length > 0 && (secret.queues !== queues || secret.callers !== callers)) {
          keepSecret({ ...secret, queues, callers });
        }
      }),
      client.on('signedOut', (event) => {
        forcedSignOut = event.forced;
        keepSecret(null);
      }),
      client.on('agentStatusChanged', (event) => {
        if (secret && (event.status === 'idle' || event.status === 'busy') && secret.status !== event.status) {
          keepSecret({ ...secret, status: event.status });
        }
      }),
      client.on('ivrResult', (event) => relay({ kind: 'ivrResult', digits: event.digits })),
      client.on('serverOrder', (event) => relay({ kind: 'serverOrder', order: event.order })),
      client.on('callRecord', (event) => relay({ kind: 'callRecord', record: event.record })),
      client.on('error', (event) => relay({ kind: 'error', error: serializeError(event.error) })),
      client.on('protocolError', (event) => emitter.emit('protocolError', { ...snapshot(), error: event.error })),
    ];
    const phone = client.phone;
    if (phone && phoneStore) {
      const share = (state: PhoneState) => {
        phoneStore.setState(state, true);
        post({ type: 'phone', from: tabId, state });
      };
      share(phone.getState());
      innerUnsubscribers.push(
        phone.store.subscribe(share),
        phone.on('qualityChanged', (event) => {
          emitPhone('qualityChanged', event);
          post({ type: 'phoneQuality', from: tabId, event });
        }),
        phone.on('sip', (event) => emitPhone('sip', event)),
        phone.on('stats', (event) => emitPhone('stats', event)),
      );
    }
    const last = store.getState();
    const record = secret ?? (isSignedIn(last) ? null : await vault?.get(name)) ?? null;
    if (destroyed) return;
    if (record?.calls && !callsMemory) callsMemory = record.calls;
    if (record) await takeOver(record, last);
    else publish(client.getState());
  }

  function relay(notice: TabNotice) {
    emitNotice(notice);
    post({ type: 'notice', from: tabId, notice });
  }

  /** Signs this tab's new connection into the session the previous leader (or page) held. */
  async function takeOver(record: VaultRecord, last: WinCallState) {
    const client = inner;
    if (!client) return;
    takingOver = true;
    if (isSignedIn(last)) {
      const waiting = reduce(last, { type: 'connection', status: 'reconnecting', at: now() });
      mirror(waiting);
      post({ type: 'state', from: tabId, state: serializeState(waiting), forcedSignOut: false });
    }
    const params: LoginParams = {
      agentNum: record.agentNum,
      password: record.password,
      extension: record.extension,
      initialStatus: record.status,
      resume: true,
      session: { queues: record.queues ?? last.agent.queues, callers: record.callers ?? last.agent.callers },
      ...(record.alwaysOn === undefined ? {} : { alwaysOn: record.alwaysOn }),
      ...(record.role === undefined ? {} : { role: record.role }),
      ...(record.phonePassword === undefined ? {} : { phonePassword: record.phonePassword }),
    };
    for (let attempt = 1; ; attempt++) {
      try {
        await client.login(params);
        secret = record;
        break;
      } catch (error) {
        // "Not initialised": the server had not yet seen the old socket go; it will in a moment.
        const retry = error instanceof WinCallError && error.code === '003001' && attempt < TAKE_OVER_ATTEMPTS;
        if (retry && !destroyed) {
          await new Promise((resolve) => setTimeout(resolve, 1_000));
          continue;
        }
        keepSecret(null);
        break;
      }
    }
    takingOver = false;
    if (destroyed) return;
    carry = isSignedIn(last) ? { state: last, until: now() + CARRY_TIMES_MS } : null;
    publish(client.getState());
  }

  async function runLocally(client: WinCallClient, command: Command | ClientMethod, args: unknown[]): Promise<unknown> {
    if (command === 'login') {
      const params = args[0] as LoginParams;
      const result = await client.login(params);
      const { queues, callers } = client.getState().agent;
      keepSecret({
        agentNum: String(params.agentNum).trim(),
        password: String(params.password),
        extension: String(params.extension).trim(),
        status: params.initialStatus === 'busy' ? 'busy' : 'idle',
        queues,
        callers,
        ...(params.role === undefined ? {} : { role: params.role }),
        ...(params.alwaysOn === undefined ? {} : { alwaysOn: params.alwaysOn }),
        ...(phonePassword === undefined ? {} : { phonePassword }),
      });
      return result;
    }
    if (command === 'connect') return client.connect();
    if (command === 'clearError') return client.clearError();
    if (command === 'dismissNotice') return client.dismissNotice(String(args[0]));
    if (command === 'setNextStatus') return client.setNextStatus((args[0] ?? null) as NextStatus | null);
    if (command === 'setWrapUp') return client.setWrapUp(args[0] as WrapUpChoice);
    if (command === 'reconnect') return client.reconnect();
    if (command === 'phone') {
      const [method, ...rest] = args as [keyof PhoneHandle, ...unknown[]];
      const phone = client.phone as unknown as Record<string, (...a: unknown[]) => unknown> | null | undefined;
      if (!phone || !PHONE_METHODS.has(method)) return undefined;
      return phone[method]!(...rest);
    }
    const method = client[command as keyof WinCallCommands] as (...a: unknown[]) => Promise<unknown>;
    return method(...args);
  }

  // ---- follower ----------------------------------------------------------------------------

  function forward(command: Command | ClientMethod, args: unknown[]): Promise<unknown> {
    const id = `${tabId}:${++sequence}`;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        calls.delete(id);
        reject(new WinCallError({ code: 'TIMEOUT', action: asAction(command), reason: 'timeout' }));
      }, commandTimeout);
      calls.set(id, {
        resolve: (value) => {
          clearTimeout(timer);
          resolve(value);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      });
      post({ type: 'command', from: tabId, id, name: command, args });
    });
  }

  channel.onmessage = (event: MessageEvent<TabMessage>) => {
    const message = event.data;
    if (destroyed || !message || typeof message !== 'object') return;
    switch (message.type) {
      case 'hello':
        if (role === 'leader') {
          post({ type: 'state', from: tabId, state: serializeState(store.getState()), forcedSignOut: false });
          if (secret) post({ type: 'secret', from: tabId, record: secret });
          if (callsMemory) post({ type: 'calls', from: tabId, memory: callsMemory });
          if (phoneStore) post({ type: 'phone', from: tabId, state: phoneStore.getState() });
        }
        return;
      case 'state':
        if (role === 'follower') mirror(deserializeState(message.state), message.forcedSignOut);
        return;
      case 'notice':
        if (role === 'follower') emitNotice(message.notice);
        return;
      case 'secret':
        secret = message.record;
        return;
      case 'calls':
        if (role === 'follower') callsMemory = message.memory;
        return;
      case 'phone':
        if (role === 'follower') phoneStore?.setState(message.state, true);
        return;
      case 'phoneQuality':
        if (role === 'follower') emitPhone('qualityChanged', message.event);
        return;
      case 'command':
        if (role === 'leader' && inner) void answer(inner, message);
        return;
      case 'reply': {
        if (message.to !== tabId) return;
        const call = calls.get(message.id);
        calls.delete(message.id);
        if (!call) return;
        if (message.ok) call.resolve(message.value);
        else call.reject(deserializeError(message.error));
      }
    }
  };

  async function answer(client: WinCallClient, message: Extract<TabMessage, { type: 'command' }>) {
    try {
      const value = await runLocally(client, message.name, message.args);
      post({ type: 'reply', to: message.from, id: message.id, ok: true, value: value ?? null });
    } catch (error) {
      const serialized: SerializedError = toSerializedError(error, asAction(message.name));
      post({ type: 'reply', to: message.from, id: message.id, ok: false, error: serialized });
    }
  }

  void locks
    .request(`${name}:leader`, { signal: lockAbort.signal }, async () => {
      if (destroyed) return;
      await becomeLeader();
      if (destroyed) return;
      await new Promise<void>((resolve) => {
        releaseLock = resolve;
      });
    })
    .catch(() => undefined);
  post({ type: 'hello', from: tabId });

  // ---- the client surface ----------------------------------------------------------------------

  function invoke(command: Command | ClientMethod, args: unknown[]): Promise<unknown> {
    if (destroyed) return Promise.reject(new WinCallError({ code: 'DESTROYED', action: asAction(command), reason: 'destroyed' }));
    if (role === 'leader' && inner && !takingOver) return texts.settle(runLocally(inner, command, args));
    return texts.settle(forward(command, args));
  }

  const commands = Object.fromEntries(
    COMMAND_NAMES.map((command) => [command, (...args: unknown[]) => invoke(command, args)]),
  ) as unknown as WinCallCommands;

  const phoneCall = (method: string, ...args: unknown[]) => invoke('phone', [method, ...args]) as Promise<never>;
  const phone: PhoneHandle | null = phoneStore
    ? {
        store: phoneStore,
        getState: () => phoneStore.getState(),
        on(name, handler) {
          let set = phoneListeners.get(name);
          if (!set) phoneListeners.set(name, (set = new Set()));
          set.add(handler as (event: never) => void);
          return () => set.delete(handler as (event: never) => void);
        },
        answer: () => phoneCall('answer'),
        decline: () => phoneCall('decline'),
        hangUpLeg: () => phoneCall('hangUpLeg'),
        setMuted: (muted) => void phoneCall('setMuted', muted).catch(() => undefined),
        requestMicrophone: () => phoneCall('requestMicrophone'),
        selectDevice: (kind, id) => phoneCall('selectDevice', kind, id),
        startAudioCheck: (durationMs) => phoneCall('startAudioCheck', durationMs),
        stopAudioCheck: () => void phoneCall('stopAudioCheck').catch(() => undefined),
        playTestSound: (kind) => phoneCall('playTestSound', kind),
      }
    : null;

  return {
    ...commands,
    store,
    phone,
    // Each tab asks the config API itself (plain HTTP, nothing to share), its code fetched on first use.
    api: clientApi(clientOptions),
    vccCode: clientOptions.vccCode,
    getState: () => store.getState(),
    on: emitter.on,
    connect: () => invoke('connect', []) as Promise<void>,
    login: (params) => invoke('login', [params]) as ReturnType<WinCallClient['login']>,
    unavailableReason: (action) => unavailableReason(store.getState(), action),
    clearError: () => {
      void invoke('clearError', []).catch(() => undefined);
    },
    dismissNotice: (id) => {
      void invoke('dismissNotice', [id]).catch(() => undefined);
    },
    setNextStatus: (next) => {
      void invoke('setNextStatus', [next]).catch(() => undefined);
    },
    wrapUpCodes,
    // Checked against this tab's codes first (a mistake gets its own error), then set by the leader.
    setWrapUp: async (choice) => {
      const checked = checkWrapUpChoice(choice);
      if (checked.code !== null) await labelOf(wrapUpCodes, checked.code);
      await invoke('setWrapUp', [checked]);
    },
    // "Reconnect now" in any tab: the leader's socket is the one to reconnect.
    reconnect: () => {
      void invoke('reconnect', []).catch(() => undefined);
    },
    getParam: (param) => {
      const params = store.getState().call?.params;
      return params && Object.hasOwn(params, param) ? params[param] : undefined;
    },
    get role() {
      return role;
    },
    inspect(listener) {
      inspectors.set(listener, inner?.inspect?.(listener));
      return () => {
        inspectors.get(listener)?.();
        inspectors.delete(listener);
      };
    },
    onRoleChange(handler) {
      roleHandlers.add(handler);
      return () => roleHandlers.delete(handler);
    },
    get destroyed() {
      return destroyed;
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      for (const call of calls.values()) call.reject(new WinCallError({ code: 'DESTROYED', action: null, reason: 'destroyed' }));
      calls.clear();
      for (const unsubscribe of innerUnsubscribers) unsubscribe();
      innerUnsubscribers = [];
      // The leader's socket closes here; the server keeps the session for the tab that takes over.
      inner?.destroy();
      inner = null;
      releaseLock?.();
      lockAbort.abort();
      channel.close();
      vault?.close();
      emitter.clear();
      roleHandlers.clear();
      phoneListeners.clear();
    },
  };
}

/** What a follower may ask of the leader's phone. */
const PHONE_METHODS: ReadonlySet<string> = new Set([
  'answer',
  'decline',
  'hangUpLeg',
  'setMuted',
  'requestMicrophone',
  'selectDevice',
  'startAudioCheck',
  'stopAudioCheck',
  'playTestSound',
]);

const asAction = (name: Command | ClientMethod): Command | null => (CLIENT_METHODS.has(name) ? null : (name as Command));

/** Where tabs cannot coordinate (no Web Locks or BroadcastChannel): a plain client. */
function soloClient(client: WinCallClient): SharedWinCallClient {
  return Object.assign(client, {
    role: 'solo' as const,
    onRoleChange: () => () => undefined,
  });
}
