import type { Seed } from '../seed';
import type { Agent, Call, Leg, LegAccount, Queue, Tenant, World } from './types';

/** How many ended calls the world remembers. */
const ENDED_HISTORY = 50;

/** A fresh world from the seed: nobody signed in, no calls. */
export function buildWorld(seed: Seed): World {
  const world: World = { tenants: new Map(), agents: new Map(), calls: new Map(), ended: [], legHistory: [] };
  for (const t of seed.tenants) {
    const tenant: Tenant = {
      id: t.id,
      code: t.code,
      name: t.name,
      serviceNumber: t.serviceNumber,
      callers: [...t.callers],
      extensions: new Map(t.extensions.map((e) => [e.number, e.password])),
      queues: new Map(t.queues.map((q) => [q.id, { id: q.id, tenantId: t.id, name: q.name, waiting: [] }])),
      busyReasons: t.busyReasons.map((r) => ({ ...r })),
      projects: new Map(
        t.autoDialProjects.map((p) => [
          p.id,
          { id: p.id, tenantId: t.id, name: p.name, taskId: p.taskId, numbers: [...p.numbers], cursor: 0, tick: null },
        ]),
      ),
    };
    world.tenants.set(tenant.id, tenant);
    for (const a of t.agents) {
      world.agents.set(a.id, {
        id: a.id,
        num: a.num,
        tenantId: t.id,
        name: a.name,
        password: a.password,
        defaultExtension: a.extension,
        supervisor: a.supervisor ?? false,
        queues: [...a.queues],
        session: null,
        failedLogins: [],
      });
    }
  }
  return world;
}

export function tenantByCode(world: World, code: string): Tenant | undefined {
  for (const tenant of world.tenants.values()) if (tenant.code === code) return tenant;
  return undefined;
}

export function tenantOf(world: World, tenantId: number): Tenant {
  const tenant = world.tenants.get(tenantId);
  if (!tenant) throw new Error(`tenant ${tenantId} vanished`);
  return tenant;
}

export function agentsOf(world: World, tenantId: number): Agent[] {
  return [...world.agents.values()].filter((a) => a.tenantId === tenantId);
}

export function agentByNum(world: World, tenantId: number, num: string): Agent | undefined {
  return agentsOf(world, tenantId).find((a) => a.num === num);
}

/**
 * Control-API lookup by agent number. Without a tenant code the first tenant (in seed order)
 * that has such an agent wins; the default seed never repeats an agent number.
 */
export function findAgent(world: World, num: string, tenantCode?: string): Agent | undefined {
  for (const tenant of world.tenants.values()) {
    if (tenantCode !== undefined && tenant.code !== tenantCode) continue;
    const agent = agentByNum(world, tenant.id, num);
    if (agent) return agent;
  }
  return undefined;
}

/** The tenant owning an extension number (first in seed order), for the phone control API. */
export function findExtension(world: World, extension: string, tenantCode?: string): Tenant | undefined {
  for (const tenant of world.tenants.values()) {
    if (tenantCode !== undefined && tenant.code !== tenantCode) continue;
    if (tenant.extensions.has(extension)) return tenant;
  }
  return undefined;
}

/** The initialised agent using an extension, if any. */
export function agentOnExtension(world: World, tenantId: number, extension: string): Agent | undefined {
  return agentsOf(world, tenantId).find((a) => a.session?.extension === extension);
}

export function findQueue(world: World, tenantId: number, queueId: number): Queue | undefined {
  return world.tenants.get(tenantId)?.queues.get(queueId);
}

/** The tenant of a queue id (first in seed order), when a control-API call names no tenant. */
export function findQueueTenant(world: World, queueId: number, tenantCode?: string): Tenant | undefined {
  for (const tenant of world.tenants.values()) {
    if (tenantCode !== undefined && tenant.code !== tenantCode) continue;
    if (tenant.queues.has(queueId)) return tenant;
  }
  return undefined;
}

/** The agent's current leg and its call. */
export function legOf(world: World, agent: Agent): { leg: Leg; call: Call } | null {
  const leg = agent.session?.leg;
  if (!leg) return null;
  const call = world.calls.get(leg.callId);
  return call ? { leg, call } : null;
}

export function agentById(world: World, id: number): Agent | undefined {
  return world.agents.get(id);
}

/** How many agent legs the world remembers. */
const LEG_HISTORY = 500;

export function rememberLeg(world: World, account: LegAccount): void {
  world.legHistory.push(account);
  if (world.legHistory.length > LEG_HISTORY) world.legHistory.shift();
}

export function rememberEnded(world: World, call: Call): void {
  world.calls.delete(call.id);
  world.ended.push(call);
  if (world.ended.length > ENDED_HISTORY) world.ended.shift();
}
