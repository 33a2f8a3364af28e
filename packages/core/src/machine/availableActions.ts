import type { ActionName, CallPhase, WinCallState } from './state';
import { ACTION_NAMES } from './state';
import { wrapUpPending } from './wrapUp';

/** Why an action is not available now; a UI turns this into "disabled because…". */
export type UnavailableReason =
  | 'signedOut'
  | 'signingIn'
  | 'alreadySignedIn'
  | 'notConnected'
  | 'pending'
  | 'phoneOffline'
  | 'inCall'
  | 'noCall'
  | 'notRinging'
  | 'notAlwaysOn'
  | 'notTalking'
  | 'onHold'
  | 'notHeld'
  | 'alreadyConsulting'
  | 'notConsulting'
  | 'consultNotConnected'
  | 'notInThreeWay'
  | 'notMonitoring'
  | 'alreadyIdle'
  | 'autoDialOn'
  | 'autoDialOff'
  /** After-call work with a required wrap-up code not chosen yet (the client's `wrapUp.required`). */
  | 'wrapUpRequired';

const CONSULT_PHASES: readonly CallPhase[] = ['consulting', 'consultConnected', 'threeWay'];
const DTMF_PHASES: readonly CallPhase[] = ['connected', 'consulting', 'consultConnected', 'threeWay'];

function isSignedIn(state: WinCallState): boolean {
  return state.agent.status !== 'signedOut' && state.agent.status !== 'signingIn';
}

/**
 * Why `action` cannot be performed now, or `null` when it can. The single source of truth for
 * `availableActions`, the client's local guards and a UI's disabled hints.
 */
export function unavailableReason(state: WinCallState, action: ActionName): UnavailableReason | null {
  const { agent, call, pending, connection } = state;

  if (action === 'login') {
    if (agent.status === 'signingIn') return 'signingIn';
    // Signing in opens (or waits for) the connection itself.
    return isSignedIn(state) ? 'alreadySignedIn' : null;
  }
  if (agent.status === 'signingIn') return 'signingIn';
  if (!isSignedIn(state)) return 'signedOut';
  if (connection !== 'connected') return 'notConnected';
  // One command at a time (the server answers MT 10 code 101 otherwise); hanging up stays possible.
  if (pending && !(action === 'hangup' && call && pending.command !== 'hangup')) return 'pending';
  if (agent.status === 'offline' && action !== 'logout') return 'phoneOffline';

  // Leaving after-call work to take the next call waits for a required wrap-up code (busy and
  // sign-out do not: the record then goes without it).
  const codeFirst = agent.status === 'afterCallWork' && wrapUpPending(state);

  switch (action) {
    case 'dialinner':
    case 'dialouter':
      if (call) return 'inCall';
      return codeFirst ? 'wrapUpRequired' : null;
    case 'logout':
    case 'chanspy':
    case 'busy':
      return call ? 'inCall' : null;
    case 'unbusy':
      if (call) return 'inCall';
      if (agent.status === 'idle') return 'alreadyIdle';
      return codeFirst ? 'wrapUpRequired' : null;
    case 'enable_autocall':
      if (call) return 'inCall';
      return agent.autoDial ? 'autoDialOn' : null;
    case 'disable_autocall':
      return agent.autoDial ? null : 'autoDialOff';
    case 'hangup':
      // "Occupied" with no call known to us still lets the agent clear the line.
      return call || agent.status === 'occupied' ? null : 'noCall';
    case 'answer':
      if (!call) return 'noCall';
      if (call.phase !== 'ringing') return 'notRinging';
      return call.alwaysOn ? null : 'notAlwaysOn';
    case 'hold':
      if (!call) return 'noCall';
      if (call.phase === 'held') return 'onHold';
      return call.phase === 'connected' ? null : 'notTalking';
    case 'restore':
      if (!call) return 'noCall';
      return call.phase === 'held' ? null : 'notHeld';
    case 'consultinner':
    case 'consultouter':
      if (!call) return 'noCall';
      if (CONSULT_PHASES.includes(call.phase)) return 'alreadyConsulting';
      return call.phase === 'connected' ? null : 'notTalking';
    case 'consultback':
      if (!call) return 'noCall';
      return call.phase === 'consulting' || call.phase === 'consultConnected' ? null : 'notConsulting';
    case 'transfer':
    case 'threeway':
      if (!call) return 'noCall';
      return call.phase === 'consultConnected' ? null : 'consultNotConnected';
    case 'threewayback':
      if (!call) return 'noCall';
      return call.phase === 'threeWay' ? null : 'notInThreeWay';
    case 'intercept':
      if (!call) return 'noCall';
      return call.phase === 'monitoring' || call.phase === 'barging' ? null : 'notMonitoring';
    case 'breakin':
      if (!call) return 'noCall';
      return call.phase === 'monitoring' ? null : 'notMonitoring';
    case 'evaluate':
    case 'transivr':
    case 'transque':
    case 'transvccque':
    case 'blindtrans':
      if (!call) return 'noCall';
      return call.phase === 'connected' ? null : 'notTalking';
  }
}

/** The vendor actions allowed in `state`, in the vendor's table order. */
export function deriveAvailableActions(state: WinCallState): ActionName[] {
  return ACTION_NAMES.filter((action) => unavailableReason(state, action) === null);
}

/**
 * DTMF has no vendor action name; it is allowed whenever the agent is talking to someone, also
 * while another command or earlier digits wait for their answers (digits are never a pending
 * command: the server answers them in order, and a keypad must not go dead under the agent's
 * fingers on a slow network).
 */
export function canSendDtmf(state: WinCallState): boolean {
  return state.connection === 'connected' && state.call !== null && DTMF_PHASES.includes(state.call.phase);
}
