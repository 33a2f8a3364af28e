import { checkNumbers } from '@wincall/core/protocol';
import { callTimer, createCall, endCall, enqueue, inboundParams } from '../calls';
import type { Context } from '../context';
import { answer, attach, connect, detach, legTimer, markEnding, occupied, ring } from '../legs';
import { OK, RET } from '../rets';
import type { Agent, Call, Queue, Tenant } from '../types';
import { message, RING } from '../wire/messages';
import { agentsOf } from '../world';
import { currentCall, handlingCustomer, onDuty, type Handlers } from './env';

/** Handing the customer on: to the IVR (and back), to a queue, to a colleague's extension, or to an outside number. */
export const handOffHandlers: Handlers<'transferToIvr' | 'transferToQueue' | 'transferToTenantQueue' | 'blindTransfer'> = {
  transferToIvr(env) {
    const R = RET.transferToIvr;
    const duty = onDuty(env);
    if (!duty) return env.reply(R.agent);
    const found = currentCall(env);
    if (!handlingCustomer(found)) return env.reply(R.notInCall);
    const { call } = found;
    if (call.customer === null) return env.reply(R.wrongCallType);
    env.reply(OK);
    // The customer keys in digits in the IVR and comes back; the agent stays on the call.
    callTimer(env.ctx, call, env.ctx.timings.ivr, () => {
      if (duty.agent.session?.leg?.callId === call.id) env.ctx.out.toAgent(duty.agent, message.ivrResult(call.ivrDigits));
    });
  },

  transferToQueue(env, cmd) {
    const R = RET.transferToQueue;
    const duty = onDuty(env);
    if (!duty) return env.reply(R.agent);
    const found = currentCall(env);
    if (!handlingCustomer(found)) return env.reply(R.notInCall);
    const queue = duty.tenant.queues.get(cmd.queueId);
    if (!queue) return env.reply(R.unknownQueue);
    if (found.call.customer === null) return env.reply(R.wrongCallType);
    env.reply(OK);
    requeueCustomer(env.ctx, duty.agent, found.call, duty.tenant, queue);
  },

  transferToTenantQueue(env, cmd) {
    const R = RET.transferToTenantQueue;
    const duty = onDuty(env);
    if (!duty) return env.reply(R.agent);
    const found = currentCall(env);
    if (!handlingCustomer(found)) return env.reply(R.notInCall);
    const tenant = env.ctx.world.tenants.get(cmd.tenantId);
    const queue = tenant?.queues.get(cmd.queueId);
    if (!tenant || !queue) return env.reply(R.unknownQueue);
    if (found.call.customer === null) return env.reply(R.wrongCallType);
    env.reply(OK);
    requeueCustomer(env.ctx, duty.agent, found.call, tenant, queue);
  },

  blindTransfer(env, cmd) {
    const R = RET.blindTransfer;
    const duty = onDuty(env);
    const found = currentCall(env);
    if (!duty || !handlingCustomer(found)) return env.reply(R.notInCall);
    const numbers = checkNumbers(cmd.called, cmd.callerId);
    if (!numbers.ok || numbers.called.length < 3 || numbers.called.startsWith('00')) return env.reply(R.badNumber);
    if (found.call.customer === null) return env.reply(R.wrongCallType);
    const colleague = extensionOwner(env.ctx, duty.tenant, numbers.called);
    if (colleague === 'unreachable') return env.reply(R.unreachable);
    env.reply(OK);
    markEnding(duty.agent, 'transfer');
    detach(env.ctx, duty.agent, 'full');
    // To a colleague's extension the PBX rings that agent; any other number takes the customer
    // away from us (nobody of ours is on that call any more).
    if (colleague) ringTransferred(env.ctx, found.call, duty.agent, colleague);
    else endCall(env.ctx, found.call);
  },
};

/**
 * Who a blind transfer to `number` reaches among the tenant's agents: the signed-in agent on that
 * extension when free to ring (not on a call: a busy status does not stop the PBX, as for a direct
 * call); `unreachable` when the extension is the tenant's but its agent is on a call or nobody is
 * signed in on it (the PBX cannot put the customer through: Ret 7, and the agent keeps the
 * customer); `null` for any other number (an outside number, as before).
 */
function extensionOwner(ctx: Context, tenant: Tenant, number: string): Agent | 'unreachable' | null {
  const owner = agentsOf(ctx.world, tenant.id).find((a) => a.session?.signedIn && a.session.extension === number);
  if (owner) return owner.session?.leg ? 'unreachable' : owner;
  return tenant.extensions.has(number) ? 'unreachable' : null;
}

/**
 * The customer rings the colleague as a direct call from the transferring agent (RingType 0,
 * OAgId = that agent), who then handles it like any call of theirs. Unanswered, the ring runs out
 * and the call ends; turned down, a queue call goes back to its queue (hangup.ts, `rejectOffer`).
 */
function ringTransferred(ctx: Context, call: Call, from: Agent, to: Agent): void {
  const session = to.session;
  if (!session) return endCall(ctx, call);
  call.state = 'ringing';
  const leg = attach(ctx, call, to, {
    role: 'primary',
    phase: 'ringing',
    ringType: RING.direct,
    params: { ...call.params, caller: call.customer ?? call.params.caller, called: session.extension, otherAgentId: from.id },
    onAnswer: () => {
      call.state = 'connected';
      connect(ctx, to);
    },
  });
  ring(ctx, to);
  occupied(ctx, to);
  if (!session.alwaysOn) legTimer(ctx, leg, ctx.timings.autoAnswer, () => answer(to));
  legTimer(ctx, leg, ctx.timings.ringTimeout, () => endCall(ctx, call));
}

/**
 * The agent leaves and the customer waits in another queue. The queue sees a new call with a
 * new CallId, as the PBX opens a new channel for it.
 */
function requeueCustomer(ctx: Context, agent: Agent, call: Call, tenant: Tenant, queue: Queue): void {
  const customer = call.customer ?? '';
  markEnding(agent, 'transfer');
  detach(ctx, agent, 'full');
  endCall(ctx, call);
  const next = createCall(ctx, {
    tenantId: tenant.id,
    kind: 'queue',
    customer,
    params: inboundParams(tenant, customer, queue.id),
    queueId: queue.id,
    state: 'queued',
  });
  enqueue(next, queue, 'back');
}
