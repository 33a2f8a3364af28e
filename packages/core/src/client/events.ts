import type { WinCallError } from '../errors';
import type { Notice } from '../machine/notices';
import { holdTime, talkTime } from '../machine/timers';
import type { AgentStatus, CallPhase, CallState, ConnectionStatus, WinCallState } from '../machine/state';
import type { ProtocolError } from '../protocol/errors';
import type { ServerOrder } from '../protocol/translate';
import type { CallRecord } from '../records/types';

/** Every event carries the state before and after it, and when it happened. */
export interface StateChange {
  previous: WinCallState;
  current: WinCallState;
  at: number;
}

export interface WinCallEventMap {
  /** Any change of state. */
  stateChanged: StateChange;
  connectionChanged: StateChange & { status: ConnectionStatus };
  agentStatusChanged: StateChange & { status: AgentStatus };
  signedIn: StateChange;
  /** `forced`: a supervisor signed the agent out (never undone automatically). */
  signedOut: StateChange & { forced: boolean };
  /** A call is ringing on the agent's phone (any kind, including the agent's own outbound leg). */
  incomingCall: StateChange & { call: CallState };
  callPhaseChanged: StateChange & { call: CallState; phase: CallPhase };
  /** The agent started talking (first connected phase of this call). */
  callConnected: StateChange & { call: CallState };
  /**
   * The call is over; `call` is the call as it was last seen. The times follow the core's timer
   * definitions (`talkTime`, `holdTime`): talk time excludes hold, and a call lost with the
   * connection ends when the connection dropped.
   */
  callEnded: StateChange & { call: CallState; durationMs: number; talkMs: number; holdMs: number };
  /**
   * A call is over, wrap-up included: its complete record. Exactly one per call, in the tab holding
   * the connection and relayed to the others (see the README, "Call records").
   */
  callRecord: StateChange & { record: CallRecord };
  /** Digits the caller keyed in an IVR the agent transferred them to. */
  ivrResult: StateChange & { digits: string };
  /** A supervisor order or server fault (MT 10). */
  serverOrder: StateChange & { order: ServerOrder };
  /** A command or the connection failed. */
  error: StateChange & { error: WinCallError };
  /** A frame or message from the server could not be understood; the client carried on. */
  protocolError: StateChange & { error: ProtocolError };
  /**
   * Something the agent should be told (a missed ring, a failed dial, a lost call, a supervisor's
   * order…): a new notice, or one updated in place (same `id`). Words: `noticeText(notice, locale)`.
   */
  notice: StateChange & { notice: Notice };
}

export type WinCallEventName = keyof WinCallEventMap;

type Emit = <K extends WinCallEventName>(name: K, payload: WinCallEventMap[K]) => void;

const isSignedIn = (status: AgentStatus) => status !== 'signedOut' && status !== 'signingIn';

/** Derives the domain events of one state transition, in the order a UI wants them. */
export function emitTransitionEvents(change: StateChange, emit: Emit, forcedSignOut = false): void {
  const { previous, current } = change;
  if (previous === current) return;

  if (previous.connection !== current.connection) {
    emit('connectionChanged', { ...change, status: current.connection });
  }

  const before = previous.call;
  const after = current.call;
  if (before && !after) {
    const end = before.interruptedAt ?? change.at;
    emit('callEnded', {
      ...change,
      call: before,
      durationMs: Math.max(0, end - before.startedAt),
      talkMs: talkTime(before, end),
      holdMs: holdTime(before, end),
    });
  }
  if (after && (before?.phase !== after.phase || before.startedAt !== after.startedAt)) {
    if (after.phase === 'ringing') emit('incomingCall', { ...change, call: after });
    emit('callPhaseChanged', { ...change, call: after, phase: after.phase });
    if (after.connectedAt !== undefined && before?.connectedAt === undefined) {
      emit('callConnected', { ...change, call: after });
    }
  }

  if (previous.agent.status !== current.agent.status) {
    emit('agentStatusChanged', { ...change, status: current.agent.status });
    if (!isSignedIn(previous.agent.status) && isSignedIn(current.agent.status)) emit('signedIn', change);
    if (isSignedIn(previous.agent.status) && current.agent.status === 'signedOut') {
      emit('signedOut', { ...change, forced: forcedSignOut });
    }
  }

  if (previous.notices !== current.notices) {
    const known = new Set(previous.notices);
    for (const notice of current.notices) if (!known.has(notice)) emit('notice', { ...change, notice });
  }

  emit('stateChanged', change);
}
