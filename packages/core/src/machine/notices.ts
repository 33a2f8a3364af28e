import type { Command } from '../errors';
import type { PhoneFailureCode } from '../phone/types';
import type { MachineInput } from './inputs';
import type { AgentStatus, CallKind, CallState, WinCallState } from './state';
import { holdTime, talkTime } from './timers';

/**
 * Notices: what the agent must be told because the server, the network or the far end changed the
 * agent's world — a ring that timed out, a dial that failed, a call lost, a supervisor's order.
 * Derived by the reducer from each transition (pure, like the rest of the machine), kept in the
 * state (so every tab, a remounted bar and the devtools see the same), each until its own end.
 * Words are `noticeText` (notices/texts.ts); the client emits `notice` for each new or changed one.
 */
export type NoticeKind =
  | 'missedRing'
  | 'forcedStatus'
  | 'dialFailed'
  | 'callLost'
  | 'endedWhileHeld'
  | 'transferFailed'
  | 'signInLost'
  | 'reconnecting'
  | 'phoneFailed'
  | 'error';

/** What the notice offers the agent to do about it. */
export type NoticeAction =
  /** Become available again (UNBUSY). */
  | { type: 'ready' }
  /** Try the connection now instead of waiting for the next attempt (`client.reconnect()`). */
  | { type: 'reconnect' }
  /** Sign in again. */
  | { type: 'signIn' }
  /** Call this number back (`dialOuter`). */
  | { type: 'callBack'; number: string };

/**
 * The call a notice is about: `startedAt` is the call's (and its `CallRecord`'s) start, `callId`
 * the server's CallId as last seen, `number` the other party.
 */
export interface NoticeCall {
  startedAt: number;
  callId: string | null;
  number: string | null;
  kind: CallKind;
}

/** Besides the agent dismissing it: what makes a notice go away by itself. */
export type NoticeEnd =
  /** The connection is back (or given up). */
  | 'reconnected'
  /** The next call rings or is placed. */
  | 'nextCall'
  /** The agent changes status themselves (Ready, Busy). */
  | 'agentStatus'
  /** The agent is signed in again. */
  | 'signedIn'
  /** The call it is about changes phase or ends. */
  | 'callChanges'
  /** The error is cleared or replaced (`client.clearError()`, the next command). */
  | 'errorCleared'
  /** The browser phone is registered (again). */
  | 'phoneRegistered';

interface NoticeBase {
  /** Unique within a client's life: `<kind>:<at>`. */
  id: string;
  /** When it happened (ms since epoch). */
  at: number;
  call: NoticeCall | null;
  action: NoticeAction | null;
  until: readonly NoticeEnd[];
}

export type Notice =
  /** A ring nobody answered: the caller gave up, or the server took the call back (and may have set the agent busy). */
  | (NoticeBase & { kind: 'missedRing'; ringMs: number; setBusy: boolean })
  /** The agent's status changed without the agent asking: a supervisor's order (MT 10) or the server (AgSta). */
  | (NoticeBase & { kind: 'forcedStatus'; by: 'supervisor' | 'server'; status: 'busy' | 'idle' | 'signedOut'; reasonId: number | null })
  /**
   * A call the agent placed never connected. `busyOrUnreachable`: it ended before the far end rang
   * (wintel says no more than "over"); `noAnswer`: it rang and nobody answered; `rejected`: the
   * server refused the dial (`code`).
   */
  | (NoticeBase & { kind: 'dialFailed'; cause: 'busyOrUnreachable' | 'noAnswer' | 'rejected'; code: string | null })
  /** The connection dropped during a call and the call did not survive it. `talkMs`: talk time until the drop. */
  | (NoticeBase & { kind: 'callLost'; lostAt: number; talkMs: number })
  /** The other side hung up while the agent had them on hold. */
  | (NoticeBase & { kind: 'endedWhileHeld'; heldMs: number })
  /** A consult or transfer did not happen: refused (`code`), timed out, or the consulted party was not reached. */
  | (NoticeBase & { kind: 'transferFailed'; command: Command; code: string })
  /** Signed out without asking: the connection was given up, or the server refused to take the agent back. */
  | (NoticeBase & { kind: 'signInLost' })
  /** The connection dropped; the client is trying again (`at`: since when). */
  | (NoticeBase & { kind: 'reconnecting' })
  /**
   * The browser phone failed: its registration (`during: 'registration'`: wrong phone password, SIP
   * server unreachable), or the audio of a call (`during: 'call'`: no microphone, ICE failure,
   * media timeout…). `code`: a `PhoneFailureCode` (texts: `phoneFailureText`).
   */
  | (NoticeBase & { kind: 'phoneFailed'; during: 'registration' | 'call'; code: PhoneFailureCode; setBusy?: boolean })
  /** A command or the server failed (`code`: the `WinCallError` code, texts from its catalog). */
  | (NoticeBase & { kind: 'error'; code: string; command: Command | 'api' | null });

