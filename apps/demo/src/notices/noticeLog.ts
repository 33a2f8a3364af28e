import { noticeText, type Notice } from '@wincall/core';
import { storedValue } from '../storage/localJson';

/** One notice the softphone gave the agent, as the CRM keeps it for a supervisor. */
export interface LoggedNotice {
  notice: Notice;
  /** The agent it was given to (工号), when the softphone knew it. */
  agentNum: string | null;
}

const MAX_NOTICES = 100;

const textOrNull = (value: unknown) => value === null || typeof value === 'string';

/**
 * Keeps what the words can be made of: foreign or older data in the key is dropped, never trusted.
 * An entry counts as a notice when the core can put it into words in both languages.
 */
function parseNotices(raw: unknown): LoggedNotice[] | null {
  if (!Array.isArray(raw)) return null;
  return raw.flatMap((item): LoggedNotice[] => {
    if (!item || typeof item !== 'object') return [];
    const { notice, agentNum } = item as { notice?: unknown; agentNum?: unknown };
    if (!notice || typeof notice !== 'object') return [];
    const n = notice as Partial<Notice>;
    if (typeof n.id !== 'string' || typeof n.kind !== 'string' || typeof n.at !== 'number' || !Number.isFinite(n.at)) return [];
    // Shown as text: anything but a string (or nothing) in the call's number or id is not a notice of ours.
    const call = n.call as { number?: unknown; callId?: unknown } | null | undefined;
    if (call !== null && (typeof call !== 'object' || !textOrNull(call.number) || !textOrNull(call.callId))) return [];
    try {
      noticeText(n as Notice, 'zh-CN');
      noticeText(n as Notice, 'en');
    } catch {
      return [];
    }
    return [{ notice: n as Notice, agentNum: typeof agentNum === 'string' ? agentNum : null }];
  });
}

const log = storedValue<LoggedNotice[]>('wincall-demo:notices:v1', [], parseNotices);

/** The notices, newest first. */
export const loggedNotices = log.get;

/** Tells when another tab (or this one) changed the stored notices. */
export const subscribeNotices = log.subscribe;

/** A new notice goes first; one updated in place (same id: a missed ring the server then set busy) keeps its row. */
export function logNotice(entry: LoggedNotice): void {
  const entries = log.get();
  const index = entries.findIndex((e) => e.notice.id === entry.notice.id);
  if (index >= 0) log.set(entries.map((e, i) => (i === index ? entry : e)));
  else log.set([entry, ...entries].slice(0, MAX_NOTICES));
}

export function clearNotices(): void {
  log.set([]);
}
