import { consultHandlers } from './actions/consult';
import { dialHandlers } from './actions/dial';
import type { Env, Handler, Handlers } from './actions/env';
import { handOffHandlers } from './actions/handOff';
import { inCallHandlers } from './actions/inCall';
import { monitorHandlers } from './actions/monitor';
import { presenceHandlers } from './actions/presence';
import { sessionHandlers } from './actions/session';
import type { Context } from './context';
import type { Connection } from './types';
import { decodeCommand, type Command } from './wire/commands';
import { message } from './wire/messages';
import { OTHER } from './rets';
import { agentById } from './world';

const HANDLERS: Handlers<Command['op']> = {
  ...sessionHandlers,
  ...presenceHandlers,
  ...dialHandlers,
  ...consultHandlers,
  ...monitorHandlers,
  ...inCallHandlers,
  ...handOffHandlers,
};

/** One `AgentCmd` from a socket: decoded, checked, handled. Bad input gets an MT 1, never a crash. */
export function handleCommand(ctx: Context, connection: Connection, payload: unknown): void {
  const decoded = decodeCommand(payload);
  if (!decoded.ok) {
    ctx.out.toConnection(connection, message.result(decoded.action, decoded.ret));
    return;
  }
  const env: Env = {
    ctx,
    connection,
    agent: connection.agentId === null ? null : (agentById(ctx.world, connection.agentId) ?? null),
    reply: (ret, detail) => ctx.out.toConnection(connection, message.result(decoded.action, ret, detail)),
  };
  try {
    // The table is keyed by `op`, so the handler always matches the command's variant.
    (HANDLERS[decoded.command.op] as Handler<Command['op']>)(env, decoded.command);
  } catch (error) {
    // A bug must cost one command ("other error"), not the server.
    ctx.out.toConnection(connection, message.result(decoded.action, OTHER));
    reportBug(error);
  }
}

export function reportBug(error: unknown): void {
  console.error('[wincall simulator] internal error:', error);
}
