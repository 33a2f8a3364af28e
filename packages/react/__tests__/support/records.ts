import type { CallRecord } from '@wincall/core';
import { callRecordAt } from '../../../core/__tests__/support/records';

const START = Date.UTC(2026, 0, 5, 1, 2, 0);

/**
 * A finished queue call as the core records it (answered after 5 s, 65 s of talk, the customer
 * hung up), with `fields` changed: test data for the call-history parts, on the core's record
 * fixture.
 */
export function callRecord(id: string, fields: Partial<CallRecord> = {}): CallRecord {
  return callRecordAt(START, {
    id: `${id}:1000`,
    callId: id,
    callIds: [id],
    queue: { id: 6250, name: '售前咨询' },
    answeredAt: START + 5_000,
    endedAt: START + 70_000,
    wrapUpEndedAt: START + 70_000,
    ringMs: 5_000,
    talkMs: 65_000,
    ...fields,
  });
}
