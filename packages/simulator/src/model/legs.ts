import type { Context } from './context';
import { afterCallSecondsLeft, startAfterCallWork, returnToRest, stopAfterCallWork } from './status';
import type { Agent, Call, Leg, LegEnd, LegRole, Phase, Session } from './types';
import { rememberLeg } from './world';
import { AGENT_STATE, PHONE, RING, message, type CallParams, type PhoneState, type RingType, type WireMessage } from './wire/messages';

/** Always-on agents' lines stay up: their rings and connects have PhoSta values of their own. */
export const ringingState = (session: Session): PhoneState => (session.alwaysOn ? PHONE.alwaysOnRinging : PHONE.ringing);
export const connectedState = (session: Session): PhoneState =>
  session.alwaysOn ? PHONE.alwaysOnConnected : PHONE.connected;

export function attach(
  ctx: Context,
  call: Call,
  agent: Agent,
  init: { role: LegRole; phase: Phase; ringType: RingType; params: CallParams; onAnswer?: () => void },
): Leg {
  const session = agent.session;
  if (!session) throw new Error(`agent ${agent.num} has no session`);
  // A call ends wrap-up: its timer must not announce "idle" in the middle of the new call.
  stopAfterCallWork(agent);
  const leg: Leg = {
    id: ctx.nextLegId(),
    callId: call.id,
    role: init.role,
    phase: init.phase,
    ringType: init.ringType,
    params: init.params,
    since: ctx.now(),
    everConnected: false,
    answeredAt: null,
    ending: null,
    onAnswer: init.onAnswer ?? null,
    cancels: [],
  };
  session.leg = leg;
  call.agentIds.push(agent.id);
  return leg;
}

/** Sends an MT 3 about the agent's own leg. */
export function tell(ctx: Context, agent: Agent, state: PhoneState): void {
  const leg = agent.session?.leg;
  if (leg) ctx.out.toAgent(agent, message.phone(state, leg.params));
}

/**
 * The agent's phone rings (PhoSta 5, or 7 in always-on mode) with the leg's RingType, and a
 * browser phone really rings: every ring of every kind goes through here.
 */
export function ring(ctx: Context, agent: Agent): void {
  const session = agent.session;
  const leg = session?.leg;
  if (!session || !leg) return;
  ctx.out.toAgent(agent, message.phone(ringingState(session), leg.params, leg.ringType));
  ctx.phones.ring({
    legId: leg.id,
    tenant: ctx.world.tenants.get(agent.tenantId)?.code ?? '',
    extension: session.extension,
    agentNum: agent.num,
    callId: leg.callId,
    ringType: leg.ringType,
    from: leg.params.caller,
  });
}

export function occupied(ctx: Context, agent: Agent): void {
  ctx.out.toAgent(agent, message.agentState(AGENT_STATE.occupied));
}

/** The leg is now talking: PhoSta 6 (8 always-on). */
export function connect(ctx: Context, agent: Agent, phase: Phase = 'connected'): void {
  const session = agent.session;
  const leg = session?.leg;
  if (!session || !leg) return;
  leg.phase = phase;
  leg.everConnected = true;
  leg.answeredAt ??= ctx.now();
  ctx.out.toAgent(agent, message.phone(connectedState(session), leg.params));
}

/** A timer that dies with the leg (or when the ring is answered). */
export function legTimer(ctx: Context, leg: Leg, ms: number | null, fn: () => void): void {
  leg.cancels.push(ctx.later(ms, fn));
}

function cancelLegTimers(leg: Leg): void {
  for (const cancel of leg.cancels.splice(0)) cancel();
}

/** Answers the agent's ringing leg, whatever answering means for it. False when nothing rings. */
export function answer(agent: Agent): boolean {
  const leg = agent.session?.leg;
  if (!leg || leg.phase !== 'ringing' || !leg.onAnswer) return false;
  const onAnswer = leg.onAnswer;
  leg.onAnswer = null;
  cancelLegTimers(leg);
  onAnswer();
  return true;
}

/**
 * How much an agent leaving a call is told: `full` = MT 3 PhoSta 0 and then after-call work or
 * the rest state; `phoneOnly` = just the hang-up (the session is about to go); `none` = nothing.
 */
export type Notice = 'full' | 'phoneOnly' | 'none';

/** Says why the agent's leg is about to end (kept unless something said it first). */
export function markEnding(agent: Agent, by: LegEnd): void {
  const leg = agent.session?.leg;
  if (leg) leg.ending ??= by;
}

/** Takes the agent off its call. Who else is affected is the caller's business. */
export function detach(ctx: Context, agent: Agent, notice: Notice): void {
  const session = agent.session;
  const leg = session?.leg;
  if (!session || !leg) return;
  cancelLegTimers(leg);
  session.leg = null;
  // Every way an agent leaves a call ends here, so this is where the agent's phone hangs up.
  ctx.phones.release(leg.id);
  const endedBy = leg.ending ?? 'remote';
  const rangForAgent = leg.ringType !== RING.ownOutbound && leg.ringType !== RING.monitor;
  rememberLeg(ctx.world, {
    agentNum: agent.num,
    callId: leg.callId,
    role: leg.role,
    ringType: leg.ringType,
    startedAt: leg.since,
    answeredAt: leg.answeredAt,
    endedAt: ctx.now(),
    endedBy,
    missed: rangForAgent && leg.answeredAt === null && endedBy !== 'agent' && endedBy !== 'transfer',
  });
  const call = ctx.world.calls.get(leg.callId);
  if (call) {
    call.agentIds = call.agentIds.filter((id) => id !== agent.id);
    if (call.monitorId === agent.id) call.monitorId = null;
  }
  if (notice === 'none') return;
  ctx.out.toAgent(agent, message.phone(PHONE.hungUp, leg.params));
  if (notice === 'phoneOnly') return;
  // Wrap-up is for the agents who handled the call, not for a consulted colleague or a supervisor.
  const handledIt = (leg.role === 'primary' || leg.role === 'peer') && leg.everConnected;
  if (handledIt) startAfterCallWork(ctx, agent);
  else returnToRest(ctx, agent);
}

const PHONE_OF_PHASE: Record<Exclude<Phase, 'ringing' | 'connected' | 'held'>, PhoneState> = {
  dialing: PHONE.dialing,
  consulting: PHONE.consultDialing,
  consultConnected: PHONE.consultConnected,
  threeWay: PHONE.threeWayConnected,
  monitoring: PHONE.monitoring,
  barging: PHONE.barging,
};

/** QUERY's answer: the agent's status line and, in a call, its phone state. */
export function stateSnapshot(ctx: Context, agent: Agent): WireMessage[] {
  const session = agent.session;
  if (!session?.signedIn) return [];
  const leg = session.leg;
  if (leg) {
    const phone =
      leg.phase === 'ringing'
        ? message.phone(ringingState(session), leg.params, leg.ringType)
        : leg.phase === 'connected' || leg.phase === 'held'
          ? message.phone(connectedState(session), leg.params)
          : message.phone(PHONE_OF_PHASE[leg.phase], leg.params);
    return [message.agentState(AGENT_STATE.occupied), phone];
  }
  if (session.afterCallWork) return [message.agentState(AGENT_STATE.afterCallWork, afterCallSecondsLeft(ctx, agent))];
  return [
    session.rest.kind === 'idle'
      ? message.agentState(AGENT_STATE.idle)
      : message.agentState(AGENT_STATE.busy, session.rest.reasonId),
  ];
}
