import type { Command } from '../errors';
import type { MachineInput } from '../machine/inputs';
import type { WinCallState } from '../machine/state';
import type { CallRecorder, CallRecordsOptions } from '../records/recorder';
import type { CallRecord } from '../records/types';
import { chunks } from './chunks';

/** The recorder of a client, whose code (records/, a chunk of its own) is fetched once someone wants records. */
export interface LazyRecorder extends CallRecorder {
  /** Records are wanted (a `callRecord` listener, or `callRecords` given): fetch the recorder once. */
  want(): void;
}

type Step = (recorder: CallRecorder) => void;
type RecordsChunk = Awaited<ReturnType<typeof chunks.records>>;

/** The recorder's code once fetched: later clients (a reload, a tab taking over) start recording at once. */
let loaded: RecordsChunk | undefined;

/** Fetches the recorder's code (the `callRecord` listeners of a page that awaits it first never wait for it). */
export const loadRecorder = (): Promise<RecordsChunk> => chunks.records().then((chunk) => (loaded = chunk));

/**
 * Until the recorder is in, the client keeps its inputs (the commands' targets and the
 * transitions) since the last point where no record can be open, and replays them into it: a
 * listener that subscribes during a call or its after-call work gets exactly the record a
 * listener from the start gets. While nobody wants records, that buffer is cut at every such
 * point (see `closesRecords`), so it never holds more than the call in progress.
 */
export function createLazyRecorder(
  options: CallRecordsOptions | undefined,
  emit: (record: CallRecord) => void,
  failed?: (cause: unknown) => void,
): LazyRecorder {
  let recorder: CallRecorder | null = null;
  let buffer: Step[] = [];
  /** How many buffered steps came before records were wanted (their records went to nobody); -1: not wanted. */
  let wantedAt = -1;
  /** Records are wanted, but the recorder could not be fetched: fetched again where a call starts or ends. */
  let again = false;
  /** What a failed fetch keeps of the buffer: from the latest call's start (in progress or ended, not yet recorded). */
  let keepFrom = 0;
  /** The buffer holds a call (from `keepFrom`). */
  let callKept = false;
  /** The last input left no record open. */
  let closed = true;
  /** The connection came back and the server has not yet said how the agent is: a wrap-up may still be open. */
  let resyncDue = false;

  const feed = (step: Step) => (recorder ? step(recorder) : buffer.push(step));

  function install({ createCallRecorder }: RecordsChunk) {
    let live = false;
    const next = createCallRecorder(options ?? {}, (record) => {
      if (live) emit(record);
    });
    buffer.forEach((step, index) => {
      live = index >= wantedAt;
      step(next);
    });
    live = true;
    buffer = [];
    recorder = next;
  }

  function load(from: number) {
    wantedAt = from;
    again = false;
    if (loaded) return install(loaded);
    loadRecorder().then(install, (cause: unknown) => {
      // Not fetched (offline for a moment): keep the latest call, and fetch again where a call
      // ends or starts; the kept call's record then comes whole. A failure at every call keeps
      // no more than one call and what followed it.
      buffer = buffer.slice(keepFrom);
      keepFrom = 0;
      wantedAt = -1;
      again = true;
      failed?.(cause);
    });
  }

  return {
    want() {
      if (wantedAt >= 0) return;
      // Unwanted, the buffer holds no more than the call in progress (empty at rest).
      if (!again) callKept = buffer.length > 0;
      // After a failed fetch the listeners were there all along: every buffered step is theirs.
      load(again ? 0 : buffer.length);
    },
    intent(command: Command, args: readonly unknown[]) {
      feed((r) => r.intent(command, args));
    },
    observe(input: MachineInput, previous: WinCallState, current: WinCallState, at: number) {
      if (input.type === 'connection') resyncDue = input.status === 'reconnecting' || (resyncDue && input.status !== 'disconnected');
      if (input.type === 'server' && input.event.type === 'agent') resyncDue = false;
      const step: Step = (r) => r.observe(input, previous, current, at);
      if (recorder) return step(recorder);
      const cut = closesRecords(previous, current, resyncDue);
      // A call starts, or the last one is over (its wrap-up included).
      const edge = cut === 'opens' || (cut === 'closed' && !closed);
      closed = cut === 'closed';
      if (wantedAt >= 0 || again) {
        // Wanted: everything is kept for the recorder on its way (or to be fetched again here).
        buffer.push(step);
        if (cut === 'opens') [keepFrom, callKept] = [buffer.length - 1, true];
        else if (closed && !callKept) keepFrom = buffer.length;
        if (edge && again) load(0);
        return;
      }
      if (cut) buffer = cut === 'opens' ? [step] : [];
      else buffer.push(step);
    },
  };
}

/**
 * Where the record builder (records/builder.ts) holds no call after a transition, so that what
 * came before cannot be part of a record still to come: `closed` when there is no call, nothing
 * pending (a hang-up's or transfer's answer decides an end reason), the agent is neither talking
 * nor in after-call work, no reconnection awaits the server's word, and no wrap-up is open (a
 * record waiting for a required code); `opens` when a new call appears (the builder closes
 * whatever it held and starts afresh from this state alone).
 */
export function closesRecords(previous: WinCallState, current: WinCallState, resyncDue: boolean): 'closed' | 'opens' | null {
  const { call, agent } = current;
  if (call) return call.startedAt !== previous.call?.startedAt && agent.status !== 'signedOut' ? 'opens' : null;
  // An open wrap-up outside a call and after-call work: the record waits for a required code.
  return current.pending === null && !resyncDue && agent.status !== 'occupied' && agent.status !== 'afterCallWork' && current.wrapUp === null
    ? 'closed'
    : null;
}
