import type { Command } from '../errors';
import type { Operation } from '../protocol/operations';
import type { CallSignal, ServerEvent } from '../protocol/translate';
import { deriveAvailableActions } from './availableActions';
import type { MachineInput } from './inputs';
import { nextNotices } from './notices';
import { tookEffect } from './settle';
import { nextWrapUp } from './wrapUp';
import type { AgentState, AgentStatus, CallPhase, CallState, PendingCommand, WinCallState } from './state';

/**
 * The command whose pending state a successful result of `operation` ends: operations carry the
 * commands' names, but for sign-in and sign-out (INIT and keep-alive end none).
 */
function commandOf(operation: Operation): Command | undefined {
  if (operation === 'signIn') return 'login';
  if (operation === 'signOut') return 'logout';
  return operation === 'authenticate' || operation === 'serverLogout' || operation === 'keepAlive' ? undefined : operation;
}

/** The call phase each phone signal leads to; `undefined` = the phase does not change. */
const PHASE_OF_SIGNAL: Partial<Record<CallSignal, CallPhase>> = {
  ringing: 'ringing',
  dialing: 'dialing',
  ownLegConnected: 'dialing',
  farEndRinging: 'dialing',
  connected: 'connected',
  consultDialing: 'consulting',
  consultConnected: 'consultConnected',
  consultReturned: 'connected',
  consultFailed: 'connected',
  threeWayConnected: 'threeWay',
  threeWayReturned: 'connected',
  monitoring: 'monitoring',
  barging: 'barging',
  intercepted: 'connected',
  transferredIn: 'connected',
};

/** Phases in which the agent is talking to someone: the call counts as connected from the first of them. */
const TALKING_PHASES: ReadonlySet<CallPhase> = new Set([
  'connected',
  'held',
  'consulting',
  'consultConnected',
  'threeWay',
  'monitoring',
  'barging',
]);

/**
 * The state machine: `(state, input) → state`. Pure: no I/O, no clock, no timers.
 * Unchanged slices keep their identity, so selectors over `agent` or `call` only see real changes.
 */
export function reduce(state: WinCallState, input: MachineInput): WinCallState {
  let next = settleLateCommand(state, transition(state, input), input);
  const wrapUp = nextWrapUp(state, next, input);
  if (wrapUp !== next.wrapUp) next = { ...next, wrapUp };
  const notices = nextNotices(state, next, input);
  if (notices !== next.notices) next = { ...next, notices };
  if (next === state) return state;
  const available = deriveAvailableActions(next);
  const sameActions =
    available.length === state.availableActions.length && available.every((a, i) => a === state.availableActions[i]);
  return { ...next, availableActions: sameActions ? state.availableActions : available };
}

/**
 * A command that timed out went through after all: its late answer (MT 1) arrived, or the state
 * shows its effect. The timeout error on screen would now be wrong, so it goes.
 */
function settleLateCommand(previous: WinCallState, next: WinCallState, input: MachineInput): WinCallState {
  const error = next.lastError;
  if (error?.code !== 'TIMEOUT' || error.action === null || error !== previous.lastError) return next;
  const answered =
    input.type === 'server' &&
    input.event.type === 'result' &&
    input.event.ok &&
    input.event.operation !== null &&
    commandOf(input.event.operation) === error.action;
  return answered || (next !== previous && error.action !== 'api' && tookEffect(error.action, previous, next)) ? { ...next, lastError: null } : next;
}

