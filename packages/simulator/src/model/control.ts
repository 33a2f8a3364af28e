import { isNumeric, normalizeNumber } from '@wincall/core/protocol';
import { createCall, endCall, enqueue, inboundParams } from './calls';
import type { Context } from './context';
import { offer } from './distribution';
import { hangUp } from './hangup';
import { answer, detach, markEnding } from './legs';
import { disconnect, dropSession } from './sessions';
import type { Agent } from './types';
import { DATA_UPDATE, ORDER, RING, message } from './wire/messages';
import { agentOnExtension, agentsOf, findAgent, findExtension, findQueueTenant, tenantByCode } from './world';

/** The answer of a control operation: its result, or an HTTP-style status and a reason. */
export type Outcome<T extends object = object> = ({ ok: true } & T) | { ok: false; status: 400 | 404 | 409; error: string };

export interface PlaceCallInput {
  /** The customer's number. */
  caller: string;
  /** Into this queue… */
  queueId?: number;
  /** …or straight to this agent's phone (RingType 0, an outside line). */
  agentNum?: string;
  /** The service number the customer dialled; defaults to the tenant's. */
  servNum?: string;
  /** Tenant code, when queue ids or agent numbers are ambiguous. */
  tenant?: string;
}

export type ForcedState = 'busy' | 'idle' | 'logout';
export type FaultKind = 'network' | 'drop-sockets';

const bad = (error: string): Outcome<never> => ({ ok: false, status: 400, error });
const missing = (error: string): Outcome<never> => ({ ok: false, status: 404, error });
const conflict = (error: string): Outcome<never> => ({ ok: false, status: 409, error });
const done: Outcome = { ok: true };

const optionalText = (v: unknown): v is string | undefined => v === undefined || typeof v === 'string';

/** A customer calls in: into a queue, or straight to an agent. */
export function placeCall(ctx: Context, input: PlaceCallInput): Outcome<{ callId: string }> {
  if (typeof input !== 'object' || input === null) return bad('expected an object');
  const caller = typeof input.caller === 'number' || typeof input.caller === 'string' ? normalizeNumber(input.caller) : '';
  if (!isNumeric(caller) || caller.length > 32) return bad('caller must be a phone number');
  if (!optionalText(input.tenant) || !optionalText(input.agentNum)) return bad('tenant and agentNum must be strings');
  if (input.servNum !== undefined && (typeof input.servNum !== 'string' || !/^\d{1,32}$/.test(input.servNum))) {
    return bad('servNum must be a phone number');
  }
  if (input.tenant !== undefined && !tenantByCode(ctx.world, input.tenant)) return missing(`unknown tenant ${input.tenant}`);
  const hasQueue = input.queueId !== undefined;
  if (hasQueue === (input.agentNum !== undefined)) return bad('give exactly one of queueId and agentNum');

  if (hasQueue) {
    if (!Number.isSafeInteger(input.queueId)) return bad('queueId must be an integer');
    const queueId = input.queueId as number;
    const tenant = findQueueTenant(ctx.world, queueId, input.tenant);
    const queue = tenant?.queues.get(queueId);
    if (!tenant || !queue) return missing(`unknown queue ${queueId}`);
    const params = { ...inboundParams(tenant, caller, queueId), ...servNum(input) };
    const call = createCall(ctx, { tenantId: tenant.id, kind: 'queue', customer: caller, params, queueId, state: 'queued' });
    enqueue(call, queue, 'back');
    return { ok: true, callId: call.id };
  }

  const agent = findAgent(ctx.world, input.agentNum ?? '', input.tenant);
  if (!agent) return missing(`unknown agent ${input.agentNum}`);
  if (!agent.session?.signedIn) return conflict(`agent ${agent.num} is not signed in`);
  if (agent.session.leg) return conflict(`agent ${agent.num} is on a call`);
  const tenant = ctx.world.tenants.get(agent.tenantId);
  if (!tenant) return missing('unknown tenant');
  const params = { ...inboundParams(tenant, caller), ...servNum(input) };
  const call = createCall(ctx, { tenantId: tenant.id, kind: 'direct', customer: caller, params, state: 'ringing' });
  offer(ctx, call, agent, RING.direct);
  return { ok: true, callId: call.id };
}

function servNum(input: PlaceCallInput): { called?: string; serviceNumber?: string } {
  return input.servNum === undefined ? {} : { called: input.servNum, serviceNumber: input.servNum };
}

/** The customer hangs up. */
export function customerHangup(ctx: Context, callId: string): Outcome {
  const call = ctx.world.calls.get(callId);
  if (!call) return missing(`no live call ${callId}`);
  endCall(ctx, call);
  return done;
}

