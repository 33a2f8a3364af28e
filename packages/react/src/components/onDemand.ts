/**
 * Everything loaded on demand, as one chunk: one request when the agent first opens the
 * directory (or a page first shows the call history), and one shared chunk between it and the
 * entry instead of one per part.
 */
export { CallHistoryList } from './CallHistoryList/CallHistoryList';
export { ConnectedDirectory } from './Directory/ConnectedDirectory';
export { Directory } from './Directory/Directory';
export { AutoDialControls } from './SoftphoneBar/AutoDialControls';
export { IncomingCallNotifier } from './SoftphoneBar/IncomingCallNotifier';
