export { createWinCallClient, type WinCallClient, type LoginParams, type CommandResult } from './createClient';
export { COMMAND_GUARDS, type WinCallCommands, type DialOptions, type DialOuterOptions, type BlindTransferOptions } from './commands';
export type { WrapUpOptions, WrapUpChoice, WrapUpMethods } from './wrapUp';
export type { WinCallEventMap, WinCallEventName, StateChange } from './events';
export type { Handler } from './emitter';
export type { InspectEvent, InspectListener } from './inspect';
export { resolveServerUrl, type WinCallClientOptions, type LogEntry } from './options';