/** At most this many notices are kept: the newest. */
const MAX_NOTICES = 5;

const MISSABLE: ReadonlySet<CallKind> = new Set(['queue', 'outer', 'inner', 'consult', 'autocall']);
/** Commands whose refusal means the customer was not handed on (the call goes on with the agent). */
const HAND_ON: ReadonlySet<Command> = new Set([
  'consultInner',
  'consultOuter',
  'transfer',
  'threeWay',
  'blindTransfer',
  'transferToQueue',
  'transferToTenantQueue',
  'transferToIvr',
  'evaluate',
]);
const DIALS: ReadonlySet<Command> = new Set(['dialOuter', 'dialInner']);

const isSignedIn = (status: AgentStatus) => status !== 'signedOut' && status !== 'signingIn';

/** The notices after `previous → next` (which `input` caused): expired ones dropped, new ones added. */
export function nextNotices(previous: WinCallState, next: WinCallState, input: MachineInput): readonly Notice[] {
  const before = previous.notices;
  let notices = before.filter((notice) => !expired(notice, previous, next, input));
  for (const change of raised(previous, next, input, notices)) {
    notices = change.replaces ? notices.map((n) => (n.id === change.replaces ? change.notice : n)) : [...notices, change.notice];
  }
  if (notices.length > MAX_NOTICES) notices = notices.slice(-MAX_NOTICES);
  const same = notices.length === before.length && notices.every((n, i) => n === before[i]);
  return same ? before : notices;
}

/** Whether `notice` has run its course with this transition. */
function expired(notice: Notice, previous: WinCallState, next: WinCallState, input: MachineInput): boolean {
  if (input.type === 'noticeDismissed' && input.id === notice.id) return true;
  return notice.until.some((end) => {
    switch (end) {
      case 'reconnected':
        return next.connection !== 'reconnecting';
      case 'nextCall':
        return next.call !== null && next.call.startedAt !== previous.call?.startedAt;
      case 'agentStatus': {
        if (input.type !== 'server' || input.event.type !== 'result' || !input.event.ok) return false;
        const chosen = input.event.operation === 'busy' ? 'busy' : input.event.operation === 'unbusy' ? 'idle' : null;
        // The client obeying a supervisor's order is not the agent choosing.
        return chosen !== null && !(notice.kind === 'forcedStatus' && notice.status === chosen);
      }
      case 'signedIn':
        return isSignedIn(next.agent.status) && !isSignedIn(previous.agent.status);
      case 'callChanges':
        return next.call?.startedAt !== notice.call?.startedAt || next.call?.phase !== previous.call?.phase;
      case 'errorCleared':
        return next.lastError === null || next.lastError !== previous.lastError;
      case 'phoneRegistered':
        return (input.type === 'phone' && input.event.kind === 'registered') || (!isSignedIn(next.agent.status) && isSignedIn(previous.agent.status));
    }
  });
}

interface Raised {
  notice: Notice;
  /** The id of a notice this one updates in place. */
  replaces?: string;
}

