import type { Context } from './context';
import { agentStatus, type AgentStatus } from './status';
import type { Call, CallKind, CallState, LegAccount, Phase } from './types';

/** The model's view of the world, for `GET /sim/state`, tests and the Storybook drawer. */
export interface Snapshot {
  agents: AgentSnapshot[];
  calls: CallSnapshot[];
  queues: QueueSnapshot[];
  /** Each agent's part in recent calls, oldest first: who ended it, answered or not, and when. */
  legs: LegAccount[];
}

export interface AgentSnapshot {
  agentNum: string;
  id: number;
  /** Tenant code. */
  tenant: string;
  name: string;
  /** The extension in use, or the agent's usual one when not initialised. */
  extension: string;
  supervisor: boolean;
  initialised: boolean;
  signedIn: boolean;
  /** The session has a live socket (false while it waits for a resume). */
  connected: boolean;
  status: AgentStatus;
  busyReasonId: number | null;
  callId: string | null;
  phase: Phase | null;
  alwaysOn: boolean;
  autoDial: boolean;
  autoDialProject: number | null;
  queues: number[];
}

export interface CallSnapshot {
  callId: string;
  tenant: string;
  kind: CallKind;
  /** The Caller of the screen pop (the customer for incoming calls). */
  caller: string;
  /** The outside party, or null for a call between agents. */
  customer: string | null;
  queueId: number | null;
  state: CallState;
  /** Agent numbers on the call, in the order they joined. */
  agents: string[];
  consult: { kind: 'agent' | 'outside'; with: string; stage: string } | null;
  monitoredBy: string | null;
  dtmf: string;
  ivrDigits: string;
}

export interface QueueSnapshot {
  id: number;
  tenant: string;
  name: string;
  /** Member agent numbers. */
  agents: string[];
  /** Ids of waiting calls, next first. */
  waiting: string[];
}

export function snapshot(ctx: Context): Snapshot {
  const { world } = ctx;
  const code = (tenantId: number) => world.tenants.get(tenantId)?.code ?? '';
  const num = (agentId: number) => world.agents.get(agentId)?.num ?? String(agentId);
  const agents = [...world.agents.values()].map((agent): AgentSnapshot => {
    const session = agent.session;
    const status = agentStatus(agent);
    return {
      agentNum: agent.num,
      id: agent.id,
      tenant: code(agent.tenantId),
      name: agent.name,
      extension: session?.extension ?? agent.defaultExtension,
      supervisor: agent.supervisor,
      initialised: session !== null,
      signedIn: session?.signedIn ?? false,
      connected: session?.connection != null,
      status,
      busyReasonId: status === 'busy' && session?.rest.kind === 'busy' ? session.rest.reasonId : null,
      callId: session?.leg?.callId ?? null,
      phase: session?.leg?.phase ?? null,
      alwaysOn: session?.alwaysOn ?? false,
      autoDial: (session?.autoDialProject ?? null) !== null,
      autoDialProject: session?.autoDialProject ?? null,
      queues: [...agent.queues],
    };
  });
  const callView = (call: Call): CallSnapshot => ({
    callId: call.id,
    tenant: code(call.tenantId),
    kind: call.kind,
    caller: call.params.caller,
    customer: call.customer,
    queueId: call.queueId,
    state: call.state,
    agents: call.agentIds.map(num),
    consult: call.consult
      ? {
          kind: call.consult.kind,
          with: call.consult.kind === 'agent' ? num(call.consult.agentId) : call.consult.number,
          stage: call.consult.stage,
        }
      : null,
    monitoredBy: call.monitorId === null ? null : num(call.monitorId),
    dtmf: call.dtmf,
    ivrDigits: call.ivrDigits,
  });
  const queues = [...world.tenants.values()].flatMap((tenant) =>
    [...tenant.queues.values()].map(
      (queue): QueueSnapshot => ({
        id: queue.id,
        tenant: tenant.code,
        name: queue.name,
        agents: [...world.agents.values()].filter((a) => a.tenantId === tenant.id && a.queues.includes(queue.id)).map((a) => a.num),
        waiting: [...queue.waiting],
      }),
    ),
  );
  return { agents, calls: [...world.ended, ...world.calls.values()].map(callView), queues, legs: world.legHistory.map((leg) => ({ ...leg })) };
}
