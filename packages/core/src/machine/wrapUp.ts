import type { MachineInput } from './inputs';
import type { CallKind, WinCallState } from './state';

/**
 * Wrap-up (disposition): a code the agent chooses for a call ("resolved", "call back") and a note,
 * saved into the call's record. The wintel protocol knows nothing of it: the codes come from the
 * client's `wrapUp` option (or the integrator's own endpoint), and the choice lives in the state so
 * that every tab and a remounted bar show the same.
 */

/** One wrap-up code the agent can choose. */
export interface WrapUpCode {
  /** Stable id, saved into the record. */
  id: string;
  /** What the agent reads, saved into the record too (the list may change later). */
  label: string;
}

/**
 * `optional`: the agent may set a code and a note; `required`: a code must be chosen before the
 * agent goes ready (or dials) from after-call work, and the call's record waits for it.
 */
export type WrapUpPolicy = 'optional' | 'required';

/** The wrap-up of one call, from the moment it connects until its record can go out. */
export interface WrapUpState {
  /** `startedAt` of the call it is about (the call's and its record's start). */
  callStartedAt: number;
  code: string | null;
  /** The code's label as the list gave it when chosen. */
  label: string | null;
  /** Agent-typed text, at most `WRAP_UP_NOTE_MAX` characters; shown as text, never as markup. */
  note: string;
}

/** The longest note `setWrapUp` accepts (characters). */
export const WRAP_UP_NOTE_MAX = 1000;

/**
 * Whether a call gets a wrap-up: one that connected (a ring nobody answered or a dial that failed
 * has nothing to code) and is not a supervisor listening in.
 */
export function wrapsUp(kind: CallKind, connected: boolean): boolean {
  return connected && kind !== 'chanspy';
}

const isSignedIn = (state: WinCallState) => state.agent.status !== 'signedOut' && state.agent.status !== 'signingIn';

/**
 * The wrap-up after `previous → next`. It opens when a call connects, takes the agent's choices
 * (`wrapUp` inputs for that call), and closes once the call and its after-call work are over —
 * except while a required code is missing: then it stays open (the record waits) until the code
 * comes, the next call starts, or the agent signs out.
 */
export function nextWrapUp(previous: WinCallState, next: WinCallState, input: MachineInput): WrapUpState | null {
  const policy = next.agent.wrapUpPolicy;
  if (!policy || !isSignedIn(next)) return null;
  let wrapUp = next.wrapUp;
  if (input.type === 'wrapUp' && wrapUp && wrapUp.callStartedAt === input.callStartedAt) {
    const { code, label, note } = input;
    if (code !== wrapUp.code || label !== wrapUp.label || note !== wrapUp.note) wrapUp = { ...wrapUp, code, label, note };
  }
  const call = next.call;
  // Transition-based (not a comparison of `callStartedAt` with the call's): a tab taking over a
  // session shows the previous leader's call times for a moment, and must not reopen the wrap-up.
  const newCall = call !== null && call.startedAt !== previous.call?.startedAt;
  if (newCall) wrapUp = null;
  const connects = call !== null && call.connectedAt !== undefined && (newCall || previous.call?.connectedAt === undefined);
  if (connects && wrapUp === null && wrapsUp(call.kind, true)) {
    return { callStartedAt: call.startedAt, code: null, label: null, note: '' };
  }
  if (wrapUp && call === null && next.agent.status !== 'occupied' && next.agent.status !== 'afterCallWork') {
    const waiting = policy === 'required' && wrapUp.code === null;
    if (!waiting) return null;
  }
  return wrapUp;
}

/** A required code is missing for the call in after-call work: Ready (and dialling) wait for it. */
export function wrapUpPending(state: WinCallState): boolean {
  return state.agent.wrapUpPolicy === 'required' && state.wrapUp !== null && state.wrapUp.code === null;
}
