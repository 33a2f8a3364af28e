import type { CallRecord } from '../../src';
import type { chunks } from '../../src/client/chunks';
import type { CallRecorder } from '../../src/records/recorder';

/**
 * The record of an inbound queue call c1 from 13800138000 that started at `start` (ring and talk
 * times zero, not answered, the customer hung up), with `fields` changed: the defaults that record
 * tests override row by row.
 */
export function callRecordAt(start: number, fields: Partial<CallRecord> = {}): CallRecord {
  return {
    id: `c1:${start}`,
    callId: 'c1',
    callIds: ['c1'],
    agentNum: '1001',
    kind: 'queue',
    direction: 'inbound',
    otherParty: '13800138000',
    callerNumber: '4008001000',
    queue: { id: 6250, name: null },
    autoDial: null,
    startedAt: start,
    answeredAt: null,
    endedAt: start,
    wrapUpEndedAt: start,
    ringMs: 0,
    talkMs: 0,
    hold: { totalMs: 0, count: 0 },
    afterCallWorkMs: 0,
    consults: [],
    transfers: [],
    ivrDigits: [],
    endReason: 'remoteHangup',
    resultCode: null,
    missed: false,
    params: {},
    wrapUp: null,
    wrapUpMissing: false,
    ...fields,
  };
}

type RecordsChunk = Awaited<ReturnType<typeof chunks.records>>;

/** The recorder's chunk, its recorders counting every input they are fed (`fed`). */
export function countingRecorders(chunk: RecordsChunk, fed: () => void): RecordsChunk {
  return {
    ...chunk,
    createCallRecorder(options, emit): CallRecorder {
      const recorder = chunk.createCallRecorder(options, emit);
      return {
        intent: (...args) => (fed(), recorder.intent(...args)),
        observe: (...args) => (fed(), recorder.observe(...args)),
      };
    },
  };
}