/** What the customer will key in the next time the call is sent to the IVR. */
export function setIvrDigits(ctx: Context, callId: string, digits: unknown = '1#'): Outcome {
  if (typeof digits !== 'string' || !/^[0-9*#]{1,32}$/.test(digits)) return bad('digits must be 1–32 of 0-9 * #');
  const call = ctx.world.calls.get(callId);
  if (!call) return missing(`no live call ${callId}`);
  call.ivrDigits = digits;
  return done;
}

/**
 * The agent on an extension lifts the handset: answers whatever rings. A browser phone is only
 * answered in the browser (a SIP 200 OK), so pretending to lift it here is refused.
 */
export function phoneAnswer(ctx: Context, extension: string, tenantCode?: string): Outcome {
  const agent = agentAt(ctx, extension, tenantCode);
  if ('error' in agent && agent.status === 404) return agent;
  if (ctx.phones.kind === 'browser') return conflict(`extension ${extension} is a browser phone: answer it in the browser`);
  if ('error' in agent) return agent;
  if (!answer(agent)) return conflict(`nothing rings on ${extension}`);
  return done;
}

/** The agent on an extension puts the handset down: rejects a ring or leaves the call. */
export function phoneHangup(ctx: Context, extension: string, tenantCode?: string): Outcome {
  const agent = agentAt(ctx, extension, tenantCode);
  if ('error' in agent) return agent;
  if (!agent.session?.leg) return conflict(`no call on ${extension}`);
  hangUp(ctx, agent, 'full');
  return done;
}

function agentAt(ctx: Context, extension: string, tenantCode?: string): Agent | { ok: false; status: 404 | 409; error: string } {
  const tenant = findExtension(ctx.world, extension, tenantCode);
  if (!tenant) return { ok: false, status: 404, error: `unknown extension ${extension}` };
  return agentOnExtension(ctx.world, tenant.id, extension) ?? { ok: false, status: 409, error: `nobody is signed in on ${extension}` };
}

/**
 * A supervisor's order. Busy and idle are only announced (MT 10 Code 6 / 5): the client obeys by
 * sending BUSY / UNBUSY itself. A forced sign-out ends the session on the server.
 */
export function force(ctx: Context, agentNum: string, state: ForcedState, tenantCode?: string): Outcome {
  if (state !== 'busy' && state !== 'idle' && state !== 'logout') return bad("state must be 'busy', 'idle' or 'logout'");
  const agent = findAgent(ctx.world, agentNum, tenantCode);
  if (!agent) return missing(`unknown agent ${agentNum}`);
  if (!agent.session) return conflict(`agent ${agentNum} is not signed in`);
  const code = state === 'busy' ? ORDER.forcedBusy : state === 'idle' ? ORDER.forcedIdle : ORDER.forcedSignOut;
  ctx.out.toAgent(agent, message.order(code));
  if (state === 'logout') dropSession(ctx, agent, 'none', 'system');
  return done;
}

/** Changes an agent's queues (MT 8 Param 1 tells the agent). */
export function setQueues(ctx: Context, agentNum: string, queues: unknown, tenantCode?: string): Outcome {
  if (!Array.isArray(queues) || !queues.every((q) => Number.isSafeInteger(q))) return bad('queues must be an array of queue ids');
  const agent = findAgent(ctx.world, agentNum, tenantCode);
  if (!agent) return missing(`unknown agent ${agentNum}`);
  const tenant = ctx.world.tenants.get(agent.tenantId);
  const unknown = (queues as number[]).find((q) => !tenant?.queues.has(q));
  if (unknown !== undefined) return bad(`unknown queue ${unknown} in tenant ${tenant?.code}`);
  agent.queues = [...new Set(queues as number[])];
  if (agent.session) ctx.out.toAgent(agent, message.dataUpdate(DATA_UPDATE.queues, agent.queues));
  return done;
}

/** Changes a tenant's caller numbers (MT 8 Param 2 to every signed-in agent of the tenant). */
export function setCallers(ctx: Context, tenantCode: string, numbers: unknown): Outcome {
  if (!Array.isArray(numbers) || !numbers.every((n) => typeof n === 'string' && /^\d{1,32}$/.test(n))) {
    return bad('numbers must be an array of phone numbers');
  }
  const tenant = tenantByCode(ctx.world, tenantCode);
  if (!tenant) return missing(`unknown tenant ${tenantCode}`);
  tenant.callers = [...(numbers as string[])];
  for (const agent of agentsOf(ctx.world, tenant.id)) {
    if (agent.session?.signedIn) ctx.out.toAgent(agent, message.dataUpdate(DATA_UPDATE.callers, tenant.callers));
  }
  return done;
}

/**
 * network: the server tells every socket (MT 10 Code 100) and forgets every session;
 * drop-sockets: the server closes every socket but keeps the sessions for a resume.
 */
export function fault(ctx: Context, kind: FaultKind): Outcome {
  if (kind === 'network') {
    for (const connection of ctx.connections) ctx.out.toConnection(connection, message.order(ORDER.networkFault));
    // Everyone loses everything at once: nobody is told about calls ending one by one.
    const agents = [...ctx.world.agents.values()];
    for (const agent of agents) markEnding(agent, 'system');
    for (const agent of agents) detach(ctx, agent, 'none');
    for (const call of [...ctx.world.calls.values()]) if (call.state !== 'queued') endCall(ctx, call);
    for (const agent of agents) dropSession(ctx, agent, 'none');
    return done;
  }
  if (kind === 'drop-sockets') {
    for (const connection of [...ctx.connections]) disconnect(ctx, connection);
    return done;
  }
  return bad("kind must be 'network' or 'drop-sockets'");
}