function transition(state: WinCallState, input: MachineInput): WinCallState {
  switch (input.type) {
    case 'connection':
      return onConnection(state, input.status, input.at);
    case 'commandSent': {
      const { pending } = input;
      const agent =
        pending.command === 'login'
          ? {
              ...withStatus(state.agent, 'signingIn', pending.since),
              ...identity(pending.agentNum, pending.extension),
              ...(pending.role === undefined ? {} : { role: pending.role }),
              ...(pending.wrapUpPolicy === undefined ? {} : { wrapUpPolicy: pending.wrapUpPolicy }),
              ...(pending.session ? { queues: pending.session.queues, callers: pending.session.callers } : {}),
            }
          : state.agent;
      const ending = ENDING_COMMANDS[pending.command];
      const call = state.call && ending && !state.call.ending ? { ...state.call, ending } : state.call;
      return { ...state, pending, lastError: null, agent, call };
    }
    case 'commandFailed': {
      if (input.command === 'login' && state.agent.status === 'signingIn') {
        return { ...signedOut(state, input.at), lastError: input.error };
      }
      const pending = state.pending?.command === input.command ? null : state.pending;
      // A refused hang-up or transfer leaves the call as it was (a timed-out one may still happen).
      const refused = state.call?.ending !== undefined && ENDING_COMMANDS[input.command] === state.call.ending && input.error.reason !== 'timeout';
      const call = refused && state.call ? withoutEnding(state.call) : state.call;
      return { ...state, pending, lastError: input.error, call };
    }
    case 'noticeDismissed':
      // The notices themselves are updated by `reduce`.
      return state;
    case 'wrapUp':
      // So is the wrap-up (machine/wrapUp.ts).
      return state;
    case 'phone':
      if (input.event.kind !== 'legFailed' || !state.call || state.call.phoneFailure) return state;
      return { ...state, call: { ...state.call, phoneFailure: input.event.code } };
    case 'nextStatus': {
      const { nextStatus: _old, ...agent } = state.agent;
      if (input.next === null) return state.agent.nextStatus ? { ...state, agent } : state;
      return isSignedIn(state.agent.status) ? { ...state, agent: { ...agent, nextStatus: input.next } } : state;
    }
    case 'error':
      return { ...state, lastError: input.error };
    case 'errorCleared':
      return state.lastError ? { ...state, lastError: null } : state;
    case 'stall':
      if (input.since !== null && state.connection !== 'connected') return state;
      return state.stalledSince === input.since ? state : { ...state, stalledSince: input.since };
    case 'server':
      return onServerEvent(state, input.event, input.at);
  }
}

function onConnection(state: WinCallState, status: WinCallState['connection'], at: number): WinCallState {
  if (status === state.connection) return state;
  // Whatever the new status, a stall of the old socket is over (or has become this status).
  if (state.stalledSince !== null) state = { ...state, stalledSince: null };
  if (status === 'disconnected') {
    // Given up (or closed on purpose): whatever the server still holds, this browser is signed out.
    return { ...signedOut(state, at), connection: status };
  }
  if (status === 'reconnecting') {
    // Keep agent and call: the client re-authenticates and the server's resync corrects them.
    const agent = state.agent.status === 'signingIn' ? signedOutAgent(at, state.agent) : state.agent;
    const call = state.call && state.call.interruptedAt === undefined ? { ...state.call, interruptedAt: at } : state.call;
    return { ...state, connection: status, pending: null, agent, call };
  }
  return { ...state, connection: status };
}

function onServerEvent(state: WinCallState, event: ServerEvent, at: number): WinCallState {
  switch (event.type) {
    case 'result':
      return event.ok ? onSuccess(state, event.operation, event.session, at) : state;
    case 'call':
      return onCallSignal(state, event.signal, event, at);
    case 'agent':
      return onAgentStatus(state, event, at);
    case 'ivrResult':
      return state.call ? { ...state, call: { ...state.call, params: { ...state.call.params, ...event.params } } } : state;
    case 'dataUpdate':
      return 'queues' in event
        ? { ...state, agent: { ...state.agent, queues: event.queues } }
        : { ...state, agent: { ...state.agent, callers: event.callers } };
    case 'order':
      return event.order === 'forcedSignOut' ? signedOut(state, at) : state;
    case 'heartbeat':
    case 'ignored':
    case 'unknown':
      return state;
  }
}

function onSuccess(
  state: WinCallState,
  operation: Operation | null,
  session: { queues: number[]; callers: string[] } | null,
  at: number,
): WinCallState {
  if (operation === null) return state;
  const finished = commandOf(operation);
  const pending = finished && state.pending?.command === finished ? null : state.pending;
  const base = pending === state.pending ? state : { ...state, pending };

  switch (operation) {
    case 'authenticate':
      return session ? { ...base, agent: { ...base.agent, ...session } } : base;
    case 'signIn': {
      if (state.pending?.command === 'login') {
        const { initialStatus } = state.pending;
        // Signing in busy is plain busy (reason 1), as BUSY without a reason.
        return { ...base, agent: withStatus(base.agent, initialStatus, at, initialStatus === 'busy' ? { busyReasonId: 1 } : {}) };
      }
      // A re-sign-in after a reconnect keeps the status (and its start time) the agent already had.
      return isSignedIn(base.agent.status) ? base : { ...base, agent: withStatus(base.agent, 'idle', at) };
    }
    case 'signOut':
    case 'serverLogout':
      return signedOut(base, at);
    case 'busy': {
      const reasonId = state.pending?.command === 'busy' ? state.pending.reasonId : 1;
      return { ...base, agent: withoutNextStatus(withStatus(base.agent, 'busy', at, { busyReasonId: reasonId })) };
    }
    case 'unbusy':
      // The agent chose a status: a "next status" chosen earlier is over.
      return { ...base, agent: withoutNextStatus(withStatus(base.agent, 'idle', at)) };
    case 'hold':
      return base.call ? { ...base, call: withPhase(base.call, 'held', at) } : base;
    case 'restore':
      return base.call?.phase === 'held' ? { ...base, call: withPhase(base.call, 'connected', at) } : base;
    case 'consultInner':
    case 'consultOuter': {
      // The server took the consult: who it is with is known only from the command.
      const asked = state.pending?.command === operation ? state.pending.target : undefined;
      if (!base.call || base.call.consult || !asked) return base;
      return { ...base, call: { ...base.call, consult: { target: asked, since: at } } };
    }
    case 'joinAutoDial':
      return { ...base, agent: { ...base.agent, autoDial: true } };
    case 'leaveAutoDial':
      return { ...base, agent: { ...base.agent, autoDial: false } };
    default:
      return base;
  }
}

