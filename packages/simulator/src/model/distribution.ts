import { unqueue } from './calls';
import type { Context } from './context';
import { ringTimedOut } from './hangup';
import { answer, attach, connect, legTimer, occupied, ring } from './legs';
import { isAvailable } from './status';
import type { Agent, Call, Queue } from './types';
import { RING, type RingType } from './wire/messages';
import { agentsOf } from './world';

/**
 * Rings an agent with a call from outside (queue, direct line, auto-dial): MT 3 ringing, then
 * MT 4 occupied. The desk phone may answer by itself (`autoAnswer`); an unanswered ring runs out
 * after `ringTimeout`.
 */
export function offer(ctx: Context, call: Call, agent: Agent, ringType: RingType): void {
  call.state = 'ringing';
  const leg = attach(ctx, call, agent, {
    role: 'primary',
    phase: 'ringing',
    ringType,
    params: { ...call.params, otherAgentId: 0 },
    onAnswer: () => {
      call.state = 'connected';
      connect(ctx, agent);
    },
  });
  ring(ctx, agent);
  occupied(ctx, agent);
  // An always-on agent answers from the browser (Action 51); there is no handset to pick up.
  if (!agent.session?.alwaysOn) legTimer(ctx, leg, ctx.timings.autoAnswer, () => answer(agent));
  legTimer(ctx, leg, ctx.timings.ringTimeout, () => ringTimedOut(ctx, call, agent));
}

/** Offers every waiting call that has an agent free for it, oldest call first. */
export function distribute(ctx: Context): void {
  for (const tenant of ctx.world.tenants.values()) {
    for (const queue of tenant.queues.values()) {
      for (const callId of [...queue.waiting]) {
        const call = ctx.world.calls.get(callId);
        if (!call) continue;
        const agent = pickAgent(ctx, queue, call);
        if (!agent) continue;
        unqueue(ctx, call);
        offer(ctx, call, agent, RING.queue);
      }
    }
  }
}

/** Among the queue's available agents who have not turned this call down: the one idle longest. */
function pickAgent(ctx: Context, queue: Queue, call: Call): Agent | undefined {
  return longestIdle(
    agentsOf(ctx.world, queue.tenantId).filter((a) => a.queues.includes(queue.id) && !call.rejectedBy.has(a.id)),
  );
}

/** The idle-longest available agent among `candidates`. */
export function longestIdle(candidates: Agent[]): Agent | undefined {
  return candidates
    .filter(isAvailable)
    .sort((a, b) => (a.session?.idleTick ?? 0) - (b.session?.idleTick ?? 0))[0];
}
