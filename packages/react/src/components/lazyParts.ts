/**
 * The parts that are loaded on demand, from one chunk (./onDemand.ts; see utils/lazyPart.ts). The
 * bar preloads it when the pointer or focus reaches a button that opens a sheet.
 */
import { createElement } from 'react';
import { onDemand, type PartFallback } from '../utils/lazyPart';
import { PartUnavailable } from './SoftphoneBar/PartUnavailable';
import type { CallHistoryListProps } from './CallHistoryList/CallHistoryList';
import type { ConnectedDirectoryProps } from './Directory/ConnectedDirectory';
import type { DirectoryProps } from './Directory/Directory';
import type { IncomingCallNotifierProps } from './SoftphoneBar/IncomingCallNotifier';

const parts = onDemand(() => import('./onDemand'));

/** What a visible part shows while its code could not be downloaded (it also tries again by itself). */
const unavailable: PartFallback = (retry) => createElement(PartUnavailable, { retry });

/**
 * Starts loading the parts that are loaded on demand (the directory, the call history, the
 * auto-dial controls, the incoming-call notifier). Await it before rendering them where they must
 * render at once (server rendering, screenshots), or call it early (e.g. when the browser is idle)
 * to make their first open instant.
 */
export const preloadParts: () => Promise<unknown> = parts.preload;

export const Directory = parts.part<DirectoryProps>('Directory', (m) => m.Directory, unavailable);

export const ConnectedDirectory = parts.part<ConnectedDirectoryProps>('ConnectedDirectory', (m) => m.ConnectedDirectory, unavailable);

export const CallHistoryList = parts.part<CallHistoryListProps>('CallHistoryList', (m) => m.CallHistoryList, unavailable);

export const AutoDialControls = parts.part<object>('AutoDialControls', (m) => m.AutoDialControls, unavailable);

/**
 * The desktop notification and ring sound, off by default (`notifications` / `ringSound`): loaded
 * only by a bar that turns one of them on (from the same chunk: a chunk of its own would split the
 * code it shares with the bar into more start chunks). Not downloaded: nothing shows, the bar works
 * on, and it tries again.
 */
export const IncomingCallNotifier = parts.part<IncomingCallNotifierProps>('IncomingCallNotifier', (m) => m.IncomingCallNotifier);
