import type { Command, WinCallError } from '../errors';
import type { RingKind } from '../protocol/translate';
import type { PhoneFailureCode } from '../phone/types';
import type { Notice } from './notices';
import type { WrapUpPolicy, WrapUpState } from './wrapUp';

export type ConnectionStatus = 'idle' | 'connecting' | 'connected' | 'reconnecting' | 'disconnected';

export type AgentStatus = 'signedOut' | 'signingIn' | 'idle' | 'busy' | 'occupied' | 'afterCallWork' | 'offline';

export interface AgentState {
  status: AgentStatus;
  /** The busy-reason id while `busy` (1 = plain busy). */
  busyReasonId?: number;
  /** When the current status began (ms since epoch). */
  since: number;
  /** Wrap-up seconds granted by the server while `afterCallWork`. */
  afterCallSeconds?: number;
  /** Whether the agent has joined an auto-dial project. */
  autoDial: boolean;
  /** The agent's queue ids (from sign-in, updated by the server). */
  queues: number[];
  /** Caller numbers the agent may present when dialling out. */
  callers: string[];
  /** The signed-in agent's number (工号) and extension, while signing in and signed in. */
  agentNum?: string;
  extension?: string;
  /**
   * `supervisor` when the integrator says so (`LoginParams.role`, or the client's `supervisors`
   * option): the wintel protocol itself never says who is a supervisor. Absent = a plain agent.
   */
  role?: AgentRole;
  /**
   * The status the agent chose for after the current call ("after this call: busy — lunch"): the
   * client applies it when the call and its after-call work are over. Absent = back to idle.
   */
  nextStatus?: NextStatus;
  /**
   * Wrap-up codes and a note for each call (the client's `wrapUp` option): `required` when a code
   * must be chosen before Ready. Absent = no wrap-up.
   */
  wrapUpPolicy?: WrapUpPolicy;
}

export type AgentRole = 'agent' | 'supervisor';

/** What the agent goes to once after-call work ends: busy with a reason (1 = plain busy). */
export interface NextStatus {
  status: 'busy';
  reasonId: number;
}

/** Who the agent is consulting: a colleague (by id) or a number. */
export type ConsultTarget = { type: 'agent'; agentId: number } | { type: 'number'; number: string };

/** The consult in progress during `consulting` / `consultConnected` / `threeWay`. */
export interface ConsultState {
  /** Who, when the consult was started from this client (unknown after a reload or a hand-over). */
  target: ConsultTarget | null;
  /** When the consult began (the customer has been on hold since). */
  since: number;
  /** When the consulted party answered. */
  connectedAt?: number;
}

export type CallPhase =
  | 'ringing'
  | 'dialing'
  | 'connected'
  | 'held'
  | 'consulting'
  | 'consultConnected'
  | 'threeWay'
  | 'monitoring'
  | 'barging';

/** How the call came about: a ring kind, an outbound call placed by the agent, or unknown (`null`). */
export type CallKind = RingKind | null;

export interface CallState {
  phase: CallPhase;
  kind: CallKind;
  /** Every field the server sent about this call (Caller, Called, CallId, QueId, ServNum…), as text. */
  params: Readonly<Record<string, string>>;
  /** When the call first appeared (ms since epoch). */
  startedAt: number;
  /** When it was first connected. */
  connectedAt?: number;
  /**
   * While `held`: when the hold began (ms since epoch). Kept in the state, not in a component, so a
   * remounted bar or another tab counts the same hold time.
   */
  heldSince?: number;
  /** Always-on mode: the agent's line stays up and calls are answered from the browser. */
  alwaysOn?: boolean;
  /** Time spent on hold before the current hold, ms (the current one counts from `heldSince`). */
  heldMs?: number;
  /** The consult in progress, while consulting or in a three-way call. */
  consult?: ConsultState;
  /** The far end of a call the agent placed has started ringing (PhoSta 55). */
  farEndRang?: boolean;
  /**
   * The agent asked for this call to end (hang-up or sign-out) or to be handed on (a transfer), and
   * the server has not refused: how the call then ends is the agent's doing, not news.
   */
  ending?: 'agent' | 'transfer';
  /** The connection dropped during this call (ms since epoch), and the server has not yet said it is still there. */
  interruptedAt?: number;
  /** The browser phone's leg of this call failed: why (the call's end is then the phone's doing). */
  phoneFailure?: PhoneFailureCode;
}

