/**
 * Everything loaded on demand, as one chunk: one request when the agent first opens the
 * directory (or a page first shows the call history, or a bar turns on notifications or a ring
 * sound), and one shared chunk between it and the entry instead of one per part (esbuild, which
 * builds dist/, splits the code a lazy chunk shares with the entry into one start chunk per
 * combination of lazy chunks: a second lazy chunk made the start heavier than it saved).
 */
export { CallHistoryList } from './CallHistoryList/CallHistoryList';
export { ConnectedDirectory } from './Directory/ConnectedDirectory';
export { Directory } from './Directory/Directory';
export { AutoDialControls } from './SoftphoneBar/AutoDialControls';
export { IncomingCallNotifier } from './SoftphoneBar/IncomingCallNotifier';
export { ConnectedWrapUp } from './WrapUp/ConnectedWrapUp';
export { WrapUpForm } from './WrapUp/WrapUpForm';
export { PhoneStatusBadge } from './Phone/PhoneStatusBadge';
export { MuteButton } from './Phone/MuteButton';
export { CallQualityIndicator } from './Phone/CallQualityIndicator';
export { PhoneAnswerButton } from './Phone/PhoneAnswerButton';
export { AudioSettings } from './Phone/AudioSettings';
