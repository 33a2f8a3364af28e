import { answer, attach, detach, legTimer, occupied, ring, tell } from '../legs';
import { OK, RET } from '../rets';
import { PHONE, RING } from '../wire/messages';
import { agentById, legOf } from '../world';
import { currentCall, handlingCustomer, onDuty, type Handlers } from './env';

/**
 * A supervisor listens in on a colleague's call (chanspy), and may then take it over
 * (intercept) or join it (break-in). The supervisor's own phone rings first (RingType 3).
 */
export const monitorHandlers: Handlers<'chanspy' | 'intercept' | 'breakin'> = {
  chanspy(env, cmd) {
    const R = RET.chanspy;
    const duty = onDuty(env);
    if (!duty || !duty.agent.supervisor) return env.reply(R.monitoringAgent);
    const { ctx } = env;
    const supervisor = duty.agent;
    const target = agentById(ctx.world, cmd.agentId);
    if (!target || target === supervisor || target.tenantId !== supervisor.tenantId) return env.reply(R.monitoredAgent);
    if (duty.session.leg) return env.reply(R.supervisorBusy);
    const found = legOf(ctx.world, target);
    if (!handlingCustomer(found)) return env.reply(R.notInCall);
    const { call } = found;
    if (call.customer === null) return env.reply(R.wrongCallType);
    if (call.monitorId !== null) return env.reply(R.alreadyMonitored);

    call.monitorId = supervisor.id;
    const leg = attach(ctx, call, supervisor, {
      role: 'monitor',
      phase: 'ringing',
      ringType: RING.monitor,
      params: { ...call.params, otherAgentId: target.id },
      onAnswer: () => {
        leg.phase = 'monitoring';
        leg.everConnected = true;
        leg.answeredAt ??= ctx.now();
        tell(ctx, supervisor, PHONE.monitoring);
      },
    });
    env.reply(OK);
    occupied(ctx, supervisor);
    ring(ctx, supervisor);
    legTimer(ctx, leg, ctx.timings.ownLegAnswer, () => answer(supervisor));
  },

  intercept(env) {
    const R = RET.intercept;
    const duty = onDuty(env);
    if (!duty) return env.reply(R.agent);
    const found = currentCall(env);
    if (!found || found.leg.role !== 'monitor' || (found.leg.phase !== 'monitoring' && found.leg.phase !== 'barging')) {
      return env.reply(R.notMonitoring);
    }
    const { ctx } = env;
    const { call, leg } = found;
    // Everyone else on the call leaves; the supervisor now has the customer.
    const others = call.agentIds.filter((id) => id !== duty.agent.id);
    call.consult = null;
    call.monitorId = null;
    leg.role = 'primary';
    leg.phase = 'connected';
    leg.params = { ...call.params };
    env.reply(OK);
    tell(ctx, duty.agent, PHONE.intercepted);
    for (const id of others) {
      const other = agentById(ctx.world, id);
      if (other) detach(ctx, other, 'full');
    }
  },

  breakin(env) {
    const R = RET.breakin;
    const duty = onDuty(env);
    if (!duty) return env.reply(R.agent);
    const found = currentCall(env);
    if (!found || found.leg.role !== 'monitor' || found.leg.phase !== 'monitoring') return env.reply(R.notMonitoring);
    found.leg.phase = 'barging';
    env.reply(OK);
    tell(env.ctx, duty.agent, PHONE.barging);
  },
};
