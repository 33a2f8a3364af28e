import type { CallRecord } from '@wincall/core';

/**
 * A finished queue call as the core records it (answered after 5 s, 65 s of talk, the customer
 * hung up), with `fields` changed: test data for the call-history parts.
 */
export function callRecord(id: string, fields: Partial<CallRecord> = {}): CallRecord {
  return {
    id: `${id}:1000`,
    callId: id,
    callIds: [id],
    agentNum: '1001',
    kind: 'queue',
    direction: 'inbound',
    otherParty: '13800138000',
    callerNumber: '4008001000',
    queue: { id: 6250, name: '售前咨询' },
    autoDial: null,
    startedAt: Date.UTC(2026, 0, 5, 1, 2, 0),
    answeredAt: Date.UTC(2026, 0, 5, 1, 2, 5),
    endedAt: Date.UTC(2026, 0, 5, 1, 3, 10),
    wrapUpEndedAt: Date.UTC(2026, 0, 5, 1, 3, 10),
    ringMs: 5_000,
    talkMs: 65_000,
    hold: { totalMs: 0, count: 0 },
    afterCallWorkMs: 0,
    consults: [],
    transfers: [],
    ivrDigits: [],
    endReason: 'remoteHangup',
    resultCode: null,
    missed: false,
    params: {},
    ...fields,
  };
}
