import type { Context } from './context';
import { detach } from './legs';
import type { Agent, Call, CallKind, CallState, Queue, Tenant } from './types';
import type { CallParams } from './wire/messages';
import { agentById, rememberEnded } from './world';

/** Every customer call has a caller area; the simulator's customers all live in Beijing. */
export const CUSTOMER_AREA = { areaCode: '010', areaName: '北京' } as const;

/** The screen pop of a customer calling the tenant's service number. */
export function inboundParams(tenant: Tenant, caller: string, queueId?: number): Omit<CallParams, 'callId'> {
  return {
    caller,
    called: tenant.serviceNumber,
    ...(queueId === undefined ? {} : { queueId }),
    serviceNumber: tenant.serviceNumber,
    custom: '',
    ...CUSTOMER_AREA,
  };
}

export function createCall(
  ctx: Context,
  init: {
    tenantId: number;
    kind: CallKind;
    customer: string | null;
    params: Omit<CallParams, 'callId'>;
    queueId?: number | null;
    state: CallState;
  },
): Call {
  const id = ctx.nextCallId();
  const call: Call = {
    id,
    tenantId: init.tenantId,
    kind: init.kind,
    customer: init.customer,
    params: { ...init.params, callId: id },
    queueId: init.queueId ?? null,
    state: init.state,
    agentIds: [],
    consult: null,
    monitorId: null,
    rejectedBy: new Set(),
    dtmf: '',
    ivrDigits: '1#',
    cancels: [],
    createdAt: ctx.now(),
  };
  ctx.world.calls.set(id, call);
  return call;
}

/** A timer that dies with the call. */
export function callTimer(ctx: Context, call: Call, ms: number | null, fn: () => void): void {
  call.cancels.push(ctx.later(ms, fn));
}

export function isLive(call: Call): boolean {
  return call.state !== 'ended';
}

/** Puts a call (back) in its queue; a call given back by an agent goes first again. */
export function enqueue(call: Call, queue: Queue, position: 'front' | 'back'): void {
  call.state = 'queued';
  call.queueId = queue.id;
  call.params = { ...call.params, queueId: queue.id };
  if (position === 'front') queue.waiting.unshift(call.id);
  else queue.waiting.push(call.id);
}

/** Takes a waiting call out of its queue (to be offered, or because it ended). */
export function unqueue(ctx: Context, call: Call): void {
  if (call.queueId === null) return;
  const queue = ctx.world.tenants.get(call.tenantId)?.queues.get(call.queueId);
  if (queue) queue.waiting = queue.waiting.filter((id) => id !== call.id);
}

/** The call is over for everyone still on it; each agent gets its normal end sequence. */
export function endCall(ctx: Context, call: Call): void {
  if (!isLive(call)) return;
  call.state = 'ended';
  for (const cancel of call.cancels.splice(0)) cancel();
  unqueue(ctx, call);
  for (const id of [...call.agentIds]) {
    const agent = agentById(ctx.world, id);
    if (agent) detach(ctx, agent, 'full');
  }
  call.agentIds = [];
  call.consult = null;
  call.monitorId = null;
  rememberEnded(ctx.world, call);
}

/** The agents on a call, in join order. */
export function agentsOn(ctx: Context, call: Call): Agent[] {
  return call.agentIds.map((id) => agentById(ctx.world, id)).filter((a): a is Agent => a !== undefined);
}

/** The agent handling the customer. */
export function primaryOf(ctx: Context, call: Call): Agent | undefined {
  return agentsOn(ctx, call).find((a) => a.session?.leg?.role === 'primary');
}
