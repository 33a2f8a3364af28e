import { checkNumbers } from '@wincall/core/protocol';
import { endCall } from '../calls';
import { consultedLeaves } from '../hangup';
import { answer, attach, connect, detach, legTimer, markEnding, occupied, ring, tell } from '../legs';
import { dialOutside } from '../outside';
import { OK, RET } from '../rets';
import type { Agent, Call, Consult, Leg } from '../types';
import { PHONE, RING } from '../wire/messages';
import { agentById } from '../world';
import { currentCall, onDuty, type Env, type Handlers } from './env';

/**
 * Consulting a colleague or an outside number while the customer waits, and what follows:
 * back to the customer, three-way, or transfer.
 */
export const consultHandlers: Handlers<'consultInner' | 'consultOuter' | 'consultBack' | 'threeWay' | 'threeWayBack' | 'transfer'> = {
  consultInner(env, cmd) {
    const R = RET.consultInner;
    const duty = onDuty(env);
    if (!duty) return env.reply(R.callingAgent);
    const found = consultable(env);
    if (found === 'consulting') return env.reply(R.alreadyConsulting);
    if (!found) return env.reply(R.notInCall);
    if (found.call.customer === null) return env.reply(R.wrongCallType);
    const target = agentById(env.ctx.world, cmd.agentId);
    if (!target || target === duty.agent || target.tenantId !== duty.agent.tenantId) return env.reply(R.consultedAgent);
    const targetSession = target.session;
    if (!targetSession?.signedIn || targetSession.leg) return env.reply(R.consultedBusy);

    const { ctx } = env;
    const { call, leg } = found;
    const consult: Consult = { kind: 'agent', agentId: target.id, stage: 'ringing' };
    call.consult = consult;
    leg.phase = 'consulting';
    env.reply(OK);
    tell(ctx, duty.agent, PHONE.consultDialing);
    const targetLeg = attach(ctx, call, target, {
      role: 'consulted',
      phase: 'ringing',
      ringType: RING.consult,
      params: { callId: call.id, caller: duty.session.extension, called: targetSession.extension, otherAgentId: duty.agent.id, others: call.customer ?? '' },
      onAnswer: () => {
        if (call.consult !== consult) return;
        consult.stage = 'connected';
        connect(ctx, target);
        leg.phase = 'consultConnected';
        tell(ctx, duty.agent, PHONE.consultConnected);
      },
    });
    ring(ctx, target);
    occupied(ctx, target);
    if (!targetSession.alwaysOn) legTimer(ctx, targetLeg, ctx.timings.autoAnswer, () => answer(target));
    legTimer(ctx, targetLeg, ctx.timings.ringTimeout, () => consultedLeaves(ctx, call, target, 'full'));
  },

  consultOuter(env, cmd) {
    const R = RET.consultOuter;
    const duty = onDuty(env);
    if (!duty) return env.reply(R.callingAgent);
    const numbers = checkNumbers(cmd.called, cmd.callerId);
    if (!numbers.ok) return env.reply(numbers.ret);
    const found = consultable(env);
    if (found === 'consulting') return env.reply(R.alreadyConsulting);
    if (!found) return env.reply(R.notInCall);
    if (found.call.customer === null) return env.reply(R.wrongCallType);

    const { ctx } = env;
    const { call, leg } = found;
    const consult: Consult = { kind: 'outside', number: numbers.called, stage: 'dialing' };
    call.consult = consult;
    leg.phase = 'consulting';
    env.reply(OK);
    tell(ctx, duty.agent, PHONE.consultDialing);
    dialOutside(ctx, call, numbers.called, {
      ringing: () => {},
      answered: () => {
        if (call.consult !== consult) return;
        consult.stage = 'connected';
        leg.phase = 'consultConnected';
        tell(ctx, duty.agent, PHONE.consultConnected);
      },
      failed: () => {
        if (call.consult !== consult) return;
        call.consult = null;
        leg.phase = 'connected';
        tell(ctx, duty.agent, PHONE.consultFailed);
      },
    });
  },

  consultBack(env) {
    const R = RET.consultBack;
    const found = consultingAgent(env);
    if (found === 'notSignedIn') return env.reply(R.agent);
    if (found === 'noCall') return env.reply(R.noCall);
    if (!found) return env.reply(R.notConsulting);
    env.reply(OK);
    returnToCustomer(env, found.agent, found.call, PHONE.consultReturned);
  },

  threeWay(env) {
    const R = RET.threeWay;
    const found = consultingAgent(env);
    if (found === 'notSignedIn') return env.reply(R.agent);
    if (found === 'noCall') return env.reply(R.noCall);
    const consult = found ? found.call.consult : null;
    if (!found || !consult || consult.stage !== 'connected') return env.reply(R.notConsultConnected);
    consult.stage = 'threeWay';
    found.leg.phase = 'threeWay';
    env.reply(OK);
    tell(env.ctx, found.agent, PHONE.threeWayConnected);
    const colleague = consult.kind === 'agent' ? agentById(env.ctx.world, consult.agentId) : undefined;
    const colleagueLeg = colleague?.session?.leg;
    if (colleague && colleagueLeg) {
      colleagueLeg.phase = 'threeWay';
      tell(env.ctx, colleague, PHONE.threeWayConnected);
    }
  },

  threeWayBack(env) {
    const R = RET.threeWayBack;
    const found = consultingAgent(env);
    if (found === 'notSignedIn') return env.reply(R.agent);
    if (found === 'noCall') return env.reply(R.noCall);
    if (!found || found.call.consult?.stage !== 'threeWay') return env.reply(R.notInThreeWay);
    env.reply(OK);
    returnToCustomer(env, found.agent, found.call, PHONE.threeWayReturned);
  },

  transfer(env) {
    const R = RET.transfer;
    const found = consultingAgent(env);
    if (found === 'notSignedIn') return env.reply(R.agent);
    if (found === 'noCall') return env.reply(R.noCall);
    const consult = found ? found.call.consult : null;
    if (!found || !consult || consult.stage !== 'connected') return env.reply(R.notConsultConnected);
    const { ctx } = env;
    const { agent, call } = found;
    env.reply(OK);
    tell(ctx, agent, PHONE.transferred);
    call.consult = null;
    markEnding(agent, 'transfer');
    detach(ctx, agent, 'full');
    const colleague = consult.kind === 'agent' ? agentById(ctx.world, consult.agentId) : undefined;
    const colleagueLeg = colleague?.session?.leg;
    if (!colleague || !colleagueLeg) {
      // Transferred to an outside number: the customer and that party talk on without us.
      endCall(ctx, call);
      return;
    }
    colleagueLeg.role = 'primary';
    colleagueLeg.phase = 'connected';
    colleagueLeg.everConnected = true;
    colleagueLeg.answeredAt ??= ctx.now();
    colleagueLeg.params = { ...call.params };
    tell(ctx, colleague, PHONE.transferredIn);
  },
};

