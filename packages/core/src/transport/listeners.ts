import type { TransportListener, TransportStatus } from './types';

/** The listener set and status bookkeeping shared by transports. */
export function createTransportEmitter() {
  const listeners = new Set<TransportListener>();
  let status: TransportStatus | 'idle' = 'idle';
  return {
    get status() {
      return status;
    },
    subscribe(listener: TransportListener): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    frame(payload: unknown): void {
      for (const listener of [...listeners]) listener.frame(payload);
    },
    setStatus(next: TransportStatus, detail?: { reason?: string }): void {
      if (next === status) return;
      status = next;
      for (const listener of [...listeners]) listener.status(next, detail);
    },
    clear(): void {
      listeners.clear();
    },
  };
}
