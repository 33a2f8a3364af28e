import type { Context } from './context';
import type { Agent, Rest } from './types';
import { AGENT_STATE, message, type WireMessage } from './wire/messages';

export type AgentStatus = 'signedOut' | 'idle' | 'busy' | 'occupied' | 'afterCallWork';

/** Derived, never stored: a call beats after-call work, which beats the idle/busy rest state. */
export function agentStatus(agent: Agent): AgentStatus {
  const session = agent.session;
  if (!session || !session.signedIn) return 'signedOut';
  if (session.leg) return 'occupied';
  if (session.afterCallWork) return 'afterCallWork';
  return session.rest.kind;
}

/** Can take a new call right now: signed in, idle, and with a live socket to hear it ring. */
export function isAvailable(agent: Agent): boolean {
  return agentStatus(agent) === 'idle' && agent.session?.connection != null;
}

export function restMessage(rest: Rest): WireMessage {
  return rest.kind === 'idle' ? message.agentState(AGENT_STATE.idle) : message.agentState(AGENT_STATE.busy, rest.reasonId);
}

/** Tells the agent it is idle (or busy again) and, when idle, puts it at the back of the idle line. */
export function returnToRest(ctx: Context, agent: Agent): void {
  const session = agent.session;
  if (!session) return;
  ctx.out.toAgent(agent, restMessage(session.rest));
  if (session.rest.kind === 'idle') session.idleTick = ctx.nextIdleTick();
}

/** The agent's status line after a call it talked on: wrap-up first when configured. */
export function startAfterCallWork(ctx: Context, agent: Agent): void {
  const session = agent.session;
  if (!session) return;
  const seconds = ctx.timings.afterCallWorkSeconds;
  if (seconds <= 0) {
    returnToRest(ctx, agent);
    return;
  }
  stopAfterCallWork(agent);
  const cancel = ctx.later(seconds * 1000, () => {
    if (agent.session !== session || session.afterCallWork?.cancel !== cancel) return;
    session.afterCallWork = null;
    returnToRest(ctx, agent);
  });
  session.afterCallWork = { until: ctx.now() + seconds * 1000, cancel };
  ctx.out.toAgent(agent, message.agentState(AGENT_STATE.afterCallWork, seconds));
}

/** Ends wrap-up early (BUSY/UNBUSY, a new call); no message, the caller says what happens next. */
export function stopAfterCallWork(agent: Agent): void {
  const session = agent.session;
  if (!session?.afterCallWork) return;
  session.afterCallWork.cancel();
  session.afterCallWork = null;
}

/** Seconds of wrap-up left, rounded up, for QUERY. */
export function afterCallSecondsLeft(ctx: Context, agent: Agent): number {
  const until = agent.session?.afterCallWork?.until;
  return until === undefined ? 0 : Math.max(0, Math.ceil((until - ctx.now()) / 1000));
}
