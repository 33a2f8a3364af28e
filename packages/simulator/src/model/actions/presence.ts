import { OK, RET } from '../rets';
import { stopAfterCallWork } from '../status';
import { onDuty, type Handlers } from './env';

/**
 * BUSY / UNBUSY and joining or leaving auto-dial. The MT 1 is the confirmation: the server
 * sends no MT 4 for a status change the agent asked for itself.
 */
export const presenceHandlers: Handlers<'busy' | 'unbusy' | 'joinAutoDial' | 'leaveAutoDial'> = {
  busy(env, cmd) {
    const R = RET.busy;
    if (!env.agent?.session) return env.reply(R.notInitialised);
    const duty = onDuty(env);
    if (!duty) return env.reply(R.notSignedIn);
    const { session } = duty;
    if (session.leg) return env.reply(R.inCall);
    const inWrapUp = session.afterCallWork !== null;
    const alreadyBusy = session.rest.kind === 'busy' && !inWrapUp;
    // Busy during after-call work ends the wrap-up: the agent stays away from the queues.
    stopAfterCallWork(duty.agent);
    session.rest = { kind: 'busy', reasonId: cmd.reasonId };
    env.reply(alreadyBusy ? R.alreadyBusy : OK);
  },

  unbusy(env) {
    const R = RET.unbusy;
    if (!env.agent?.session) return env.reply(R.notInitialised);
    const duty = onDuty(env);
    if (!duty) return env.reply(R.notSignedIn);
    const { session, agent } = duty;
    if (session.leg) return env.reply(R.inCall);
    if (session.rest.kind === 'idle' && !session.afterCallWork) return env.reply(R.alreadyIdle);
    stopAfterCallWork(agent);
    session.rest = { kind: 'idle' };
    session.idleTick = env.ctx.nextIdleTick();
    env.reply(OK);
  },

  joinAutoDial(env, cmd) {
    const R = RET.joinAutoDial;
    if (!env.agent?.session) return env.reply(R.notInitialised);
    const duty = onDuty(env);
    if (!duty) return env.reply(R.notSignedIn);
    if (!duty.tenant.projects.has(cmd.projectId)) return env.reply(R.unknownProject);
    if (duty.session.autoDialProject === cmd.projectId) return env.reply(R.alreadyJoined);
    duty.session.autoDialProject = cmd.projectId;
    env.reply(OK);
  },

  leaveAutoDial(env) {
    const R = RET.leaveAutoDial;
    if (!env.agent?.session) return env.reply(R.notInitialised);
    const duty = onDuty(env);
    if (!duty) return env.reply(R.notSignedIn);
    if (duty.session.autoDialProject === null) return env.reply(R.notJoined);
    duty.session.autoDialProject = null;
    env.reply(OK);
  },
};
