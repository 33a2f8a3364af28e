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
  type StateSummary,
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
export {
  recordStep,
  type CallRecord,
  type CallEndReason,
  type CallDirection,
  type CallTarget,
  type ConsultRecord,
  type TransferRecord,
  type CallRecorderMemory,
  type CallRecordsOptions,
  type CallDraft,
  type RecorderInput,
} from './records';
export { WinCallError, type WinCallErrorReason, type WinCallErrorInit, type Command } from './errors';
export {
  createConfigApi,
  CONFIG_PATHS,
  type ConfigApi,
  type ConfigApiOptions,
  type FreeAgent,
  type OnlineAgent,
  type Queue,
  type BusyReason,
} from './api';
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
export {
  createSharedWinCallClient,
  openSessionVault,
  type SharedWinCallClient,
  type SharedClientOptions,
  type TabRole,
  type LockManagerLike,
  type SessionVault,
  type VaultRecord,
} from './tabs';
