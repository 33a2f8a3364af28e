import type { CallKind } from '../machine/state';

/** Who or what a consult or a transfer went to. */
export type CallTarget =
  | { type: 'agent'; agentId: number }
  | { type: 'number'; number: string }
  | { type: 'queue'; queueId: number; tenantId?: number }
  | { type: 'ivr' }
  | { type: 'survey' };

/** A consult the agent started during the call. */
export interface ConsultRecord {
  target: Extract<CallTarget, { type: 'agent' } | { type: 'number' }>;
  /** When the consult command was sent. */
  at: number;
  /** The consulted party answered (phase `consultConnected` was reached). */
  connected: boolean;
  /** The consult became a three-way call. */
  threeWay: boolean;
}

/** A transfer the agent made: `warm` after a consult, `blind` straight to a number, queue, IVR or survey. */
export interface TransferRecord {
  target: CallTarget;
  mode: 'warm' | 'blind';
  at: number;
}

/** The wrap-up the agent gave the call (`client.setWrapUp`). */
export interface CallWrapUp {
  /** The chosen code's id, or null when only a note was written. */
  code: string | null;
  /** The code's label when it was chosen. */
  label: string | null;
  /** Agent-typed text (at most 1 000 characters): show it as text, never as markup. */
  note: string;
}

/** How a call ended, as far as the browser can tell (see the core README, "Call records"). */
export type CallEndReason =
  | 'agentHangup'
  | 'remoteHangup'
  | 'transferred'
  | 'missed'
  | 'declined'
  | 'failed'
  | 'forcedSignOut'
  | 'connectionLost'
  /** The browser phone's leg failed (`resultCode`: the `PhoneFailureCode`, e.g. `ICE_FAILED`). */
  | 'phoneFailed';

export type CallDirection = 'inbound' | 'outbound';

/** One call the agent's phone took part in, complete: emitted once as `callRecord` when it is over. */
export interface CallRecord {
  /** Stable id, the same in every tab and after a reload: `<first CallId>:<startedAt>`. */
  id: string;
  /** The server's CallId (the first one seen), or null when the server never sent one. */
  callId: string | null;
  /** Every CallId seen during the call, in order (a queue transfer gets a new one on some servers). */
  callIds: string[];
  /** The agent number (工号) whose phone this was. */
  agentNum: string | null;
  /** How the call reached the phone: the ring kind, `outbound` for a call the agent placed. */
  kind: CallKind;
  /** `inbound` when the phone rang first, `outbound` when the agent placed the call (dial, monitor). */
  direction: CallDirection;
  /** The other party's number: the caller of an inbound call, the number dialled for an outbound one. */
  otherParty: string | null;
  /** The caller number presented on an outbound call (or the number the customer dialled, inbound). */
  callerNumber: string | null;
  /** The queue of the call; `name` only where the host supplied one (the wire carries ids only). */
  queue: { id: number; name: string | null } | null;
  /** Auto-dial project and task, when the server sent them. */
  autoDial: { projectId: number | null; taskId: number | null } | null;
  startedAt: number;
  /** When the agent first talked (first connected phase), or null. */
  answeredAt: number | null;
  /** When the call ended for this phone. */
  endedAt: number;
  /** When after-call work ended (equals `endedAt` when there was none). */
  wrapUpEndedAt: number;
  /** From the first ring (or the dial) to the answer, or to the end when never answered. */
  ringMs: number;
  /** Answered to ended, hold time excluded. */
  talkMs: number;
  hold: { totalMs: number; count: number };
  afterCallWorkMs: number;
  consults: ConsultRecord[];
  transfers: TransferRecord[];
  /** Digits the caller keyed in an IVR the agent sent them to, one entry per IVR visit. */
  ivrDigits: string[];
  endReason: CallEndReason;
  /** The result code when `endReason` is `failed` (e.g. the refused dial's code) or the phone's failure code when `phoneFailed`, else null. */
  resultCode: string | null;
  /** The phone rang and the call was never answered (and the agent did not decline it). */
  missed: boolean;
  /** Every field the server sent about the call, as last seen. */
  params: Readonly<Record<string, string>>;
  /** The wrap-up code and note, when the agent set any (the client's `wrapUp` option); else null. */
  wrapUp: CallWrapUp | null;
  /**
   * A code was required (`wrapUp.required`) and the record went without one: the next call started
   * or the agent signed out (or the connection was given up) before a code was chosen.
   */
  wrapUpMissing: boolean;
}
