/**
 * @wincall/core/records: the pure call-record builder, for a server or a test that turns recorded
 * inputs into call records without a client (`client.on('callRecord', …)` is the usual way).
 */
export { recordStep, emptyMemory, type CallDraft, type CallRecorderMemory, type RecorderInput, type RecorderStep } from './builder';
export type { CallRecordsOptions } from './recorder';
export type { CallRecord, CallEndReason, CallDirection, CallTarget, CallWrapUp, ConsultRecord, TransferRecord } from './types';
