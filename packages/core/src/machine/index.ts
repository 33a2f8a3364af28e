export { reduce } from './reducer';
export { deriveAvailableActions, unavailableReason, canSendDtmf, type UnavailableReason } from './availableActions';
export type { MachineInput } from './inputs';
export { summarizeState, type StateSummary } from './summary';
export { timeInStatus, talkTime, holdTime, afterCallWork } from './timers';
export type { Notice, NoticeKind, NoticeAction, NoticeCall, NoticeEnd } from './notices';
export { WRAP_UP_NOTE_MAX, wrapUpPending, type WrapUpCode, type WrapUpPolicy, type WrapUpState } from './wrapUp';
export {
  initialState,
  ACTION_NAMES,
  type WinCallState,
  type ConnectionStatus,
  type AgentState,
  type AgentStatus,
  type CallState,
  type CallPhase,
  type CallKind,
  type PendingCommand,
  type ActionName,
  type AgentRole,
  type NextStatus,
  type ConsultTarget,
  type ConsultState,
} from './state';
