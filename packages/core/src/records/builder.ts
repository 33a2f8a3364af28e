import type { Command } from '../errors';
import type { MachineInput } from '../machine/inputs';
import type { CallKind, CallPhase, CallState, WinCallState } from '../machine/state';
import { codeDue, toRecord } from './toRecord';
import type { CallEndReason, CallRecord, CallTarget, CallWrapUp, ConsultRecord, TransferRecord } from './types';

/**
 * The call being recorded. Plain data (JSON-safe): the leader tab hands it to the next leader and
 * keeps it in the session vault, so a hand-over or a reload continues the same record.
 */
export interface CallDraft {
  stage: 'live' | 'wrapUp';
  /** `call.startedAt` of the state's call this draft follows; null while not matched (handed over). */
  stateKey: number | null;
  startedAt: number;
  kind: CallKind;
  rang: boolean;
  phase: CallPhase;
  callIds: string[];
  params: Record<string, string>;
  agentNum: string | null;
  answeredAt: number | null;
  heldSince: number | null;
  holdMs: number;
  holdCount: number;
  consults: Array<ConsultRecord & { command: Command }>;
  transfers: Array<TransferRecord & { command: Command }>;
  ivrDigits: string[];
  /** The agent's hang-up (or sign-out) was sent during the call and has not failed. */
  hungUp: boolean;
  /** The server said the call was transferred away (PhoSta 33). */
  transferredAway: boolean;
  /** Code of the last refused command while the call was not answered. */
  failedCode: string | null;
  /** The connection dropped (or the draft was handed over) and the server has not yet said what is left. */
  awaitingResync: boolean;
  /** When the connection dropped during the call (null while it has not, or the server has since spoken of the call). */
  lostAt?: number | null;
  /** The browser phone's leg of the call failed: its code. */
  phoneFailure?: string | null;
  endedAt: number | null;
  endReason: CallEndReason | null;
  afterCallWorkSince: number | null;
  /** The wrap-up the agent set for this call (the last `wrapUp` input about it). */
  wrapUp?: CallWrapUp | null;
  /** A wrap-up code is required for this call (the agent's `wrapUpPolicy` when it began). */
  wrapUpRequired?: boolean;
  /** After-call work ended while the record waited for a required code: when. */
  afterCallWorkEndedAt?: number | null;
}

/** What the recorder remembers between steps; JSON-safe. */
export interface CallRecorderMemory {
  draft: CallDraft | null;
  /** Ids of the last records emitted: a resumed or handed-over recorder never emits one twice. */
  recent: string[];
  /** The target of each command the agent just asked for, until it is sent. */
  intents: Partial<Record<Command, CallTarget | null>>;
}

export type RecorderInput =
  | { type: 'intent'; command: Command; target: CallTarget | null }
  | { type: 'transition'; input: MachineInput; previous: WinCallState; current: WinCallState; at: number };

export interface RecorderStep {
  memory: CallRecorderMemory;
  records: CallRecord[];
}

const RECENT_IDS = 20;
const CONSULTS: ReadonlySet<Command> = new Set(['consultInner', 'consultOuter']);
/** Commands that hand the customer to someone else (the IVR sends them back: not an end). */
const TRANSFERS: ReadonlySet<Command> = new Set([
  'transfer',
  'blindTransfer',
  'transferToQueue',
  'transferToTenantQueue',
  'transferToIvr',
  'evaluate',
]);
const ENDING: ReadonlySet<Command> = new Set(['hangup', 'logout']);
/** Commands that place a call: their refusal is the `resultCode` of a call that failed. */
const DIALS: ReadonlySet<Command> = new Set(['dialOuter', 'dialInner', 'chanspy']);

export function emptyMemory(): CallRecorderMemory {
  return { draft: null, recent: [], intents: {} };
}

/**
 * One step of the call-record builder: pure, `(memory, input) → (memory, records)`. Fed with every
 * machine input and the state before and after it, and with the targets of the commands sent.
 */
