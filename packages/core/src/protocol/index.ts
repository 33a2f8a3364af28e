export { ACTION_NUMBERS, operationOf, type Operation } from './operations';
export { wire, type WireCommand } from './commands';
export type {
  ServerMessage,
  ResultMessage,
  HeartbeatMessage,
  PhoneStateMessage,
  AgentStateMessage,
  QueueStatsMessage,
  LoginStateMessage,
  IvrResultMessage,
  DataUpdateMessage,
  ServerOrderMessage,
} from './messages';
export { decodeFrame, toInteger, type DecodedFrame } from './codec';
export { ProtocolError, type ProtocolErrorKind } from './errors';
export { codeText, catalogCodes, loadCodeTexts, codeTextsLoaded, installCodeTexts, type CodeText, type Locale } from './codes';
export { resultCode, isSuccess, localFailureCode } from './results';
export {
  normalizeNumber,
  isNumeric,
  checkNumbers,
  NUMBER_EMPTY,
  CALLED_NOT_NUMERIC,
  CALLER_NOT_NUMERIC,
  LOGIN_PARAMETER_MISSING,
  type NumberCheck,
} from './numbers';
export {
  translateMessage,
  type ServerEvent,
  type CallSignal,
  type RingKind,
  type ServerAgentStatus,
  type ServerOrder,
  type SessionInfo,
} from './translate';
export { redactCommand } from './redact';
