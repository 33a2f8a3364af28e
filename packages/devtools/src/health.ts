import type { WinCallClientOptions, WinCallState } from '@wincall/core';
import type { RecordedEntry } from './recorder';

/** A command on the wire still waiting for its result (`MT 1` with its `Retact`). */
export interface AwaitedCommand {
  action: number;
  sentAt: number;
  /** When the client gives up on it (`timeouts.command`). */
  deadline: number;
}

export interface ConnectionHealth {
  transport: string;
  connection: WinCallState['connection'];
  lastFrameAt: number | null;
  /** Between the last two heartbeats (MT 2), as measured here. */
  heartbeatInterval: number | null;
  /** When the client's silence watchdog would drop a connection that stays silent, or null (off / not armed). */
  watchdogAt: number | null;
  stalledSince: number | null;
  /** How many times the connection went to `reconnecting`, in all and since it was last connected. */
  reconnects: number;
  reconnectsSinceConnected: number;
  awaiting: AwaitedCommand[];
}

const KEEP_ALIVE = 7;

function messageTypes(payload: unknown): Array<Record<string, unknown>> {
  if (typeof payload !== 'string') return typeof payload === 'object' && payload !== null ? [payload as Record<string, unknown>] : [];
  const out: Array<Record<string, unknown>> = [];
  for (const piece of payload.split('\r\n')) {
    try {
      const parsed: unknown = JSON.parse(piece.trim());
      if (typeof parsed === 'object' && parsed !== null) out.push(parsed as Record<string, unknown>);
    } catch {
      // not a message
    }
  }
  return out;
}

/**
 * The client's connection health, derived from what it reported (frames, transitions, options),
 * mirroring its own rules (client/createClient.ts): the watchdog allows three heartbeat
 * intervals, at least 5 s, unless `silenceTimeout` says otherwise.
 */
export function connectionHealth(entries: readonly RecordedEntry[], state: WinCallState, options: Readonly<WinCallClientOptions> | null): ConnectionHealth {
  let lastFrameAt: number | null = null;
  const heartbeats: number[] = [];
  let reconnects = 0;
  let reconnectsSinceConnected = 0;
  let awaiting: AwaitedCommand[] = [];
  const commandTimeout = options?.timeouts?.command ?? 10_000;
  for (const entry of entries) {
    if (entry.dir === 'in') {
      lastFrameAt = entry.at;
      for (const message of messageTypes(entry.payload)) {
        const mt = Number(message.MT);
        if (mt === 2) heartbeats.push(entry.at);
        if (mt === 1) {
          const index = awaiting.findIndex((command) => command.action === Number(message.Retact));
          if (index !== -1) awaiting.splice(index, 1);
        }
      }
    } else if (entry.dir === 'out') {
      const action = Number(entry.command.Action);
      if (entry.sent && action !== KEEP_ALIVE) awaiting.push({ action, sentAt: entry.at, deadline: entry.at + commandTimeout });
    } else if (entry.previous.connection !== entry.current.connection) {
      if (entry.current.connection === 'reconnecting') {
        reconnects++;
        reconnectsSinceConnected++;
      } else if (entry.current.connection === 'connected') reconnectsSinceConnected = 0;
      if (entry.current.connection !== 'connected') awaiting = [];
    }
  }
  const last = heartbeats.length;
  const heartbeatInterval = last >= 2 ? heartbeats[last - 1]! - heartbeats[last - 2]! : null;
  const silence =
    options?.silenceTimeout !== undefined
      ? options.silenceTimeout > 0
        ? options.silenceTimeout
        : null
      : heartbeatInterval !== null && heartbeatInterval > 0
        ? Math.max(3 * heartbeatInterval, 5_000)
        : null;
  return {
    transport: options ? (options.transport ? 'custom transport' : `socket.io ${options.serverUrl ?? options.host ?? ''}`.trim()) : 'unknown (no tap)',
    connection: state.connection,
    lastFrameAt,
    heartbeatInterval,
    watchdogAt: silence !== null && lastFrameAt !== null && state.connection === 'connected' ? lastFrameAt + silence : null,
    stalledSince: state.stalledSince,
    reconnects,
    reconnectsSinceConnected,
    awaiting,
  };
}