function onCallSignal(
  state: WinCallState,
  signal: CallSignal,
  event: Extract<ServerEvent, { type: 'call' }>,
  at: number,
): WinCallState {
  if (signal === 'ended') return state.call ? { ...state, call: null } : state;
  // A signed-out agent has no calls; a late phone message must not invent one.
  if (state.agent.status === 'signedOut') return state;
  if (signal === 'alwaysOnDisconnected' || signal === 'alwaysOnLineDown') return state;

  // A ring starts a new call, except the agent's own phone ringing for the outbound call it placed,
  // and the same ring again (a duplicated frame, or a resync after a reconnect).
  const ownLeg = signal === 'ringing' && state.call?.kind === 'outbound' && event.ringKind === 'outbound';
  const sameCall = state.call !== null && event.params.CallId !== undefined && state.call.params.CallId === event.params.CallId;
  const previous = signal === 'ringing' && !ownLeg && !sameCall ? null : state.call;
  const phase = PHASE_OF_SIGNAL[signal] ?? previous?.phase ?? 'connected';
  // What the previous phase knew carries over; the server has now spoken of the call, so a
  // connection drop during it is behind us.
  const { interruptedAt: _resynced, ...known } = previous ?? ({} as Partial<CallState>);
  const call: CallState = {
    ...known,
    phase,
    kind: signal === 'ringing' && !ownLeg ? event.ringKind : (previous?.kind ?? kindOfPending(state.pending)),
    params: previous ? { ...previous.params, ...event.params } : event.params,
    startedAt: previous?.startedAt ?? at,
  };
  const connectedAt = previous?.connectedAt ?? (TALKING_PHASES.has(phase) ? at : undefined);
  if (connectedAt !== undefined) call.connectedAt = connectedAt;
  if (event.alwaysOn || previous?.alwaysOn) call.alwaysOn = true;
  if (signal === 'farEndRinging') call.farEndRang = true;
  if (signal === 'transferred') call.ending = 'transfer';
  // A colleague handed the customer over (PhoSta 35): the call is no longer their consult, and the
  // other party is the customer now (the message carries the customer call's fields).
  if (signal === 'transferredIn') {
    call.kind = null;
    const { OAgId: _colleague, ...params } = call.params;
    call.params = event.params.OAgId === undefined ? params : call.params;
  }
  return { ...state, call: withConsult(withPhase(call, phase, at), state.pending, at) };
}

/** The consult of a call entering, in or leaving a consulting phase. */
function withConsult(call: CallState, pending: PendingCommand | null, at: number): CallState {
  if (!CONSULT_PHASES.has(call.phase)) {
    if (!call.consult) return call;
    const { consult: _over, ...rest } = call;
    return rest;
  }
  const target = pending?.command === 'consultInner' || pending?.command === 'consultOuter' ? (pending.target ?? null) : null;
  const consult = call.consult ?? { target, since: at };
  const connected = call.phase === 'consultConnected' || call.phase === 'threeWay';
  if (connected && consult.connectedAt === undefined) return { ...call, consult: { ...consult, connectedAt: at } };
  return consult === call.consult ? call : { ...call, consult };
}

/**
 * `call` in `phase`. The hold start is kept while the call stays held; leaving hold adds that hold
 * to `heldMs`; a call first seen held (a resync, a hold confirmed late) counts from now.
 */
function withPhase(call: CallState, phase: CallPhase, at: number): CallState {
  const { heldSince, ...rest } = call;
  if (phase === 'held') return { ...rest, phase, heldSince: heldSince ?? at };
  if (heldSince === undefined) return { ...rest, phase };
  return { ...rest, phase, heldMs: (call.heldMs ?? 0) + Math.max(0, at - heldSince) };
}

