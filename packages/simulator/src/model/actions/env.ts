import type { Context } from '../context';
import type { Agent, Call, Connection, Leg, Phase, Session, Tenant } from '../types';
import type { Command } from '../wire/commands';
import { legOf, tenantOf } from '../world';

/** What a command handler gets: the world, the socket it came from and that socket's agent. */
export interface Env {
  ctx: Context;
  connection: Connection;
  /** The agent this socket initialised, if any. */
  agent: Agent | null;
  /** Answers the command with an MT 1 on this socket. */
  reply(ret: number, detail?: string): void;
}

export type Handler<Op extends Command['op']> = (env: Env, command: Extract<Command, { op: Op }>) => void;
export type Handlers<Ops extends Command['op']> = { [K in Ops]: Handler<K> };

/** A signed-in agent and what comes with it, or `null`. */
export interface OnDuty {
  agent: Agent;
  session: Session;
  tenant: Tenant;
}

export function onDuty(env: Env): OnDuty | null {
  const agent = env.agent;
  const session = agent?.session;
  if (!agent || !session?.signedIn) return null;
  return { agent, session, tenant: tenantOf(env.ctx.world, agent.tenantId) };
}

export function currentCall(env: Env): { leg: Leg; call: Call } | null {
  return env.agent ? legOf(env.ctx.world, env.agent) : null;
}

/** Phases in which the agent talks to the customer (or listens to them). */
export const TALKING: ReadonlySet<Phase> = new Set(['connected', 'held', 'consulting', 'consultConnected', 'threeWay']);

/** The agent handles a customer and is talking to them (not ringing, not dialling). */
export function handlingCustomer(found: { leg: Leg; call: Call } | null): found is { leg: Leg; call: Call } {
  return found !== null && (found.leg.role === 'primary' || found.leg.role === 'peer') && TALKING.has(found.leg.phase);
}
