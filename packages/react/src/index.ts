/**
 * @wincall/react: React bindings for @wincall/core (a provider and small hooks over the client's
 * store) and a ready-made, accessible softphone toolbar built from store-free parts.
 */
export { WinCallProvider, type WinCallProviderProps, type ProviderClientOptions } from './provider';

// Hooks
export { useWinCall } from './hooks/useWinCall';
export { useWinCallSelector } from './hooks/useWinCallSelector';
export { useAgent } from './hooks/useAgent';
export { useAgentQueues } from './hooks/useAgentQueues';
export { useAgentCallers } from './hooks/useAgentCallers';
export { useAgentState, type AgentStateView } from './hooks/useAgentState';
export { useActiveCall } from './hooks/useActiveCall';
export { useCall, type CallView } from './hooks/useCall';
export { useIncomingCall } from './hooks/useIncomingCall';
export { useAvailableActions } from './hooks/useAvailableActions';
export { useCan } from './hooks/useCan';
export { useUnavailableReason } from './hooks/useUnavailableReason';
export { useConnection } from './hooks/useConnection';
export { useStalled } from './hooks/useStalled';
export { useLastError } from './hooks/useLastError';
export { useWinCallEvent } from './hooks/useWinCallEvent';
export { useTabRole } from './hooks/useTabRole';
export { useCommand, type CommandName, type CommandArgs, type CommandHandle, type CommandOptions } from './hooks/useCommand';
export { useNow } from './hooks/useNow';
export { useLocale } from './hooks/useLocale';
export { useMessages } from './hooks/useMessages';
export { useBusyReasons } from './hooks/useBusyReasons';
export { useQueues } from './hooks/useQueues';
export { useQueueOptions } from './hooks/useQueueOptions';
export { useFreeAgents } from './hooks/useFreeAgents';
export { useOnlineAgents } from './hooks/useOnlineAgents';
export { useWrapUp, type WrapUpView } from './hooks/useWrapUp';
export { useWrapUpCodes } from './hooks/useWrapUpCodes';
export { useRecentNumbers } from './hooks/useRecentNumbers';
export { useCallHistory, type CallHistory, type CallHistoryStorage, type UseCallHistoryOptions } from './hooks/useCallHistory';
export { useContainerLayout, layoutForWidth, LAYOUT_BREAKPOINTS, type BarLayout } from './hooks/useContainerLayout';
export { configQueryKey } from './utils/configQuery';

// Components: store-free parts…
export { QueuePicker, type QueuePickerProps, type QueueOption } from './components/QueuePicker/QueuePicker';
export {
  BusyReasonPicker,
  PLAIN_BUSY,
  type BusyReasonPickerProps,
  type BusyReasonOption,
} from './components/BusyReasonPicker/BusyReasonPicker';
export { AgentPicker, type AgentPickerProps, type AgentOption } from './components/AgentPicker/AgentPicker';
export type { PickerProps } from './components/Picker/OptionPicker';
export { Dialpad, DIALPAD_KEYS, type DialpadProps, type DialpadKey } from './components/Dialpad/Dialpad';
export { CallTimer, type CallTimerProps } from './components/CallTimer/CallTimer';
export { StatusBadge, type StatusBadgeProps } from './components/StatusBadge/StatusBadge';
export { IncomingCallBanner, type IncomingCallBannerProps } from './components/IncomingCallBanner/IncomingCallBanner';
// (The directory and the call history are loaded on demand: see components/lazyParts.ts.)
export { CallHistoryList, Directory, ConnectedDirectory, ConnectedWrapUp, WrapUpForm, preloadParts } from './components/lazyParts';
export type { ConnectedWrapUpProps } from './components/WrapUp/ConnectedWrapUp';
export type { WrapUpFormProps } from './components/WrapUp/WrapUpForm';
export type { CallHistoryListProps } from './components/CallHistoryList/CallHistoryList';
export { StatusSelector, type StatusSelectorProps, type StatusSelectorOption, type StatusLook, type StatusChoice } from './components/StatusSelector/StatusSelector';
export { CallCard, type CallCardProps } from './components/CallCard/CallCard';
export { ActionButton, type ActionButtonProps } from './components/ActionButton/ActionButton';
export type { DirectoryProps, DirectoryEntry, DirectorySection, DirectoryEntryKind } from './components/Directory/Directory';
export { Menu, type MenuProps, type MenuItem } from './components/Menu/Menu';
export { WinCallErrorBoundary, type WinCallErrorBoundaryProps } from './components/ErrorBoundary/WinCallErrorBoundary';
// …and their connected versions.
export { ConnectedQueuePicker, type ConnectedQueuePickerProps } from './components/QueuePicker/ConnectedQueuePicker';
export {
  ConnectedBusyReasonPicker,
  type ConnectedBusyReasonPickerProps,
} from './components/BusyReasonPicker/ConnectedBusyReasonPicker';
export { ConnectedAgentPicker, type ConnectedAgentPickerProps } from './components/AgentPicker/ConnectedAgentPicker';
export { ConnectedDialpad, type ConnectedDialpadProps } from './components/Dialpad/ConnectedDialpad';
export {
  ConnectedCallTimer,
  ConnectedStatusTimer,
  ConnectedAfterCallCountdown,
  type ConnectedTimerProps,
} from './components/CallTimer/ConnectedTimers';
export { ConnectedStatusBadge, type ConnectedStatusBadgeProps } from './components/StatusBadge/ConnectedStatusBadge';
export {
  ConnectedIncomingCallBanner,
  type ConnectedIncomingCallBannerProps,
} from './components/IncomingCallBanner/ConnectedIncomingCallBanner';
export { ConnectedStatusSelector, type ConnectedStatusSelectorProps } from './components/StatusSelector/ConnectedStatusSelector';
export { ConnectedCallCard, type ConnectedCallCardProps } from './components/CallCard/ConnectedCallCard';
export { ConnectedActionButton, type ConnectedActionButtonProps } from './components/ActionButton/ConnectedActionButton';
export type { ConnectedDirectoryProps, DirectoryMode } from './components/Directory/ConnectedDirectory';
export { CommandButton, type CommandButtonProps } from './components/CommandButton/CommandButton';
export { SoftphoneBar, type SoftphoneBarProps, type SoftphoneFeature } from './components/SoftphoneBar/SoftphoneBar';

// i18n
// (The catalogs themselves are loaded on demand; import them from `@wincall/react/messages/en` or
// `@wincall/react/messages/zh-CN` to use them directly.)
export { createTranslator, loadMessages, type Messages, type MessageKey, type WinCallLocale, type Translator } from './i18n';

// Hotkeys
export type { HotkeyConfig, HotkeyCommand } from './utils/hotkeys';