export function recordStep(memory: CallRecorderMemory, input: RecorderInput): RecorderStep {
  if (input.type === 'intent') {
    return { memory: { ...memory, intents: { ...memory.intents, [input.command]: input.target } }, records: [] };
  }
  const records: CallRecord[] = [];
  let { draft, recent } = memory;
  let intents = memory.intents;
  const { input: machineInput, previous, current, at } = input;

  const emit = (finished: CallDraft, wrapUpEndedAt: number) => {
    const record = toRecord(finished, wrapUpEndedAt);
    if (!recent.includes(record.id)) {
      records.push(record);
      recent = [...recent, record.id].slice(-RECENT_IDS);
    }
  };

  if (machineInput.type === 'commandSent') {
    const { command } = machineInput.pending;
    const target = intents[command] ?? null;
    if (command in intents) {
      const { [command]: _sent, ...rest } = intents;
      intents = rest;
    }
    if (draft?.stage === 'live') draft = onCommandSent(draft, command, target, at);
  }
  // A command may fail after the call ended (a hang-up racing the end): it still was not the agent's doing.
  if (machineInput.type === 'commandFailed' && draft) {
    draft = onCommandFailed(draft, machineInput.command, machineInput.error.reason, machineInput.error.code);
  }
  if (machineInput.type === 'phone' && machineInput.event.kind === 'legFailed' && draft?.stage === 'live' && !draft.phoneFailure) {
    draft = { ...draft, phoneFailure: machineInput.event.code };
  }
  if (machineInput.type === 'wrapUp' && draft && draft.stateKey !== null && draft.stateKey === machineInput.callStartedAt) {
    const { code, label, note } = machineInput;
    draft = { ...draft, wrapUp: { code, label, note } };
  }
  if (machineInput.type === 'connection' && machineInput.status === 'reconnecting' && draft) {
    draft = { ...draft, awaitingResync: true, lostAt: draft.stage === 'live' ? (draft.lostAt ?? at) : null };
  }

  const call = current.call;
  const signedOutNow = isSignedIn(previous) && !isSignedIn(current);
  const serverEvent = machineInput.type === 'server' ? machineInput.event : null;

  // A draft handed over from another tab or page: match it to the call the server reports.
  if (draft && draft.stateKey === null && draft.stage === 'live') {
    if (call && sameCallId(draft, call)) {
      draft = { ...draft, stateKey: call.startedAt, awaitingResync: false };
    } else if (call || signedOutNow || (serverEvent?.type === 'agent' && serverEvent.status !== 'occupied')) {
      draft = end(draft, at, endReasonOf(machineInput, true));
    }
  }

  // The live call: follow it, or close it when it is gone.
  if (draft?.stage === 'live' && draft.stateKey !== null) {
    const same = call !== null && call.startedAt === draft.stateKey;
    if (same) {
      draft = follow(draft, call, at);
      if (serverEvent?.type === 'call') draft = { ...draft, awaitingResync: false, lostAt: null };
      if (serverEvent?.type === 'call' && serverEvent.signal === 'transferred') draft = { ...draft, transferredAway: true };
      if (serverEvent?.type === 'ivrResult') draft = { ...draft, ivrDigits: [...draft.ivrDigits, serverEvent.digits] };
    } else {
      const lostInGap = draft.awaitingResync && serverEvent?.type === 'agent';
      draft = end(draft, at, endReasonOf(machineInput, lostInGap));
    }
  }

  // After the call: after-call work, until the agent is available again (or the next call).
  if (draft?.stage === 'wrapUp') {
    const status = current.agent.status;
    const settledByServer = !draft.awaitingResync || serverEvent?.type === 'agent';
    if (serverEvent?.type === 'agent') draft = { ...draft, awaitingResync: false };
    // A hang-up or transfer sent just as the call ended decides the end reason by its answer: wait for it.
    const answerDue = current.pending !== null && (ENDING.has(current.pending.command) || TRANSFERS.has(current.pending.command));
    if (call !== null || signedOutNow || machineInput.type === 'connection' && machineInput.status === 'disconnected') {
      emit(draft, draft.afterCallWorkEndedAt ?? at);
      draft = null;
    } else if (status === 'afterCallWork') {
      if (draft.afterCallWorkSince === null) draft = { ...draft, afterCallWorkSince: at };
    } else if (status !== 'occupied' && settledByServer && !answerDue) {
      if (codeDue(draft)) {
        // A required wrap-up code is still missing: the record waits for it (or for the next call).
        if (draft.afterCallWorkEndedAt == null) draft = { ...draft, afterCallWorkEndedAt: at };
      } else {
        emit(draft, draft.afterCallWorkEndedAt ?? at);
        draft = null;
      }
    }
  }

  // A new call on the phone.
  if (call && (draft === null || draft.stage === 'wrapUp') && current.agent.status !== 'signedOut') {
    if (draft) {
      emit(draft, at);
      draft = null;
    }
    draft = start(call, current.agent.agentNum ?? previous.agent.agentNum ?? null, at);
    if (current.agent.wrapUpPolicy === 'required') draft = { ...draft, wrapUpRequired: true };
  }

  return { memory: draft === memory.draft && recent === memory.recent && intents === memory.intents ? memory : { draft, recent, intents }, records };
}

function isSignedIn(state: WinCallState): boolean {
  return state.agent.status !== 'signedOut' && state.agent.status !== 'signingIn';
}

function sameCallId(draft: CallDraft, call: CallState): boolean {
  const id = call.params.CallId;
  return id !== undefined && draft.callIds.includes(id);
}

