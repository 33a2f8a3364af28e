import { endCall } from '../calls';
import { hangUp } from '../hangup';
import { answer, detach, markEnding } from '../legs';
import { OK, RET } from '../rets';
import { currentCall, handlingCustomer, onDuty, type Handlers } from './env';

/** Most DTMF a call remembers; older digits are dropped. */
const DTMF_MEMORY = 256;

/** What an agent does within its own call: hang up, hold, answer, key digits, send to survey. */
export const inCallHandlers: Handlers<'hangup' | 'hold' | 'restore' | 'evaluate' | 'dtmf' | 'answer'> = {
  hangup(env) {
    const R = RET.hangup;
    if (!env.agent?.session) return env.reply(R.agent);
    if (!env.agent.session.leg) return env.reply(R.notInCall);
    env.reply(OK);
    hangUp(env.ctx, env.agent, 'full');
  },

  hold(env) {
    const R = RET.hold;
    if (!onDuty(env)) return env.reply(R.agent);
    const found = currentCall(env);
    if (!found) return env.reply(R.notInCall);
    if (found.leg.phase === 'held') return env.reply(R.alreadyHeld);
    // Only a plain two-party conversation can be held; ringing, dialling, consulting cannot.
    if (found.leg.phase !== 'connected' || found.leg.role === 'monitor') return env.reply(R.notConnected);
    found.leg.phase = 'held';
    env.reply(OK);
  },

  restore(env) {
    const found = currentCall(env);
    if (!found || found.leg.phase !== 'held') return env.reply(RET.restore.notHeld);
    found.leg.phase = 'connected';
    env.reply(OK);
  },

  evaluate(env) {
    const R = RET.evaluate;
    const duty = onDuty(env);
    if (!duty) return env.reply(R.agent);
    const found = currentCall(env);
    if (!handlingCustomer(found)) return env.reply(R.notInCall);
    if (found.call.customer === null) return env.reply(R.wrongCallType);
    env.reply(OK);
    // The agent leaves; the customer hears the satisfaction survey and the call ends.
    markEnding(duty.agent, 'transfer');
    detach(env.ctx, duty.agent, 'full');
    endCall(env.ctx, found.call);
  },

  dtmf(env, cmd) {
    const R = RET.dtmf;
    if (!onDuty(env)) return env.reply(R.agent);
    const found = currentCall(env);
    if (!found) return env.reply(R.notInCall);
    found.call.dtmf = (found.call.dtmf + cmd.digits).slice(-DTMF_MEMORY);
    env.reply(OK);
  },

  answer(env) {
    const R = RET.answer;
    const session = env.agent?.session;
    if (!env.agent || !session) return env.reply(R.agent);
    const leg = session.leg;
    if (!leg) return env.reply(R.notInCall);
    if (leg.phase !== 'ringing') return env.reply(R.notRinging);
    if (!session.alwaysOn) return env.reply(R.notAlwaysOn);
    env.reply(OK);
    answer(env.agent);
  },
};
