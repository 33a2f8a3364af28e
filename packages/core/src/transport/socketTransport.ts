import type { WireCommand } from '../protocol/commands';
import { connectSocket } from './engineSocket';
import { createTransportEmitter } from './listeners';
import type { Transport } from './types';

type Handler = (...args: never[]) => void;

/**
 * The part of a socket.io client socket we use; both socket.io-client 4 and 2 fit, so an
 * integrator can hand in `io` from socket.io-client@2 to reach an old (Engine.IO 3) server.
 */
export interface SocketLike {
  readonly connected: boolean;
  on(event: string, handler: Handler): unknown;
  emit(event: string, ...args: unknown[]): unknown;
  close(): unknown;
  off?(event?: string, handler?: Handler): unknown;
  removeAllListeners?(): unknown;
  /** socket.io-client 4 keeps unsent packets here; we empty it so nothing is sent late. */
  sendBuffer?: unknown[];
  /** The manager (socket.io-client 4 emits reconnection events there). */
  io?: {
    on(event: string, handler: Handler): unknown;
    off?(event?: string, handler?: Handler): unknown;
    /** The Engine.IO connection; closing it makes the manager reconnect. */
    engine?: { close(): unknown };
  };
  connect?(): unknown;
  disconnect?(): unknown;
}

export type IoFactory = (url: string, options: Record<string, unknown>) => SocketLike;

export interface SocketTransportOptions {
  url: string;
  io?: IoFactory;
  /** socket.io `path`, default `/socket.io`. */
  path?: string;
  /** Defaults: RECONNECTION_DEFAULTS; why these numbers: `reconnection` in client/options.ts. */
  reconnection?: {
    /** Attempts before giving up (default: never; the legacy client gave up after 30). */
    attempts?: number;
    /** First delay in ms (legacy 2000). */
    delay?: number;
    /** Longest delay in ms (legacy 600000). */
    delayMax?: number;
    /** Jitter factor 0…1 (socket.io's randomizationFactor). */
    jitter?: number;
    /** How long one connection attempt may take before it counts as failed, in ms. */
    timeout?: number;
  };
}

export const RECONNECTION_DEFAULTS = { delay: 1_000, delayMax: 2_000, jitter: 0.5, timeout: 5_000 } as const;

/** Events the servers use for messages to the agent; some builds use `response`. */
const FRAME_EVENTS = ['toAgent', 'response'] as const;

export function createSocketTransport(options: SocketTransportOptions): Transport {
  const emitter = createTransportEmitter();
  const io = options.io ?? connectSocket;
  let socket: SocketLike | null = null;

  const onFrame = (payload: unknown) => emitter.frame(payload);
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  const onConnect = () => emitter.setStatus('connected');
  const onDisconnect = (reason: string) => {
    if (!socket) return;
    emitter.setStatus('reconnecting', { reason });
    if (reason === 'io server disconnect') {
      // The server closed us on purpose; socket.io does not retry that by itself. Retry after the
      // first backoff delay, not at once: a server shedding connections must not be hammered.
      const r = options.reconnection ?? {};
      const delay = (r.delay ?? RECONNECTION_DEFAULTS.delay) * (1 - (r.jitter ?? RECONNECTION_DEFAULTS.jitter) * Math.random());
      clearTimeout(retryTimer);
      retryTimer = setTimeout(() => socket?.connect?.(), Math.max(0, delay));
    }
  };
  const onConnectError = () => {
    if (emitter.status === 'connecting') return;
    emitter.setStatus('reconnecting', { reason: 'connect_error' });
  };
  const onGiveUp = () => emitter.setStatus('disconnected', { reason: 'reconnect_failed' });

  return {
    get status() {
      return emitter.status;
    },
    subscribe: emitter.subscribe,
    open() {
      if (socket) return;
      const r = options.reconnection ?? {};
      socket = io(options.url, {
        // The legacy client opens its own connection per instance (multiplex: false).
        forceNew: true,
        multiplex: false,
        reconnection: true,
        reconnectionAttempts: r.attempts ?? Infinity,
        reconnectionDelay: r.delay ?? RECONNECTION_DEFAULTS.delay,
        reconnectionDelayMax: r.delayMax ?? RECONNECTION_DEFAULTS.delayMax,
        randomizationFactor: r.jitter ?? RECONNECTION_DEFAULTS.jitter,
        timeout: r.timeout ?? RECONNECTION_DEFAULTS.timeout,
        ...(options.path ? { path: options.path } : {}),
      });
      emitter.setStatus('connecting');
      for (const event of FRAME_EVENTS) socket.on(event, onFrame);
      socket.on('connect', onConnect);
      socket.on('disconnect', onDisconnect as Handler);
      socket.on('connect_error', onConnectError);
      // socket.io-client 2 emits reconnect_failed on the socket, version 4 on the manager.
      socket.on('reconnect_failed', onGiveUp);
      socket.io?.on('reconnect_failed', onGiveUp);
      if (socket.connected) onConnect();
    },
    close() {
      clearTimeout(retryTimer);
      const closing = socket;
      socket = null;
      if (closing) {
        closing.io?.off?.('reconnect_failed', onGiveUp);
        if (closing.off) closing.off();
        else closing.removeAllListeners?.();
        closing.close();
      }
      emitter.setStatus('disconnected', { reason: 'closed' });
    },
    reconnect() {
      if (!socket) return;
      emitter.setStatus('reconnecting', { reason: 'reconnect' });
      if (socket.connected && socket.io?.engine) {
        // Closing the engine looks like a network loss to socket.io: it reconnects with its backoff.
        socket.io.engine.close();
      } else {
        // Waiting for a retry, or for an attempt that may hang: a fresh attempt now, with a fresh
        // backoff (disconnect() also drops the attempt in progress and the pending retry).
        clearTimeout(retryTimer);
        socket.disconnect?.();
        socket.connect?.();
      }
    },
    send(command: WireCommand) {
      if (!socket?.connected) return false;
      socket.emit('AgentCmd', command);
      // Never let a command wait in socket.io's buffer to be sent after a reconnect.
      if (socket.sendBuffer && socket.sendBuffer.length > 0) socket.sendBuffer.length = 0;
      return true;
    },
  };
}
