import { endCall, enqueue, primaryOf } from './calls';
import type { Context } from './context';
import { connect, detach, tell, type Notice } from './legs';
import type { Agent, Call } from './types';
import { PHONE } from './wire/messages';
import { agentById, legOf } from './world';

/** Calls that ring an agent because someone outside called in (as opposed to a call the agent placed). */
const INCOMING = new Set<Call['kind']>(['queue', 'direct', 'autoDial']);

/**
 * The agent leaves its call: Action 23, the desk phone's hook, sign-out or a dropped session.
 * What happens to the others depends on the agent's part in the call.
 */
export function hangUp(ctx: Context, agent: Agent, notice: Notice, by: 'agent' | 'system' = 'agent'): void {
  const found = legOf(ctx.world, agent);
  if (!found) return;
  const { leg, call } = found;
  leg.ending ??= by;
  if (leg.role === 'monitor') {
    // A supervisor stops listening; the monitored call goes on untouched.
    detach(ctx, agent, notice);
    return;
  }
  if (leg.role === 'consulted') {
    consultedLeaves(ctx, call, agent, notice);
    return;
  }
  if (leg.role === 'primary' && leg.phase === 'ringing' && INCOMING.has(call.kind)) {
    rejectOffer(ctx, call, agent, notice);
    return;
  }
  if (leg.role === 'primary' && call.consult?.stage === 'threeWay') {
    leaveThreeWay(ctx, call, agent, notice);
    return;
  }
  detach(ctx, agent, notice);
  endCall(ctx, call);
}

/** The agent turns a ringing call down: a queue call goes back to its queue, others fail. */
export function rejectOffer(ctx: Context, call: Call, agent: Agent, notice: Notice): void {
  detach(ctx, agent, notice);
  const queue = call.kind === 'queue' && call.queueId !== null ? ctx.world.tenants.get(call.tenantId)?.queues.get(call.queueId) : undefined;
  if (!queue) {
    endCall(ctx, call);
    return;
  }
  call.rejectedBy.add(agent.id);
  enqueue(call, queue, 'front');
}

/**
 * Nobody answered the agent's ring in time. A queue call is re-queued and the agent, who is
 * evidently not at the desk, is set busy (AgSta 2, reason 0) like the real server does.
 */
export function ringTimedOut(ctx: Context, call: Call, agent: Agent): void {
  const session = agent.session;
  const queue = call.kind === 'queue' && call.queueId !== null ? ctx.world.tenants.get(call.tenantId)?.queues.get(call.queueId) : undefined;
  if (!session || !queue) {
    endCall(ctx, call);
    return;
  }
  session.rest = { kind: 'busy', reasonId: 0 };
  detach(ctx, agent, 'full');
  enqueue(call, queue, 'front');
}

/**
 * The agent's phone cannot be reached (a browser phone that is not registered). A ring of a call
 * from outside goes as if it had rung out at once: a queue call goes back to the front of its
 * queue and the agent is set busy (reason 0), so the queue does not offer the next call to a
 * phone nobody can answer; a direct or auto-dialled call ends. Any other ring fails as if the
 * agent had declined it (the consult fails, the own leg of a dial ends the call, a supervisor's
 * monitor leg ends), but the simulator, not the agent, ended it.
 */
export function phoneUnreachable(ctx: Context, agent: Agent): void {
  const found = legOf(ctx.world, agent);
  if (!found) return;
  const { leg, call } = found;
  leg.ending ??= 'system';
  if (leg.phase === 'ringing' && leg.role === 'primary' && INCOMING.has(call.kind)) {
    ringTimedOut(ctx, call, agent);
    return;
  }
  hangUp(ctx, agent, 'full', 'system');
}

/**
 * The consulted colleague leaves (hangs up, rejects, does not answer): the consulting agent is
 * back with the customer and is told how the consult ended.
 */
export function consultedLeaves(ctx: Context, call: Call, consulted: Agent, notice: Notice): void {
  const stage = call.consult?.stage;
  detach(ctx, consulted, notice);
  call.consult = null;
  const primary = primaryOf(ctx, call);
  const leg = primary?.session?.leg;
  if (!primary || !leg) return;
  leg.phase = 'connected';
  tell(ctx, primary, stage === 'ringing' ? PHONE.consultFailed : stage === 'threeWay' ? PHONE.threeWayReturned : PHONE.consultReturned);
}

/** The consulting agent leaves a three-way call: the colleague stays with the customer. */
function leaveThreeWay(ctx: Context, call: Call, agent: Agent, notice: Notice): void {
  const consult = call.consult;
  detach(ctx, agent, notice);
  call.consult = null;
  const colleague = consult?.kind === 'agent' ? agentById(ctx.world, consult.agentId) : undefined;
  const leg = colleague?.session?.leg;
  if (!colleague || !leg) {
    // Only the customer and an outside party are left; the simulator lets them go.
    endCall(ctx, call);
    return;
  }
  leg.role = 'primary';
  leg.params = { ...call.params };
  connect(ctx, colleague);
}
