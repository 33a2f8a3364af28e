import type { WireCommand } from '../protocol/commands';
import { createTransportEmitter } from './listeners';
import type { Transport } from './types';

/** One connection to an in-page server (the simulator's model in Storybook). */
export interface MemoryConnection {
  /** Delivers an `AgentCmd` payload to the server. */
  send(command: WireCommand): void;
  /** The client hangs up. */
  close(): void;
}

/** What an in-page server offers: the same shape as a socket.io connection, without the network. */
export interface MemoryServer {
  connect(peer: {
    /** A `toAgent` payload for the client. */
    deliver(payload: string): void;
    /** The server dropped the connection. */
    dropped(): void;
  }): MemoryConnection;
}

export interface MemoryTransportOptions {
  /** Delay before reconnecting after the server dropped us, in ms. */
  reconnectDelay?: number;
}

/**
 * A transport to a server living in the same page. Frames are delivered asynchronously, in order,
 * as they would be over a socket, so client code behaves the same as over the network.
 */
export function createMemoryTransport(server: MemoryServer, options: MemoryTransportOptions = {}): Transport {
  const emitter = createTransportEmitter();
  let connection: MemoryConnection | null = null;
  let wanted = false;
  let generation = 0;
  let reconnectTimer: ReturnType<typeof setTimeout> | undefined;

  const scheduleReconnect = () => {
    reconnectTimer = setTimeout(() => {
      if (wanted) connect();
    }, options.reconnectDelay ?? 1000);
  };

  const connect = () => {
    const mine = ++generation;
    const live = () => mine === generation && wanted;
    connection = server.connect({
      deliver(payload) {
        queueMicrotask(() => {
          if (live()) emitter.frame(payload);
        });
      },
      dropped() {
        queueMicrotask(() => {
          if (!live()) return;
          connection = null;
          generation++;
          emitter.setStatus('reconnecting', { reason: 'transport close' });
          scheduleReconnect();
        });
      },
    });
    queueMicrotask(() => {
      if (live()) emitter.setStatus('connected');
    });
  };

  return {
    get status() {
      return emitter.status;
    },
    subscribe: emitter.subscribe,
    open() {
      if (wanted) return;
      wanted = true;
      emitter.setStatus('connecting');
      connect();
    },
    close() {
      wanted = false;
      generation++;
      clearTimeout(reconnectTimer);
      connection?.close();
      connection = null;
      emitter.setStatus('disconnected', { reason: 'closed' });
    },
    reconnect() {
      if (!wanted) return;
      generation++;
      connection?.close();
      connection = null;
      clearTimeout(reconnectTimer);
      emitter.setStatus('reconnecting', { reason: 'silence' });
      scheduleReconnect();
    },
    send(command) {
      if (!connection || emitter.status !== 'connected') return false;
      connection.send(command);
      return true;
    },
  };
}