function raised(previous: WinCallState, next: WinCallState, input: MachineInput, kept: readonly Notice[]): Raised[] {
  const out: Raised[] = [];
  // Only inputs that carry their time raise notices (the reducer has no clock).
  const at = 'at' in input ? input.at : 0;
  const base = (kind: Notice['kind'], call: CallState | null, action: NoticeAction | null, until: NoticeEnd[]) => ({
    id: `${kind}:${at}`,
    at,
    call: call ? callOf(call) : null,
    action,
    until,
  });
  const wasSignedIn = isSignedIn(previous.agent.status);

  // A supervisor's order.
  if (input.type === 'server' && input.event.type === 'order') {
    const { order } = input.event;
    const status = order === 'forcedSignOut' ? 'signedOut' : order === 'forcedIdle' ? 'idle' : order === 'forcedBusy' ? 'busy' : null;
    if (status && (status !== 'signedOut' || wasSignedIn)) {
      const until: NoticeEnd[] = status === 'signedOut' ? ['signedIn'] : ['agentStatus', 'nextCall'];
      const action: NoticeAction | null = status === 'signedOut' ? { type: 'signIn' } : null;
      out.push({
        notice: { ...base('forcedStatus', null, action, until), kind: 'forcedStatus', by: 'supervisor', status, reasonId: status === 'busy' ? 1 : null },
      });
    }
  }

  // A call that ended.
  const ended = previous.call !== null && (next.call === null || next.call.startedAt !== previous.call.startedAt) ? previous.call : null;
  if (ended && !ended.ending && isSignedIn(previous.agent.status)) {
    const forced = input.type === 'server' && input.event.type === 'order' && input.event.order === 'forcedSignOut';
    const notice = forced ? null : endNotice(ended, input, at, base);
    if (notice) out.push({ notice });
  }

  // The connection.
  if (input.type === 'connection' && previous.connection !== next.connection) {
    if (next.connection === 'reconnecting' && wasSignedIn) {
      out.push({ notice: { ...base('reconnecting', null, { type: 'reconnect' }, ['reconnected']), kind: 'reconnecting' } });
    }
    if (next.connection === 'disconnected' && wasSignedIn && previous.pending?.command !== 'logout') {
      out.push({ notice: { ...base('signInLost', null, { type: 'signIn' }, ['signedIn']), kind: 'signInLost' } });
    }
  }

  // The agent's status changed without the agent asking for it.
  const statusChanged = previous.agent.status !== next.agent.status || previous.agent.busyReasonId !== next.agent.busyReasonId;
  if (input.type === 'server' && input.event.type === 'agent' && statusChanged && isSignedIn(previous.agent.status)) {
    const requested = previous.pending !== null && ['busy', 'unbusy', 'login'].includes(previous.pending.command);
    const status = next.agent.status;
    const fromBusy = previous.agent.status === 'busy';
    if (!requested && status === 'busy') {
      const reasonId = next.agent.busyReasonId ?? null;
      const missed = [...kept, ...out.map((r) => r.notice)]
        .reverse()
        .find((n) => n.kind === 'missedRing' || (n.kind === 'phoneFailed' && n.during === 'call'));
      // The server takes a timed-out ring (or one the browser phone could not take) back and sets the
      // agent busy in the same breath: one notice, offering to go available.
      if ((missed?.kind === 'missedRing' || missed?.kind === 'phoneFailed') && !missed.setBusy && missed.at >= previous.agent.since) {
        const update: Notice = { ...missed, setBusy: true, action: { type: 'ready' } };
        const own = out.find((r) => r.notice.id === missed.id);
        if (own) own.notice = update;
        else out.push({ notice: update, replaces: missed.id });
      } else if (!alreadyTold(kept, 'busy')) {
        out.push({
          notice: { ...base('forcedStatus', null, { type: 'ready' }, ['agentStatus', 'nextCall']), kind: 'forcedStatus', by: 'server', status: 'busy', reasonId },
        });
      }
    } else if (!requested && status === 'idle' && fromBusy && !alreadyTold(kept, 'idle')) {
      out.push({
        notice: { ...base('forcedStatus', null, null, ['agentStatus', 'nextCall']), kind: 'forcedStatus', by: 'server', status: 'idle', reasonId: null },
      });
    }
  }

  // Commands that failed.
  if (input.type === 'commandFailed' || input.type === 'error') {
    const { error } = input;
    const command = input.type === 'commandFailed' ? input.command : error.action;
    if (command !== null && command !== 'api' && DIALS.has(command) && error.reason === 'rejected') {
      out.push({
        notice: { ...base('dialFailed', next.call, null, ['nextCall', 'agentStatus']), kind: 'dialFailed', cause: 'rejected', code: error.code },
      });
    } else if (command !== null && command !== 'api' && HAND_ON.has(command) && (error.reason === 'rejected' || error.reason === 'timeout')) {
      out.push({
        notice: { ...base('transferFailed', next.call, null, ['callChanges']), kind: 'transferFailed', command, code: error.code },
      });
    } else {
      out.push({ notice: { ...base('error', next.call, null, ['errorCleared']), kind: 'error', code: error.code, command } });
    }
  }

  // The browser phone.
  if (input.type === 'phone' && input.event.kind !== 'registered') {
    const { code } = input.event;
    if (input.event.kind === 'registrationFailed') {
      const already = kept.some((n) => n.kind === 'phoneFailed' && n.during === 'registration' && n.code === code);
      if (!already) out.push({ notice: { ...base('phoneFailed', null, null, ['phoneRegistered']), kind: 'phoneFailed', during: 'registration', code } });
    } else if (!previous.call) {
      // No call on the CTI side to end with it: say so now.
      out.push({ notice: { ...base('phoneFailed', null, null, ['nextCall']), kind: 'phoneFailed', during: 'call', code } });
    }
  }

  // The consulted party was not reached (PhoSta 24): the agent is back with the customer.
  if (input.type === 'server' && input.event.type === 'call' && input.event.signal === 'consultFailed' && previous.call) {
    const command = previous.call.consult?.target?.type === 'number' ? 'consultOuter' : 'consultInner';
    out.push({
      notice: { ...base('transferFailed', next.call, null, ['callChanges']), kind: 'transferFailed', command, code: '2400' },
    });
  }
  return out;
}

