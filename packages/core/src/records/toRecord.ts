/** A finished draft as the record the integrator gets: durations, direction, end reason, missed. */
import type { CallKind } from '../machine/state';
import type { CallDraft } from './builder';
import { wrapsUp } from '../machine/wrapUp';
import type { CallEndReason, CallRecord, CallWrapUp } from './types';

/** Ring kinds where someone else reaches the agent: these can be missed. */
const MISSABLE: ReadonlySet<CallKind> = new Set(['queue', 'outer', 'inner', 'consult', 'autocall']);
const OUTBOUND: ReadonlySet<CallKind> = new Set(['outbound', 'chanspy', 'autocall']);

/** Why the call ended, from what the browser saw (the wire only says "over"; see the README). */
function classify(draft: CallDraft): CallEndReason {
  const answered = draft.answeredAt !== null;
  // The agent's own hang-up or hand-over first: a leg failing as it is let go is not news.
  if (draft.phoneFailure && !draft.hungUp && !draft.transferredAway && draft.transfers.length === 0) return 'phoneFailed';
  if (draft.transferredAway || draft.transfers.some((t) => t.target.type !== 'ivr')) return 'transferred';
  if (draft.hungUp) return !answered && draft.rang && MISSABLE.has(draft.kind) ? 'declined' : 'agentHangup';
  if (!answered) return draft.rang && MISSABLE.has(draft.kind) ? 'missed' : 'failed';
  return 'remoteHangup';
}

/** The call needs a wrap-up code that has not been chosen (the record waits for it while it can). */
export function codeDue(draft: CallDraft): boolean {
  return draft.wrapUpRequired === true && wrapsUp(draft.kind, draft.answeredAt !== null) && !draft.wrapUp?.code;
}

/** What the agent set, or null when nothing was (no code, no note). */
function wrapUpOf(wrapUp: CallWrapUp | null | undefined): CallWrapUp | null {
  if (!wrapUp || (wrapUp.code === null && wrapUp.note === '')) return null;
  return { code: wrapUp.code, label: wrapUp.label, note: wrapUp.note };
}

const toInt = (value: string | undefined): number | null => {
  if (value === undefined || !/^\d+$/.test(value)) return null;
  return Number(value);
};

export function toRecord(draft: CallDraft, wrapUpEndedAt: number): CallRecord {
  const endedAt = draft.endedAt ?? wrapUpEndedAt;
  const reason = draft.endReason ?? classify(draft);
  const direction = draft.rang && !OUTBOUND.has(draft.kind) ? 'inbound' : 'outbound';
  const { params } = draft;
  const queueId = toInt(params.QueId);
  const projectId = toInt(params.AcPro);
  const taskId = toInt(params.AcTask);
  const answeredAt = draft.answeredAt !== null && draft.answeredAt <= endedAt ? draft.answeredAt : null;
  const acwMs = draft.afterCallWorkSince === null ? 0 : Math.max(0, wrapUpEndedAt - draft.afterCallWorkSince);
  const never = answeredAt === null;
  const callId = draft.callIds[0] ?? null;
  return {
    id: `${callId ?? 'call'}:${draft.startedAt}`,
    callId,
    callIds: [...draft.callIds],
    agentNum: draft.agentNum,
    kind: draft.kind,
    direction,
    otherParty: (direction === 'inbound' ? params.Caller : params.Called) || null,
    callerNumber: (direction === 'inbound' ? params.ServNum || params.Called : params.Caller) || null,
    queue: queueId !== null && queueId > 0 ? { id: queueId, name: null } : null,
    autoDial: projectId !== null || taskId !== null ? { projectId, taskId } : null,
    startedAt: draft.startedAt,
    answeredAt,
    endedAt,
    wrapUpEndedAt: Math.max(endedAt, wrapUpEndedAt),
    ringMs: Math.max(0, (answeredAt ?? endedAt) - draft.startedAt),
    talkMs: never ? 0 : Math.max(0, endedAt - answeredAt - draft.holdMs),
    hold: { totalMs: draft.holdMs, count: draft.holdCount },
    afterCallWorkMs: acwMs,
    consults: draft.consults.map(({ command: _c, ...consult }) => consult),
    transfers: draft.transfers.map(({ command: _c, ...transfer }) => transfer),
    ivrDigits: [...draft.ivrDigits],
    endReason: reason,
    resultCode: reason === 'failed' ? draft.failedCode : reason === 'phoneFailed' ? (draft.phoneFailure ?? null) : null,
    missed: never && draft.rang && MISSABLE.has(draft.kind) && reason !== 'declined' && reason !== 'transferred' && reason !== 'agentHangup',
    params: { ...params },
    wrapUp: wrapUpOf(draft.wrapUp),
    wrapUpMissing: codeDue(draft),
  };
}
