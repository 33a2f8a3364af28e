import type { Context } from './context';
import { hangUp } from './hangup';
import type { Notice } from './legs';
import { stopAfterCallWork } from './status';
import type { Agent, Connection, Peer, Session } from './types';
import { message } from './wire/messages';
import { agentById } from './world';

/** One client connection as the model sees it: what the socket.io bridge (or Storybook) drives. */
export interface ModelConnection {
  /** An `AgentCmd` payload from the client; anything at all is accepted. */
  send(command: unknown): void;
  /** The client went away. */
  close(): void;
}

export function openConnection(
  ctx: Context,
  peer: Peer,
  handle: (connection: Connection, payload: unknown) => void,
): ModelConnection {
  const connection: Connection = {
    id: ctx.nextConnectionId(),
    peer,
    open: !ctx.disposed,
    agentId: null,
    awaitingKeep: false,
    missedHeartbeats: 0,
  };
  if (connection.open) ctx.connections.add(connection);
  return {
    send(payload) {
      if (!connection.open || ctx.disposed) return;
      ctx.step(() => handle(connection, payload));
    },
    close() {
      if (!connection.open || ctx.disposed) return;
      ctx.step(() => connectionLost(ctx, connection));
    },
  };
}

export function createSession(ctx: Context, agent: Agent, connection: Connection, extension: string): Session {
  const session: Session = {
    connection,
    extension,
    signedIn: false,
    rest: { kind: 'idle' },
    idleTick: ctx.nextIdleTick(),
    afterCallWork: null,
    alwaysOn: false,
    autoDialProject: null,
    leg: null,
    grace: null,
  };
  agent.session = session;
  connection.agentId = agent.id;
  return session;
}

/** A new socket takes over a session whose socket dropped: status, queues and call are kept. */
export function resumeSession(agent: Agent, connection: Connection): void {
  const session = agent.session;
  if (!session) return;
  session.grace?.();
  session.grace = null;
  session.connection = connection;
  connection.agentId = agent.id;
}

/**
 * Ends an agent's session: the call is hung up (the other parties get their usual events), the
 * agent leaves auto-dial, and the socket (if any) is no longer initialised.
 */
export function dropSession(ctx: Context, agent: Agent, notice: Exclude<Notice, 'full'>, by: 'agent' | 'system' = 'agent'): void {
  const session = agent.session;
  if (!session) return;
  hangUp(ctx, agent, notice, by);
  stopAfterCallWork(agent);
  session.grace?.();
  if (session.connection) session.connection.agentId = null;
  agent.session = null;
}

/** The socket is gone (either side closed it). Its session waits `sessionGrace` for a resume. */
export function connectionLost(ctx: Context, connection: Connection): void {
  connection.open = false;
  ctx.connections.delete(connection);
  const agent = connection.agentId === null ? undefined : agentById(ctx.world, connection.agentId);
  connection.agentId = null;
  const session = agent?.session;
  if (!agent || !session || session.connection !== connection) return;
  session.connection = null;
  session.grace = ctx.later(ctx.timings.sessionGrace, () => {
    if (agent.session === session && session.connection === null) dropSession(ctx, agent, 'none', 'system');
  });
}

/** The server closes a socket; whatever was queued for it still goes out first. */
export function disconnect(ctx: Context, connection: Connection): void {
  if (!connection.open) return;
  connectionLost(ctx, connection);
  ctx.out.drop(connection);
}

/**
 * MT 2 every `heartbeat` ms to each initialised socket; a socket that leaves `heartbeatMisses`
 * in a row unanswered (no KEEP) is disconnected, and its session enters the grace period.
 */
export function startHeartbeat(ctx: Context): void {
  const interval = ctx.timings.heartbeat;
  if (interval === null) return;
  const beat = () => {
    for (const connection of [...ctx.connections]) {
      if (!connection.open || connection.agentId === null) continue;
      if (connection.awaitingKeep) connection.missedHeartbeats++;
      if (connection.missedHeartbeats >= ctx.timings.heartbeatMisses) {
        disconnect(ctx, connection);
        continue;
      }
      ctx.out.toConnection(connection, message.heartbeat());
      connection.awaitingKeep = true;
    }
    ctx.later(interval, beat);
  };
  ctx.later(interval, beat);
}

export function keepAlive(connection: Connection): void {
  connection.awaitingKeep = false;
  connection.missedHeartbeats = 0;
}
