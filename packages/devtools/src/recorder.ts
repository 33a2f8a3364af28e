import type {
  InspectEvent,
  MachineInput,
  PhoneSipMessage,
  PhoneStatsSample,
  SharedWinCallClient,
  TabRole,
  WinCallClient,
  WinCallClientOptions,
  WinCallState,
} from '@wincall/core';

/** A follower tab sees the leader's state, not its frames: its transitions are "mirrored". */
export type RecordedInput = MachineInput | { type: 'mirrored' };

export type RecordedEntry =
  | { seq: number; dir: 'in'; at: number; payload: unknown }
  | { seq: number; dir: 'out'; at: number; command: Record<string, unknown>; sent: boolean }
  | { seq: number; dir: 'transition'; at: number; input: RecordedInput; previous: WinCallState; current: WinCallState };

/**
 * A SIP message of the browser phone (`client.phone`), as the device gave it (its credentials
 * already out); `seq` is shared with the entries, so the two lists merge in the order they came.
 */
export interface RecordedSip {
  seq: number;
  message: PhoneSipMessage;
}

export interface DevtoolsRecorder {
  readonly client: WinCallClient;
  /** Everything seen since the recorder started (at most `limit` entries, oldest dropped first). */
  entries(): readonly RecordedEntry[];
  /** How many old entries were dropped to stay within the limit. */
  dropped(): number;
  /**
   * The browser phone's SIP messages since the recorder started (at most `limit`, oldest dropped
   * first). Kept apart from `entries`: a bug report's entries are what the simulator replays.
   */
  sip(): readonly RecordedSip[];
  /** The last `getStats()` sample of the browser phone's call, or null (none since started or cleared). */
  stats(): PhoneStatsSample | null;
  /** The client's options as it reported them (functions and transports included; reports sanitize them). */
  options(): Readonly<WinCallClientOptions> | null;
  role(): TabRole;
  /** Whether frames are visible here (a follower tab of a shared client has none: the leader holds the socket). */
  seesFrames(): boolean;
  /** Changes with every entry and role change (for `useSyncExternalStore`). */
  version(): number;
  subscribe(listener: () => void): () => void;
  clear(): void;
  /** Starts listening to the client; returns the stop. Nothing is recorded before. */
  start(): () => void;
}

export interface RecorderOptions {
  /** Entries kept in memory. Default 5 000. */
  limit?: number;
}

/**
 * Records a client once started; the devtools start it when they mount (closed or open), so the
 * panel shows the frames from before it was opened. Raw entries stay in memory only; the panel
 * redacts them before it shows or exports anything. Creating one subscribes to nothing.
 */
export function createRecorder(client: WinCallClient, options: RecorderOptions = {}): DevtoolsRecorder {
  const limit = options.limit ?? 5_000;
  const shared = client as Partial<Pick<SharedWinCallClient, 'role' | 'onRoleChange'>>;
  let list: RecordedEntry[] = [];
  let sipList: RecordedSip[] = [];
  let lastStats: PhoneStatsSample | null = null;
  let droppedCount = 0;
  let seq = 0;
  let version = 0;
  let clientOptions: Readonly<WinCallClientOptions> | null = null;
  let tapped = false;
  const listeners = new Set<() => void>();

  const changed = () => {
    version++;
    for (const listener of [...listeners]) listener();
  };
  const push = (entry: RecordedEntry) => {
    list.push(entry);
    if (list.length > limit) {
      const excess = list.length - limit;
      list = list.slice(excess);
      droppedCount += excess;
    }
    changed();
  };

  const onEvent = (event: InspectEvent) => {
    if (event.kind === 'attached') {
      tapped = true;
      clientOptions = event.options;
      changed();
    } else if (event.kind === 'in') push({ seq: ++seq, dir: 'in', at: event.at, payload: event.payload });
    else if (event.kind === 'out') push({ seq: ++seq, dir: 'out', at: event.at, command: event.command, sent: event.sent });
    else push({ seq: ++seq, dir: 'transition', at: event.at, input: event.input, previous: event.previous, current: event.current });
  };
  const onSip = (message: PhoneSipMessage) => {
    sipList.push({ seq: ++seq, message });
    if (sipList.length > limit) sipList = sipList.slice(sipList.length - limit);
    changed();
  };
  const onStats = (sample: PhoneStatsSample) => {
    lastStats = sample;
    changed();
  };

  function start(): () => void {
    // The browser phone's SIP and stats are listened to only while recording: free otherwise.
    const phone = client.phone;
    const stops = [
      client.inspect?.(onEvent) ?? (() => undefined),
      phone ? phone.on('sip', onSip) : () => undefined,
      phone ? phone.on('stats', onStats) : () => undefined,
      // Without a tap (a follower tab, a stand-in client) the state is still worth a timeline.
      client.store.subscribe((current, previous) => {
        if (!tapped) push({ seq: ++seq, dir: 'transition', at: Date.now(), input: { type: 'mirrored' }, previous, current });
      }),
      shared.onRoleChange?.(changed) ?? (() => undefined),
    ];
    return () => {
      for (const stop of stops) stop();
      tapped = false;
    };
  }

  return {
    client,
    entries: () => list,
    dropped: () => droppedCount,
    sip: () => sipList,
    stats: () => lastStats,
    options: () => clientOptions,
    role: () => shared.role ?? 'solo',
    seesFrames: () => tapped,
    version: () => version,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    clear() {
      droppedCount = 0;
      list = [];
      sipList = [];
      lastStats = null;
      changed();
    },
    start,
  };
}
