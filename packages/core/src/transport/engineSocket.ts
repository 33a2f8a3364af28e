import { Socket as Engine } from 'engine.io-client';
import { decodeSocketPacket, encodeSocketPacket, type SocketPacket } from './socketPacket';
import type { IoFactory, SocketLike } from './socketTransport';

type Handler = (...args: never[]) => void;

/**
 * The socket.io client a wintel connection needs, and no more: socket.io-client's own engine
 * (Engine.IO 4: long-polling first, then the WebSocket upgrade, heartbeats) and the few socket.io
 * packets the agent protocol uses (./socketPacket.ts: text CONNECT, DISCONNECT, EVENT and
 * CONNECT_ERROR; binary and acknowledgement packets drop the connection with `parse error`, as
 * socket.io-client drops one it cannot parse), with one socket on one namespace, events both ways,
 * and reconnection with socket.io's backoff (jittered below its maximum: see `retry()`).
 * What socket.io-client adds on top (a cache of managers for multiplexing, several namespaces per
 * connection, acknowledgements and their timeouts, retries, volatile and buffered emits,
 * connection-state recovery, the `debug` logger) is never used by the agent protocol: dropping it
 * saves about 10 KB minified, 3 KB gzip. Same wire, same events, same option names as `io(url, …)`;
 * an integrator can still hand in `io` from socket.io-client (version 2 for Engine.IO 3 servers).
 */
export const connectSocket: IoFactory = (url, options) => createEngineSocket(url, options);

interface Options {
  path?: string;
  reconnection?: boolean;
  reconnectionAttempts?: number;
  reconnectionDelay?: number;
  reconnectionDelayMax?: number;
  randomizationFactor?: number;
  /**
   * How long opening a connection may take (socket.io's default: 20 s). An attempt that timed out
   * gives the next one twice as long, up to four times this, until one connects: a link too slow
   * for the limit still gets through, a dead one is given up quickly.
   */
  timeout?: number;
}

function createEmitter() {
  const handlers = new Map<string, Set<Handler>>();
  return {
    on(event: string, handler: Handler) {
      let set = handlers.get(event);
      if (!set) handlers.set(event, (set = new Set()));
      set.add(handler);
    },
    off(event?: string, handler?: Handler) {
      if (event === undefined) handlers.clear();
      else if (handler === undefined) handlers.delete(event);
      else handlers.get(event)?.delete(handler);
    },
    emit(event: string, ...args: unknown[]) {
      for (const handler of [...(handlers.get(event) ?? [])]) (handler as (...a: unknown[]) => void)(...args);
    },
  };
}

