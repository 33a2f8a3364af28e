/**
 * @wincall/core: the wintel agent protocol, a typed agent/call state machine and a promise-based
 * client. Framework-free and safe to import on a server (nothing touches `window` at import).
 */
export {
  createWinCallClient,
  resolveServerUrl,
  COMMAND_GUARDS,
  type WinCallClient,
  type WinCallClientOptions,
  type LoginParams,
  type CommandResult,
  type WinCallCommands,
  type DialOptions,
  type DialOuterOptions,
  type WinCallEventMap,
  type WinCallEventName,
  type StateChange,
  type Handler,
  type LogEntry,
  type InspectEvent,
  type InspectListener,
} from './client';
export {
  reduce,
  deriveAvailableActions,
  unavailableReason,
  canSendDtmf,
  initialState,
  ACTION_NAMES,
  summarizeState,
  timeInStatus,
  talkTime,
  holdTime,
  afterCallWork,
  type StateSummary,
  type Notice,
  type NoticeKind,
  type NoticeAction,
  type NoticeCall,
  type NoticeEnd,
  type AgentRole,
  type NextStatus,
  type ConsultTarget,
  type ConsultState,
  type UnavailableReason,
  type MachineInput,
  type WinCallState,
  type ConnectionStatus,
  type AgentState,
  type AgentStatus,
  type CallState,
  type CallPhase,
  type CallKind,
  type PendingCommand,
  type ActionName,
} from './machine';
// The call-record builder, the config API's factory and the shared multi-tab client are entry
// points of their own (`@wincall/core/records`, `/api`, `/tabs`): a page pays for them only when it
// imports them. Their types stay here, where they cost nothing.
export type {
  CallRecord,
  CallEndReason,
  CallDirection,
  CallTarget,
  ConsultRecord,
  TransferRecord,
  CallRecorderMemory,
  CallRecordsOptions,
  CallDraft,
  RecorderInput,
} from './records';
export { noticeText, formatClock, type NoticeWords, type NoticeNames } from './notices';
export { WinCallError, type WinCallErrorReason, type WinCallErrorInit, type Command } from './errors';
export type { ConfigApi, ConfigApiOptions, FreeAgent, OnlineAgent, Queue, BusyReason } from './api';
export {
  createSocketTransport,
  createMemoryTransport,
  type Transport,
  type TransportListener,
  type TransportStatus,
  type SocketLike,
  type IoFactory,
  type MemoryServer,
  type MemoryConnection,
} from './transport';
export {
  ProtocolError,
  type ProtocolErrorKind,
  codeText,
  loadCodeTexts,
  codeTextsLoaded,
  type Locale,
  normalizeNumber,
  redactCommand,
} from './protocol';
export type { RingKind, ServerOrder } from './protocol';
export type {
  SharedWinCallClient,
  SharedClientOptions,
  TabRole,
  LockManagerLike,
  SessionVault,
  VaultRecord,
} from './tabs';
// The browser phone's device interface (implemented by `@wincall/phone`, loaded on demand).
export { PhoneError, phoneFailureText } from './phone';
export type {
  PhoneDevice,
  PhoneDeviceModule,
  PhoneDeviceOptions,
  PhoneDeviceState,
  PhoneDeviceEventMap,
  PhoneCredentials,
  PhoneRegistration,
  PhoneFailure,
  PhoneFailureCode,
  PhoneLeg,
  PhoneLegPhase,
  PhoneLegEnd,
  MicrophoneAccess,
  CallQuality,
  QualityWarning,
  AudioDevices,
  AudioDeviceInfo,
  AudioCheck,
  PhoneSipMessage,
  PhoneStatsSample,
} from './phone';
