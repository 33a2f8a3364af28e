import { checkNumbers } from '@wincall/core/protocol';
import { createCall, endCall } from '../calls';
import { answer, attach, connect, legTimer, occupied, ring, tell } from '../legs';
import { dialOutside } from '../outside';
import { OK, RET } from '../rets';
import type { Agent, Call, Leg } from '../types';
import { PHONE, RING } from '../wire/messages';
import { agentById } from '../world';
import { onDuty, type Env, type Handlers } from './env';

/**
 * Calls the agent places. The agent's own phone rings first (RingType 2); once that leg is up
 * (`ownLegAnswer`) the far end is dialled: own leg connected (10), dialling (4), far end
 * ringing (55), connected (6).
 */
export const dialHandlers: Handlers<'dialInner' | 'dialOuter'> = {
  dialInner(env, cmd) {
    const R = RET.dialInner;
    const duty = onDuty(env);
    if (!duty) return env.reply(R.callingAgent);
    if (duty.session.leg) return env.reply(R.callerBusy);
    const target = agentById(env.ctx.world, cmd.agentId);
    if (!target || target === duty.agent) return env.reply(R.calledAgent);
    if (target.tenantId !== duty.agent.tenantId) return env.reply(R.otherTenant);
    const targetSession = target.session;
    if (!targetSession?.signedIn) return env.reply(R.calledAgent);
    // A busy colleague can still be called directly; only one already on a call cannot.
    if (targetSession.leg) return env.reply(R.calledBusy);
    const call = createCall(env.ctx, {
      tenantId: duty.tenant.id,
      kind: 'internal',
      customer: null,
      params: { caller: duty.session.extension, called: targetSession.extension },
      state: 'dialing',
    });
    placeCall(env, duty.agent, call, () => ringColleague(env, duty.agent, target, call));
  },

  dialOuter(env, cmd) {
    const R = RET.dialOuter;
    const duty = onDuty(env);
    if (!duty) return env.reply(R.callingAgent);
    const numbers = checkNumbers(cmd.called, cmd.callerId);
    if (!numbers.ok) return env.reply(numbers.ret);
    if (numbers.caller !== '' && !duty.tenant.callers.includes(numbers.caller)) return env.reply(R.callerNumber);
    if (cmd.queueId !== 0 && !duty.agent.queues.includes(cmd.queueId)) return env.reply(R.queue);
    if (duty.session.leg) return env.reply(R.callerBusy);
    const caller = numbers.caller || (duty.tenant.callers[0] ?? duty.tenant.serviceNumber);
    const call = createCall(env.ctx, {
      tenantId: duty.tenant.id,
      kind: 'outbound',
      customer: numbers.called,
      params: { caller, called: numbers.called, ...(cmd.queueId !== 0 ? { queueId: cmd.queueId } : {}) },
      queueId: cmd.queueId !== 0 ? cmd.queueId : null,
      state: 'dialing',
    });
    const agent = duty.agent;
    placeCall(env, agent, call, () =>
      dialOutside(env.ctx, call, numbers.called, {
        ringing: () => tell(env.ctx, agent, PHONE.farEndRinging),
        answered: () => {
          call.state = 'connected';
          connect(env.ctx, agent);
        },
        failed: () => endCall(env.ctx, call),
      }),
    );
  },
};

/** MT 1, occupied, own phone ringing; when the own leg is up, `thenDial` reaches the far end. */
function placeCall(env: Env, agent: Agent, call: Call, thenDial: () => void): void {
  const { ctx } = env;
  const leg: Leg = attach(ctx, call, agent, {
    role: 'primary',
    phase: 'ringing',
    ringType: RING.ownOutbound,
    params: call.params,
    onAnswer: () => {
      leg.phase = 'dialing';
      tell(ctx, agent, PHONE.ownLegConnected);
      tell(ctx, agent, PHONE.dialing);
      thenDial();
    },
  });
  env.reply(OK);
  occupied(ctx, agent);
  ring(ctx, agent);
  legTimer(ctx, leg, ctx.timings.ownLegAnswer, () => answer(agent));
}

function ringColleague(env: Env, caller: Agent, target: Agent, call: Call): void {
  const { ctx } = env;
  const session = target.session;
  // The colleague may have signed out or taken another call while our own leg was ringing.
  if (!session?.signedIn || session.leg) {
    endCall(ctx, call);
    return;
  }
  const leg = attach(ctx, call, target, {
    role: 'peer',
    phase: 'ringing',
    ringType: RING.direct,
    params: { ...call.params, otherAgentId: caller.id },
    onAnswer: () => {
      call.state = 'connected';
      connect(ctx, caller);
      connect(ctx, target);
    },
  });
  ring(ctx, target);
  occupied(ctx, target);
  tell(ctx, caller, PHONE.farEndRinging);
  if (!session.alwaysOn) legTimer(ctx, leg, ctx.timings.autoAnswer, () => answer(target));
  legTimer(ctx, leg, ctx.timings.ringTimeout, () => endCall(ctx, call));
}