/** The agent's call if it can start a consult, 'consulting' if one is already going on. */
function consultable(env: Env): { call: Call; leg: Leg } | 'consulting' | null {
  const found = currentCall(env);
  if (!found || found.leg.role !== 'primary') return null;
  if (found.call.consult) return 'consulting';
  return found.leg.phase === 'connected' || found.leg.phase === 'held' ? found : null;
}

/** The consulting agent's call, or why there is none (`null` = in a call but not consulting). */
function consultingAgent(env: Env): { agent: Agent; call: Call; leg: Leg } | 'notSignedIn' | 'noCall' | null {
  const duty = onDuty(env);
  if (!duty) return 'notSignedIn';
  const found = currentCall(env);
  if (!found) return 'noCall';
  return found.leg.role === 'primary' && found.call.consult ? { agent: duty.agent, ...found } : null;
}

/** Ends the consult and puts the agent back with the customer alone. */
function returnToCustomer(
  env: Env,
  agent: Agent,
  call: Call,
  signal: typeof PHONE.consultReturned | typeof PHONE.threeWayReturned,
): void {
  const { ctx } = env;
  const consult = call.consult;
  const leg = agent.session?.leg;
  call.consult = null;
  if (leg) leg.phase = 'connected';
  tell(ctx, agent, signal);
  const colleague = consult?.kind === 'agent' ? agentById(ctx.world, consult.agentId) : undefined;
  if (colleague) detach(ctx, colleague, 'full');
}
