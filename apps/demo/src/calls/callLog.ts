import type { CallEndReason, CallRecord } from '@wincall/core';
import type { CallHistoryStorage } from '@wincall/react';
import { storedValue } from '../storage/localJson';

const MAX_RECORDS = 200;
const END_REASONS = new Set<CallEndReason>([
  'agentHangup',
  'remoteHangup',
  'transferred',
  'missed',
  'declined',
  'failed',
  'forcedSignOut',
  'connectionLost',
]);

/** Keeps what looks like a call record: foreign or older data in the key is dropped, never trusted. */
function parseRecords(raw: unknown): CallRecord[] | null {
  if (!Array.isArray(raw)) return null;
  return raw.filter(
    (item): item is CallRecord =>
      !!item &&
      typeof item === 'object' &&
      typeof (item as CallRecord).id === 'string' &&
      typeof (item as CallRecord).startedAt === 'number' &&
      typeof (item as CallRecord).endedAt === 'number' &&
      END_REASONS.has((item as CallRecord).endReason) &&
      typeof (item as CallRecord).params === 'object',
  );
}

const log = storedValue<CallRecord[]>('wincall-demo:call-log:v2', [], parseRecords);

/**
 * The demo's storage adapter for `useCallHistory`: the records in localStorage, newest first.
 * Call data only: never anything from the sign-in.
 */
export const localCallLog: CallHistoryStorage = {
  load: () => log.get(),
  save(record) {
    const records = log.get();
    if (records.some((r) => r.id === record.id)) return;
    log.set([record, ...records].slice(0, MAX_RECORDS));
  },
};

export function clearCallLog(): void {
  log.set([]);
}

/** Tells when another tab (or this one) changed the stored log. */
export const subscribeCallLog = log.subscribe;