/** A command sent and not yet answered: the explicit pending states. */
export type PendingCommand =
  | {
      command: 'login';
      since: number;
      initialStatus: 'idle' | 'busy';
      agentNum?: string;
      extension?: string;
      role?: AgentRole;
      wrapUpPolicy?: WrapUpPolicy;
      /** Queues and caller numbers of the session being taken over, until the server says otherwise. */
      session?: { queues: number[]; callers: string[] };
    }
  | { command: 'busy'; since: number; reasonId: number }
  | { command: 'consultInner' | 'consultOuter'; since: number; target?: ConsultTarget }
  | { command: Exclude<Command, 'login' | 'busy' | 'consultInner' | 'consultOuter'>; since: number };

/** Vendor action names (the legacy "操作类型" table plus `transvccque`): what a UI enables. */
export type ActionName =
  | 'login'
  | 'logout'
  | 'dialinner'
  | 'dialouter'
  | 'hangup'
  | 'answer'
  | 'consultinner'
  | 'consultouter'
  | 'consultback'
  | 'busy'
  | 'unbusy'
  | 'hold'
  | 'restore'
  | 'transfer'
  | 'threeway'
  | 'threewayback'
  | 'chanspy'
  | 'intercept'
  | 'breakin'
  | 'evaluate'
  | 'enable_autocall'
  | 'disable_autocall'
  | 'transivr'
  | 'transque'
  | 'transvccque'
  | 'blindtrans';

export const ACTION_NAMES: readonly ActionName[] = [
  'login',
  'logout',
  'dialinner',
  'dialouter',
  'hangup',
  'answer',
  'consultinner',
  'consultouter',
  'consultback',
  'busy',
  'unbusy',
  'hold',
  'restore',
  'transfer',
  'threeway',
  'threewayback',
  'chanspy',
  'intercept',
  'breakin',
  'evaluate',
  'enable_autocall',
  'disable_autocall',
  'transivr',
  'transque',
  'transvccque',
  'blindtrans',
];

export interface WinCallState {
  connection: ConnectionStatus;
  agent: AgentState;
  call: CallState | null;
  /** The command awaiting the server's answer, if any. */
  pending: PendingCommand | null;
  /** The vendor actions allowed now; always derived from the rest of the state. */
  availableActions: readonly ActionName[];
  lastError: WinCallError | null;
  /**
   * Since when the server has been silent although it owed an answer (a command unanswered for
   * `timeouts.stall`, or a heartbeat overdue by half an interval), while the socket still looks
   * open: a stalled network. `null` when the connection is healthy; cleared by the next frame and
   * by any change of `connection`.
   */
  stalledSince: number | null;
  /**
   * What the agent should be told: a missed ring, a failed dial, a lost call, a supervisor's
   * order… (machine/notices.ts), oldest first, each until its own end. Words: `noticeText`.
   */
  notices: readonly Notice[];
  /**
   * The wrap-up (code and note) of the current call, or of the last one until its record can go
   * out (machine/wrapUp.ts); `null` when there is none. Set with `client.setWrapUp()`.
   */
  wrapUp: WrapUpState | null;
}

export function initialState(now: number): WinCallState {
  return {
    connection: 'idle',
    agent: { status: 'signedOut', since: now, autoDial: false, queues: [], callers: [] },
    call: null,
    pending: null,
    availableActions: ['login'],
    lastError: null,
    stalledSince: null,
    notices: [],
    wrapUp: null,
  };
}
