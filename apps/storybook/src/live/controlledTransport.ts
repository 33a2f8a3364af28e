import type { Transport, TransportListener, TransportStatus } from '@wincall/core';

/** How a simulated outage ends for the client: still trying, or given up. */
export type Outage = 'reconnecting' | 'disconnected';

/**
 * A transport in front of the simulator's memory transport that a story can sabotage: keep the
 * server's answers back (a server that stopped answering), or take the link down for as long as
 * the story wants (the simulator itself can only drop sockets that reconnect a second later).
 */
export interface ControlledTransport extends Transport {
  /** From now on the server's frames are kept back, as if it had stopped answering. */
  holdReplies(): void;
  /** Delivers what was kept back and lets frames through again. */
  releaseReplies(): void;
  /** The link goes down: the client sees `outage` and nothing gets through until `restore()`. */
  cut(outage: Outage): void;
  /** The link comes back: the client reconnects (and re-authenticates) as after a real outage. */
  restore(): void;
  readonly outage: Outage | null;
}

export function createControlledTransport(inner: Transport): ControlledTransport {
  const listeners = new Set<TransportListener>();
  let status: TransportStatus | 'idle' = 'idle';
  let outage: Outage | null = null;
  let holding = false;
  const held: unknown[] = [];

  const setStatus = (next: TransportStatus, detail?: { reason?: string }) => {
    if (next === status) return;
    status = next;
    for (const listener of [...listeners]) listener.status(next, detail);
  };
  const deliver = (payload: unknown) => {
    for (const listener of [...listeners]) listener.frame(payload);
  };

  inner.subscribe({
    frame(payload) {
      if (outage) return;
      if (holding) held.push(payload);
      else deliver(payload);
    },
    status(next, detail) {
      if (outage) return;
      // Coming back from an outage the inner transport opens afresh; for the client that is
      // still the same reconnection, which must end in a resume.
      if (status === 'reconnecting' && next === 'connecting') return;
      setStatus(next, detail);
    },
  });

  return {
    get status() {
      return status;
    },
    get outage() {
      return outage;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    open() {
      // Signing in again after the link was given up for lost.
      if (outage === 'disconnected') outage = null;
      if (!outage) inner.open();
    },
    close() {
      outage = null;
      inner.close();
      setStatus('disconnected', { reason: 'closed' });
    },
    send(command) {
      return outage ? false : inner.send(command);
    },
    reconnect() {
      if (!outage) inner.reconnect();
    },
    holdReplies() {
      holding = true;
    },
    releaseReplies() {
      holding = false;
      for (const payload of held.splice(0)) deliver(payload);
    },
    cut(next) {
      if (outage) return;
      outage = next;
      held.length = 0;
      inner.close();
      setStatus(next, { reason: 'simulated outage' });
    },
    restore() {
      if (!outage) return;
      const wasTrying = outage === 'reconnecting';
      outage = null;
      if (wasTrying) inner.open();
    },
  };
}
