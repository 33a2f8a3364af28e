import type { Command } from '../errors';
import type { CallPhase, WinCallState } from './state';

const CONSULTING: ReadonlySet<CallPhase | undefined> = new Set(['consulting', 'consultConnected']);

/**
 * Whether the transition `previous → current` shows that `command` took effect: what a late
 * answer to a command that already timed out looks like in the state. A timeout only means that
 * the server did not answer in time; the command may still have reached it and been carried out.
 */
export function tookEffect(command: Command, previous: WinCallState, current: WinCallState): boolean {
  const before = previous.call;
  const after = current.call;
  const agent = current.agent;
  switch (command) {
    case 'hold':
      return after?.phase === 'held' && before?.phase !== 'held';
    case 'restore':
      return before?.phase === 'held' && after?.phase === 'connected';
    case 'hangup':
      return before !== null && after === null;
    case 'answer':
      return before?.phase === 'ringing' && after !== null && after.connectedAt !== undefined;
    case 'busy':
      return agent.status === 'busy' && (previous.agent.status !== 'busy' || previous.agent.busyReasonId !== agent.busyReasonId);
    case 'unbusy':
      return agent.status === 'idle' && previous.agent.status !== 'idle';
    case 'logout':
      return agent.status === 'signedOut' && previous.agent.status !== 'signedOut';
    case 'dialInner':
    case 'dialOuter':
      return before === null && after !== null;
    case 'consultInner':
    case 'consultOuter':
      return !CONSULTING.has(before?.phase) && CONSULTING.has(after?.phase);
    case 'consultBack':
      return CONSULTING.has(before?.phase) && after?.phase === 'connected';
    case 'threeWay':
      return before?.phase !== 'threeWay' && after?.phase === 'threeWay';
    case 'threeWayBack':
      return before?.phase === 'threeWay' && after?.phase === 'connected';
    case 'chanspy':
      return before?.phase !== 'monitoring' && after?.phase === 'monitoring';
    case 'breakin':
      return before?.phase === 'monitoring' && after?.phase === 'barging';
    case 'intercept':
      return (before?.phase === 'monitoring' || before?.phase === 'barging') && after?.phase === 'connected';
    case 'joinAutoDial':
      return !previous.agent.autoDial && agent.autoDial;
    case 'leaveAutoDial':
      return previous.agent.autoDial && !agent.autoDial;
    default:
      // Transfers, DTMF, sign-in and queries leave no trace of their own in the state: only their
      // late result (MT 1) proves them.
      return false;
  }
}
