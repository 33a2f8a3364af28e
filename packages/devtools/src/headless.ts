/**
 * @wincall/devtools/headless: the devtools without React: record a client, decode frames, redact,
 * build a bug report (for tests, scripts, or a panel of your own).
 */
export { createRecorder, type DevtoolsRecorder, type RecordedEntry, type RecordedInput, type RecordedSip, type RecorderOptions } from './recorder';
export { buildReport, toReportEntry, reportOptions, reportFileName, type BugReport, type ReportEntry, type ReportSip } from './report';
export { redactSip, redactSipText, describeSip, type SipView } from './sip';
export { describePayload, describeMessage, describeCommand, type DecodedMessage } from './decode';
export {
  resolveRedaction,
  redactPayload,
  redactMessage,
  redactFields,
  redactDeep,
  maskNumber,
  maskDigits,
  MASK,
  type RedactOptions,
  type Redaction,
} from './redact';
export { summarizeState, type StateSummary } from './summary';
export { diffStates, type StateDiff } from './diff';
export { connectionHealth, type ConnectionHealth, type AwaitedCommand } from './health';
export type { Meaning } from './names';
export { VERSION } from './version';
