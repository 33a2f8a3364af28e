/**
 * The parts that are loaded on demand, from one chunk (./onDemand.ts; see utils/lazyPart.ts). The
 * bar preloads it when the pointer or focus reaches a button that opens a sheet.
 */
import { onDemand } from '../utils/lazyPart';
import type { CallHistoryListProps } from './CallHistoryList/CallHistoryList';
import type { ConnectedDirectoryProps } from './Directory/ConnectedDirectory';
import type { DirectoryProps } from './Directory/Directory';
import type { IncomingCallNotifierProps } from './SoftphoneBar/IncomingCallNotifier';

const parts = onDemand(() => import('./onDemand'));

/**
 * Starts loading the parts that are loaded on demand (the directory, the call history, the
 * auto-dial controls, the incoming-call notifier). Await it before rendering them where they must
 * render at once (server rendering, screenshots), or call it early (e.g. when the browser is idle)
 * to make their first open instant.
 */
export const preloadParts: () => Promise<unknown> = parts.preload;

export const Directory = parts.part<DirectoryProps>('Directory', (m) => m.Directory);

export const ConnectedDirectory = parts.part<ConnectedDirectoryProps>('ConnectedDirectory', (m) => m.ConnectedDirectory);

export const CallHistoryList = parts.part<CallHistoryListProps>('CallHistoryList', (m) => m.CallHistoryList);

export const AutoDialControls = parts.part<object>('AutoDialControls', (m) => m.AutoDialControls);

/**
 * The desktop notification and ring sound, off by default (`notifications` / `ringSound`): loaded
 * only by a bar that turns one of them on (from the same chunk: a chunk of its own would split the
 * code it shares with the bar into more start chunks).
 */
export const IncomingCallNotifier = parts.part<IncomingCallNotifierProps>('IncomingCallNotifier', (m) => m.IncomingCallNotifier);