function withoutNextStatus(agent: AgentState): AgentState {
  if (agent.nextStatus === undefined) return agent;
  const { nextStatus: _over, ...rest } = agent;
  return rest;
}

function withoutEnding(call: CallState): CallState {
  const { ending: _refused, ...rest } = call;
  return rest;
}

/** Commands that, once sent during a call, make its end (or hand-over) the agent's doing. */
const ENDING_COMMANDS: Partial<Record<Command, NonNullable<CallState['ending']>>> = {
  hangup: 'agent',
  logout: 'agent',
  transfer: 'transfer',
  blindTransfer: 'transfer',
  transferToQueue: 'transfer',
  transferToTenantQueue: 'transfer',
  // Not the IVR: it hands the caller back to the agent.
  evaluate: 'transfer',
};

const CONSULT_PHASES: ReadonlySet<CallPhase> = new Set(['consulting', 'consultConnected', 'threeWay']);

/** The kind of a call the agent is placing, before the server has told us anything about it. */
function kindOfPending(pending: PendingCommand | null): CallState['kind'] {
  if (pending?.command === 'dialOuter') return 'outbound';
  if (pending?.command === 'dialInner') return 'inner';
  return null;
}

function onAgentStatus(
  state: WinCallState,
  event: Extract<ServerEvent, { type: 'agent' }>,
  at: number,
): WinCallState {
  // Before sign-in completes the LOGIN result decides the status; stale updates are ignored.
  if (state.agent.status === 'signedOut' || state.agent.status === 'signingIn') return state;
  const extra: Partial<AgentState> = {};
  if (event.status === 'busy') extra.busyReasonId = event.reasonId ?? 1;
  if (event.status === 'afterCallWork' && event.afterCallSeconds !== null) extra.afterCallSeconds = event.afterCallSeconds;
  const agent = withStatus(state.agent, event.status, at, extra);
  // Any status but "occupied" means the server holds no call for the agent (the legacy client
  // disables every call control on AgSta 2/3/5/7). This also clears a call that ended while we
  // were disconnected, when the resync after a reconnect reports the agent idle.
  const call = event.status === 'occupied' ? state.call : null;
  return agent === state.agent && call === state.call ? state : { ...state, agent, call };
}

/**
 * A new agent status. `since` restarts only when the status (or busy reason) really changes;
 * status-specific fields of the previous status are dropped.
 */
function withStatus(agent: AgentState, status: AgentStatus, at: number, extra: Partial<AgentState> = {}): AgentState {
  const unchanged =
    agent.status === status &&
    agent.busyReasonId === extra.busyReasonId &&
    agent.afterCallSeconds === extra.afterCallSeconds;
  if (unchanged) return agent;
  const sameStatus = agent.status === status && agent.busyReasonId === extra.busyReasonId;
  const next: AgentState = {
    status,
    since: sameStatus ? agent.since : at,
    autoDial: agent.autoDial,
    queues: agent.queues,
    callers: agent.callers,
    ...identity(agent.agentNum, agent.extension),
    ...(agent.role === undefined ? {} : { role: agent.role }),
    ...(agent.nextStatus === undefined ? {} : { nextStatus: agent.nextStatus }),
    ...(agent.wrapUpPolicy === undefined ? {} : { wrapUpPolicy: agent.wrapUpPolicy }),
  };
  if (extra.busyReasonId !== undefined) next.busyReasonId = extra.busyReasonId;
  if (extra.afterCallSeconds !== undefined) next.afterCallSeconds = extra.afterCallSeconds;
  return next;
}

function identity(agentNum: string | undefined, extension: string | undefined): Pick<AgentState, 'agentNum' | 'extension'> {
  return {
    ...(agentNum === undefined ? {} : { agentNum }),
    ...(extension === undefined ? {} : { extension }),
  };
}

function isSignedIn(status: AgentStatus): boolean {
  return status !== 'signedOut' && status !== 'signingIn';
}

/** Signed out: no call, nothing pending, the agent's session data gone. */
function signedOut(state: WinCallState, at: number): WinCallState {
  const agent = signedOutAgent(at, state.agent);
  if (agent === state.agent && state.call === null && state.pending === null) return state;
  return { ...state, agent, call: null, pending: null };
}

function signedOutAgent(at: number, previous?: AgentState): AgentState {
  if (previous?.status === 'signedOut') return previous;
  return { status: 'signedOut', since: at, autoDial: false, queues: [], callers: [] };
}