function createEngineSocket(url: string, raw: Record<string, unknown>): SocketLike {
  const options = raw as Options;
  const { origin, pathname } = new URL(url);
  // socket.io reads a path in the URL as the namespace; the wintel servers use the main one.
  const nsp = pathname === '' ? '/' : pathname;
  const maxAttempts = options.reconnectionAttempts ?? Infinity;
  const events = createEmitter();
  const manager = createEmitter();

  let engine: Engine | null = null;
  let cleanup: Array<() => void> = [];
  let connected = false;
  /** Closed by us (or by the server's DISCONNECT): no reconnection until `connect()`. */
  let stopped = false;
  let attempts = 0;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  const baseTimeout = options.timeout ?? 20_000;
  let openTimeout = baseTimeout;

  function write(packet: Exclude<SocketPacket, { type: 'connectError' }>) {
    engine?.write(encodeSocketPacket(packet));
  }

  function open() {
    if (engine) return;
    const current = new Engine(origin, { ...raw, path: options.path ?? '/socket.io' });
    engine = current;
    const openTimer = setTimeout(() => {
      openTimeout = Math.min(openTimeout * 2, baseTimeout * 4);
      onError(new Error('timeout'));
    }, openTimeout);
    let opened = false;
    const onOpen = () => {
      opened = true;
      clearTimeout(openTimer);
      write({ type: 'connect', nsp });
    };
    const onData = (data: unknown) => {
      let packet: SocketPacket;
      try {
        packet = decodeSocketPacket(data);
      } catch (error) {
        // A packet we cannot take: socket.io-client drops such a connection too.
        dropped('parse error', error);
        current.close();
        return;
      }
      try {
        onPacket(packet);
      } catch (error) {
        // A listener's exception is its own: thrown apart, as socket.io-client's next-tick delivery
        // does, never into the engine's read loop (where it would stop the long-polling).
        setTimeout(() => {
          throw error;
        });
      }
    };
    const onError = (error: unknown) => {
      if (opened) return; // after the open, the `close` that follows an error says it all
      release();
      current.close();
      events.emit('connect_error', error);
      retry();
    };
    const onClose = (reason: string) => dropped(reason);
    current.on('open', onOpen);
    current.on('data', onData);
    current.on('error', onError);
    current.on('close', onClose);
    cleanup = [
      () => clearTimeout(openTimer),
      () => {
        current.off('open', onOpen);
        current.off('data', onData);
        current.off('error', onError);
        current.off('close', onClose);
      },
    ];
  }

  /** Forgets the engine (already closed or closing) and its listeners. */
  function release() {
    for (const undo of cleanup) undo();
    cleanup = [];
    engine = null;
  }

  function dropped(reason: string, detail?: unknown) {
    const wasConnected = connected;
    connected = false;
    release();
    if (wasConnected) events.emit('disconnect', reason, detail);
    else events.emit('connect_error', new Error(reason));
    retry();
  }

  function onPacket(packet: SocketPacket) {
    if (packet.nsp !== nsp) return;
    switch (packet.type) {
      case 'connect':
        connected = true;
        attempts = 0;
        openTimeout = baseTimeout;
        events.emit('connect');
        return;
      case 'connectError':
        // Refused by the server (a middleware): socket.io-client does not retry that either.
        events.emit('connect_error', Object.assign(new Error(packet.message), { data: packet.data }));
        return;
      case 'event':
        events.emit(packet.name, ...packet.args);
        return;
      case 'disconnect': {
        // The server closed us on purpose: like socket.io-client, wait to be told to reconnect.
        stopped = true;
        const closing = engine;
        connected = false;
        release();
        closing?.close();
        events.emit('disconnect', 'io server disconnect');
      }
    }
  }

  /**
   * socket.io's backoff (delay × 2^attempt, at most delayMax), with the randomization taken off
   * the delay rather than spread around it: socket.io's ± is cut off by delayMax, so every client
   * at the maximum would retry on the same beat; here delayMax stays the longest wait and clients
   * stay spread out, between (1 − factor) × and 1 × the delay.
   */
  function retry() {
    if (stopped || options.reconnection === false || retryTimer !== undefined) return;
    if (attempts >= maxAttempts) {
      attempts = 0;
      manager.emit('reconnect_failed');
      return;
    }
    // The exponent stops growing long after the delay has reached its maximum (2^1024 is Infinity).
    const base = Math.min((options.reconnectionDelay ?? 1_000) * 2 ** Math.min(attempts++, 30), options.reconnectionDelayMax ?? 5_000);
    const jitter = Math.min(Math.max(options.randomizationFactor ?? 0.5, 0), 1);
    const delay = base * (1 - jitter * Math.random());
    retryTimer = setTimeout(() => {
      retryTimer = undefined;
      if (!stopped) open();
    }, delay);
  }

  function close() {
    stopped = true;
    clearTimeout(retryTimer);
    retryTimer = undefined;
    const closing = engine;
    const wasConnected = connected;
    if (wasConnected) write({ type: 'disconnect', nsp });
    connected = false;
    release();
    closing?.close();
    if (wasConnected) events.emit('disconnect', 'io client disconnect');
  }

  open();

  return {
    get connected() {
      return connected;
    },
    on(event, handler) {
      events.on(event, handler);
    },
    off: events.off,
    emit(event, ...args) {
      // Never buffered: the transport sends only while connected.
      if (connected) write({ type: 'event', nsp, name: event, args });
    },
    close,
    disconnect: close,
    connect() {
      stopped = false;
      attempts = 0;
      clearTimeout(retryTimer);
      retryTimer = undefined;
      open();
    },
    sendBuffer: [],
    io: {
      on: manager.on,
      off: manager.off,
      get engine() {
        return engine ?? undefined;
      },
    },
  };
}