function start(call: CallState, agentNum: string | null, at: number): CallDraft {
  const draft: CallDraft = {
    stage: 'live',
    stateKey: call.startedAt,
    startedAt: call.startedAt,
    kind: call.kind,
    rang: call.phase === 'ringing',
    phase: call.phase,
    callIds: [],
    params: { ...call.params },
    agentNum,
    answeredAt: null,
    heldSince: null,
    holdMs: 0,
    holdCount: 0,
    consults: [],
    transfers: [],
    ivrDigits: [],
    hungUp: false,
    transferredAway: false,
    failedCode: null,
    awaitingResync: false,
    endedAt: null,
    endReason: null,
    afterCallWorkSince: null,
  };
  return follow(draft, call, at);
}

/** Updates the draft from the call as the state now shows it. */
function follow(draft: CallDraft, call: CallState, at: number): CallDraft {
  const next = { ...draft, params: { ...draft.params, ...call.params } };
  const id = call.params.CallId;
  if (id !== undefined && id !== '' && !draft.callIds.includes(id)) next.callIds = [...draft.callIds, id];
  if (next.kind === null && call.kind !== null) next.kind = call.kind;
  if (next.answeredAt === null && call.connectedAt !== undefined) next.answeredAt = Math.max(call.connectedAt, draft.startedAt);
  const phase = call.phase;
  if (phase !== draft.phase) {
    if (phase === 'held') {
      next.heldSince = at;
      next.holdCount = draft.holdCount + 1;
    } else if (draft.heldSince !== null) {
      next.holdMs = draft.holdMs + Math.max(0, at - draft.heldSince);
      next.heldSince = null;
    }
    const last = draft.consults.length - 1;
    if ((phase === 'consultConnected' || phase === 'threeWay') && last >= 0) {
      const consult = draft.consults[last]!;
      next.consults = [
        ...draft.consults.slice(0, last),
        { ...consult, connected: true, threeWay: consult.threeWay || phase === 'threeWay' },
      ];
    }
    next.phase = phase;
  }
  return next;
}

function onCommandSent(draft: CallDraft, command: Command, target: CallTarget | null, at: number): CallDraft {
  if (ENDING.has(command)) return { ...draft, hungUp: true };
  if (CONSULTS.has(command) && target && (target.type === 'agent' || target.type === 'number')) {
    return { ...draft, consults: [...draft.consults, { target, at, connected: false, threeWay: false, command }] };
  }
  if (TRANSFERS.has(command)) {
    const consulted = draft.consults[draft.consults.length - 1]?.target;
    const to = command === 'transfer' ? (consulted ?? null) : target;
    if (!to) return draft;
    return { ...draft, transfers: [...draft.transfers, { target: to, mode: command === 'transfer' ? 'warm' : 'blind', at, command }] };
  }
  return draft;
}

/** A command that did not take effect is not part of the record (a timeout may still have). */
function onCommandFailed(draft: CallDraft, command: Command, reason: string, code: string): CallDraft {
  if (reason === 'timeout') return draft;
  let next = draft;
  if (ENDING.has(command)) next = { ...next, hungUp: false };
  const lastConsult = next.consults[next.consults.length - 1];
  if (lastConsult?.command === command) next = { ...next, consults: next.consults.slice(0, -1) };
  const lastTransfer = next.transfers[next.transfers.length - 1];
  if (lastTransfer?.command === command) next = { ...next, transfers: next.transfers.slice(0, -1) };
  if (reason === 'rejected' && next.answeredAt === null && DIALS.has(command)) next = { ...next, failedCode: code };
  return next;
}

/**
 * `reason` is kept only when the wire decided it (forced sign-out, lost connection); the rest is
 * decided on emission. A call lost with the connection ended when the connection dropped: its
 * talk and hold time stop there, as the bar's and the `notice`'s do.
 */
function end(draft: CallDraft, at: number, reason: CallEndReason | null): CallDraft {
  const endedAt = reason === 'connectionLost' && draft.lostAt != null ? Math.min(at, Math.max(draft.lostAt, draft.startedAt)) : at;
  const holdMs = draft.heldSince === null ? draft.holdMs : draft.holdMs + Math.max(0, endedAt - draft.heldSince);
  return { ...draft, stage: 'wrapUp', endedAt, endReason: reason, holdMs, heldSince: null, awaitingResync: false, lostAt: null };
}

/** What ended the call when the wire says so itself; null when the commands sent decide it. */
function endReasonOf(input: MachineInput, lostInGap: boolean): CallEndReason | null {
  if (input.type === 'server' && input.event.type === 'order' && input.event.order === 'forcedSignOut') return 'forcedSignOut';
  if (input.type === 'connection' && input.status === 'disconnected') return 'connectionLost';
  return lostInGap ? 'connectionLost' : null;
}
