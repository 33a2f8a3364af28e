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
import type { ConnectedWrapUpProps } from './WrapUp/ConnectedWrapUp';
import type { WrapUpFormProps } from './WrapUp/WrapUpForm';
import type { PhoneAnswerButtonProps } from './Phone/PhoneAnswerButton';

const parts = onDemand(() => import('./onDemand'));

/** What a visible part shows while its code could not be downloaded (it also tries again by itself). */
const unavailable: PartFallback = (retry) => createElement(PartUnavailable, { retry });

/**
 * Starts loading the parts that are loaded on demand (the directory, the wrap-up form, the call
 * history, the auto-dial controls, the incoming-call notifier). Await it before rendering them
 * where they must render at once (server rendering, screenshots), or call it early (e.g. when the
 * browser is idle) to make their first open instant.
 */
export const preloadParts: () => Promise<unknown> = parts.preload;

export const Directory = parts.part<DirectoryProps>('Directory', (m) => m.Directory, unavailable);

export const ConnectedDirectory = parts.part<ConnectedDirectoryProps>('ConnectedDirectory', (m) => m.ConnectedDirectory, unavailable);

export const CallHistoryList = parts.part<CallHistoryListProps>('CallHistoryList', (m) => m.CallHistoryList, unavailable);

export const AutoDialControls = parts.part<object>('AutoDialControls', (m) => m.AutoDialControls, unavailable);

/** The wrap-up sheet's form (code and note), from the same chunk as the directory. */
export const ConnectedWrapUp = parts.part<ConnectedWrapUpProps>('ConnectedWrapUp', (m) => m.ConnectedWrapUp, unavailable);

export const WrapUpForm = parts.part<WrapUpFormProps>('WrapUpForm', (m) => m.WrapUpForm, unavailable);

/**
 * The desktop notification and ring sound, off by default (`notifications` / `ringSound`): loaded
 * only by a bar that turns one of them on (from the same chunk: a chunk of its own would split the
 * code it shares with the bar into more start chunks). Not downloaded: nothing shows, the bar works
 * on, and it tries again.
 */
export const IncomingCallNotifier = parts.part<IncomingCallNotifierProps>('IncomingCallNotifier', (m) => m.IncomingCallNotifier);

/**
 * The browser phone's parts (softphone mode): rendered only by a bar whose client has `phone`, so a
 * page with a desk phone never downloads them. Not downloaded: nothing shows, and they try again.
 */
export const PhoneStatusBadge = parts.part<object>('PhoneStatusBadge', (m) => m.PhoneStatusBadge);
export const MuteButton = parts.part<object>('MuteButton', (m) => m.MuteButton);
export const CallQualityIndicator = parts.part<object>('CallQualityIndicator', (m) => m.CallQualityIndicator);
export const PhoneAnswerButton = parts.part<PhoneAnswerButtonProps>('PhoneAnswerButton', (m) => m.PhoneAnswerButton, unavailable);
export const AudioSettings = parts.part<object>('AudioSettings', (m) => m.AudioSettings, unavailable);
