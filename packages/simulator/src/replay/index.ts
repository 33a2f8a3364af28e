export {
  parseReplayReport,
  recordedCommands,
  recordedStates,
  ReplayReportError,
  type ReplayReport,
  type ReplayEntry,
  type StateSummary,
  type RecordedCommand,
} from './report';
export { startReplayServer, type ReplayServer, type ReplayServerOptions } from './server';
export { replayReport, summarizeState, type ReplayResult, type ReplayOptions } from './replayReport';
