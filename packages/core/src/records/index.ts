export { recordStep, emptyMemory, type CallDraft, type CallRecorderMemory, type RecorderInput, type RecorderStep } from './builder';
export { createCallRecorder, resumed, type CallRecorder, type CallRecordsOptions } from './recorder';
export type { CallRecord, CallEndReason, CallDirection, CallTarget, ConsultRecord, TransferRecord } from './types';
