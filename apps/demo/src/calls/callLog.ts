import { useSyncExternalStore } from 'react';
import type { CallKind } from '@wincall/core';
import { storedValue } from '../storage/localJson';

/** How a call ended, as far as the browser can tell (see `endedBy.ts`). */
export type EndedBy = 'agent' | 'customer' | 'transfer';

/** One finished call. Call data only: never anything from the sign-in. */
export interface CallLogEntry {
  /** `CallId:startedAt`: a queue call offered twice keeps its CallId but is two entries. */
  id: string;
  callId: string;
  startedAt: number;
  endedAt: number;
  /** The customer's number (the caller, or the number dialled). */
  number: string;
  customerId: string | null;
  kind: CallKind;
  queueId: number | null;
  queueName: string | null;
  talkMs: number;
  durationMs: number;
  endedBy: EndedBy;
  agentNum: string | null;
}

const MAX_ENTRIES = 200;
const KINDS = new Set<CallKind>(['inner', 'outer', 'queue', 'outbound', 'chanspy', 'consult', 'autocall', null]);
const ENDED_BY = new Set<EndedBy>(['agent', 'customer', 'transfer']);

const str = (v: unknown) => (typeof v === 'string' ? v : null);
const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);

function parseEntries(raw: unknown): CallLogEntry[] | null {
  if (!Array.isArray(raw)) return null;
  return raw.flatMap((item): CallLogEntry[] => {
    if (!item || typeof item !== 'object') return [];
    const e = item as Record<string, unknown>;
    const id = str(e.id);
    const startedAt = num(e.startedAt);
    const endedAt = num(e.endedAt);
    if (id === null || startedAt === null || endedAt === null) return [];
    return [
      {
        id,
        callId: str(e.callId) ?? '',
        startedAt,
        endedAt,
        number: str(e.number) ?? '',
        customerId: str(e.customerId),
        kind: KINDS.has(e.kind as CallKind) ? (e.kind as CallKind) : null,
        queueId: num(e.queueId),
        queueName: str(e.queueName),
        talkMs: num(e.talkMs) ?? 0,
        durationMs: num(e.durationMs) ?? 0,
        endedBy: ENDED_BY.has(e.endedBy as EndedBy) ? (e.endedBy as EndedBy) : 'customer',
        agentNum: str(e.agentNum),
      },
    ];
  });
}

const log = storedValue<CallLogEntry[]>('wincall-demo:call-log:v1', [], parseEntries);

export const readCallLog = log.get;

/** Adds an entry (newest first); an entry with the same id is not written twice. */
export function appendCallLog(entry: CallLogEntry): void {
  const entries = log.get();
  if (entries.some((e) => e.id === entry.id)) return;
  log.set([entry, ...entries].slice(0, MAX_ENTRIES));
}

export function clearCallLog(): void {
  log.set([]);
}

/** The call log, updated when this or another tab writes it. */
export function useCallLog(): CallLogEntry[] {
  return useSyncExternalStore(log.subscribe, log.get, log.get);
}
