/**
 * @wincall/devtools: the frames, the state and the connection of a @wincall/core client, live.
 * `WinCallDevtools` is a small toggle; the panel loads when first opened.
 */
export { WinCallDevtools, type WinCallDevtoolsProps } from './Devtools';
export { createRecorder, type DevtoolsRecorder, type RecordedEntry, type RecordedInput, type RecordedSip, type RecorderOptions } from './recorder';
export type { BugReport, ReportEntry, ReportSip } from './report';
export type { RedactOptions, Redaction } from './redact';
export type { StateSummary } from './summary';
export type { StateDiff } from './diff';
export type { DevtoolsLocale } from './strings';
