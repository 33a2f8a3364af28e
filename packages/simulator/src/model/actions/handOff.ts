import { checkNumbers } from '@wincall/core/protocol';
import { callTimer, createCall, endCall, enqueue, inboundParams } from '../calls';
import type { Context } from '../context';
import { detach, markEnding } from '../legs';
import { OK, RET } from '../rets';
import type { Agent, Call, Queue, Tenant } from '../types';
import { message } from '../wire/messages';
import { currentCall, handlingCustomer, onDuty, type Handlers } from './env';

/** Handing the customer on: to the IVR (and back), to a queue, or to an outside number. */
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
    env.reply(OK);
    // The customer is put through to the number; nobody of ours is on that call any more.
    markEnding(duty.agent, 'transfer');
    detach(env.ctx, duty.agent, 'full');
    endCall(env.ctx, found.call);
  },
};

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
