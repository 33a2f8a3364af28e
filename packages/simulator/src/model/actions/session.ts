import type { Context } from '../context';
import { hangUp } from '../hangup';
import { stateSnapshot } from '../legs';
import { OK, RET } from '../rets';
import { createSession, dropSession, keepAlive, resumeSession } from '../sessions';
import { stopAfterCallWork } from '../status';
import type { Agent } from '../types';
import { message } from '../wire/messages';
import { agentByNum, agentOnExtension, tenantByCode } from '../world';
import type { Handlers } from './env';

/** Sign-in and session commands: INIT, UNINIT, LOGIN, LOGOUT, QUERY, KEEP. */
export const sessionHandlers: Handlers<'authenticate' | 'signOut' | 'signIn' | 'serverLogout' | 'query' | 'keepAlive'> = {
  authenticate(env, cmd) {
    const R = RET.authenticate;
    const { ctx, connection } = env;
    if (!cmd.vccCode || !cmd.agentNum || !cmd.password || !cmd.extension) return env.reply(R.missingParameter);
    const tenant = tenantByCode(ctx.world, cmd.vccCode);
    if (!tenant) return env.reply(R.tenantError);
    const agent = agentByNum(ctx.world, tenant.id, cmd.agentNum);
    if (!agent) return env.reply(R.unknownAgent);
    // Throttled sign-ins are refused without looking at the password, so guessing gains nothing.
    if (throttled(ctx, agent)) return env.reply(R.wrongPassword);
    if (agent.password !== cmd.password) {
      agent.failedLogins.push(ctx.now());
      return env.reply(R.wrongPassword);
    }
    agent.failedLogins = [];
    const phonePassword = tenant.extensions.get(cmd.extension);
    if (phonePassword === undefined) return env.reply(R.unknownExtension);
    const holder = agentOnExtension(ctx.world, tenant.id, cmd.extension);
    if (holder && holder !== agent) return env.reply(R.extensionInUse);
    if (connection.agentId !== null) return env.reply(R.socketAlreadyInitialised);
    if (agent.session) {
      // Ret 1 either way; a session whose socket dropped moves to this socket (a resume).
      if (agent.session.connection === null) resumeSession(agent, connection);
      return env.reply(R.alreadyInitialised);
    }
    createSession(ctx, agent, connection, cmd.extension);
    env.reply(OK, JSON.stringify([agent.queues, tenant.callers, phonePassword]));
  },

  signOut(env) {
    if (!env.agent?.session) return env.reply(RET.signOut.notInitialised);
    dropSession(env.ctx, env.agent, 'phoneOnly');
    env.reply(OK);
  },

  signIn(env, cmd) {
    const session = env.agent?.session;
    if (!session) return env.reply(RET.signIn.notInitialised);
    // Ret 1 counts as success: on a resume the agent keeps its state and its call.
    if (session.signedIn) return env.reply(RET.signIn.alreadySignedIn);
    session.signedIn = true;
    session.alwaysOn = cmd.alwaysOn;
    // Signing in busy is plain busy: reason 1, as BUSY without a reason (the client shows the same).
    session.rest = cmd.initialStatus === 'busy' ? { kind: 'busy', reasonId: 1 } : { kind: 'idle' };
    session.idleTick = env.ctx.nextIdleTick();
    env.reply(OK);
    env.ctx.out.toConnection(env.connection, message.loginState());
  },

  serverLogout(env) {
    const agent = env.agent;
    const session = agent?.session;
    if (!agent || !session) return env.reply(RET.serverLogout.notInitialised);
    if (!session.signedIn) return env.reply(RET.serverLogout.notSignedIn);
    // The agent stays initialised but leaves its queues, auto-dial and any call it was on.
    hangUp(env.ctx, agent, 'phoneOnly');
    stopAfterCallWork(agent);
    session.signedIn = false;
    session.autoDialProject = null;
    session.alwaysOn = false;
    env.reply(OK);
  },

  query(env) {
    if (!env.agent?.session) return env.reply(RET.query.notInitialised);
    env.reply(OK);
    for (const m of stateSnapshot(env.ctx, env.agent)) env.ctx.out.toConnection(env.connection, m);
  },

  keepAlive(env) {
    keepAlive(env.connection);
  },
};

function throttled(ctx: Context, agent: Agent): boolean {
  const limit = ctx.timings.loginThrottle;
  if (!limit) return false;
  const since = ctx.now() - limit.windowMs;
  agent.failedLogins = agent.failedLogins.filter((t) => t > since);
  return agent.failedLogins.length >= limit.maxFailures;
}
