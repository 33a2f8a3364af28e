import type { WireCommand } from '../protocol/commands';

/** The connection as a transport sees it. */
export type TransportStatus = 'connecting' | 'connected' | 'reconnecting' | 'disconnected';

export interface TransportListener {
  /** One `toAgent` payload, undecoded. */
  frame(payload: unknown): void;
  status(status: TransportStatus, detail?: { reason?: string }): void;
}

/**
 * A duplex channel to a wintel server. The client owns exactly one. Nothing is buffered:
 * `send` returns `false` when the command could not be handed to a live connection.
 */
export interface Transport {
  readonly status: TransportStatus | 'idle';
  /** Starts connecting (no-op when already open). */
  open(): void;
  /** Closes for good: no reconnection, no more events. */
  close(): void;
  send(command: WireCommand): boolean;
  /**
   * Drops the current connection and reconnects (with the transport's backoff): used when the
   * connection looks alive but has gone silent.
   */
  reconnect(): void;
  subscribe(listener: TransportListener): () => void;
}