/** A forced-status notice of this status is already up (a duplicate AgSta must not stack another). */
function alreadyTold(kept: readonly Notice[], status: 'busy' | 'idle'): boolean {
  return kept.some((n) => n.kind === 'forcedStatus' && n.status === status);
}

type Base = (kind: Notice['kind'], call: CallState | null, action: NoticeAction | null, until: NoticeEnd[]) => Omit<Notice, 'kind'>;

/** What the end of `call` (not asked for by the agent) tells the agent, if anything. */
function endNotice(call: CallState, input: MachineInput, at: number, base: Base): Notice | null {
  const number = callOf(call).number;
  const callBack: NoticeAction | null = number ? { type: 'callBack', number } : null;
  if (call.phoneFailure) {
    return { ...base('phoneFailed', call, callBack, ['nextCall']), kind: 'phoneFailed', during: 'call', code: call.phoneFailure };
  }
  const lost = call.interruptedAt !== undefined || (input.type === 'connection' && input.status === 'disconnected');
  if (lost) {
    const lostAt = call.interruptedAt ?? at;
    return { ...base('callLost', call, callBack, ['nextCall']), kind: 'callLost', lostAt, talkMs: talkTime(call, lostAt) };
  }
  if (call.connectedAt === undefined) {
    if (call.phase === 'ringing' && MISSABLE.has(call.kind)) {
      return { ...base('missedRing', call, callBack, ['nextCall', 'agentStatus']), kind: 'missedRing', ringMs: Math.max(0, at - call.startedAt), setBusy: false };
    }
    if (call.kind === 'outbound' && (call.phase === 'dialing' || call.phase === 'ringing')) {
      const cause = call.farEndRang ? 'noAnswer' : 'busyOrUnreachable';
      return { ...base('dialFailed', call, callBack, ['nextCall', 'agentStatus']), kind: 'dialFailed', cause, code: null };
    }
    return null;
  }
  if (call.phase === 'held') {
    return { ...base('endedWhileHeld', call, callBack, ['nextCall']), kind: 'endedWhileHeld', heldMs: holdTime(call, at) };
  }
  return null;
}

function callOf(call: CallState): NoticeCall {
  const { Caller, Called, CallId } = call.params;
  const placed = call.kind === 'outbound' || call.kind === 'autocall';
  const number = (placed ? Called || Caller : Caller || Called) || null;
  return { startedAt: call.startedAt, callId: CallId || null, number, kind: call.kind };
}
