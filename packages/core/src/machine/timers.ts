import type { AgentState, CallState } from './state';

/**
 * The timers an agent sees, one definition each, shared by the bar, the hooks and the call record
 * (packages/core/README.md, "Timers"). All take the time to measure at (`Date.now()` for a live
 * display, the end for a record) and never count backwards.
 */

/** Time in the current status: since the agent's status (or busy reason) last changed. */
export function timeInStatus(agent: Pick<AgentState, 'since'>, now: number): number {
  return Math.max(0, now - agent.since);
}

/** Time on hold so far: earlier holds plus the current one. */
export function holdTime(call: Pick<CallState, 'heldMs' | 'heldSince'>, now: number): number {
  return (call.heldMs ?? 0) + (call.heldSince === undefined ? 0 : Math.max(0, now - call.heldSince));
}

/** Talk time: from the first connected phase to `now`, hold time excluded; 0 before it connected. */
export function talkTime(call: Pick<CallState, 'connectedAt' | 'heldMs' | 'heldSince'>, now: number): number {
  if (call.connectedAt === undefined) return 0;
  return Math.max(0, now - call.connectedAt - holdTime(call, now));
}

/**
 * After-call work: how long it has lasted and, when the server granted a number of seconds, how
 * long is left (never below 0). `null` outside after-call work.
 */
export function afterCallWork(agent: Pick<AgentState, 'status' | 'since' | 'afterCallSeconds'>, now: number): { elapsedMs: number; remainingMs: number | null } | null {
  if (agent.status !== 'afterCallWork') return null;
  const elapsedMs = Math.max(0, now - agent.since);
  const granted = agent.afterCallSeconds;
  return { elapsedMs, remainingMs: granted === undefined ? null : Math.max(0, granted * 1000 - elapsedMs) };
}
