export { createWinCallClient, type WinCallClient, type LoginParams, type CommandResult } from './createClient';
export { COMMAND_GUARDS, type WinCallCommands, type DialOptions, type DialOuterOptions } from './commands';
export type { WinCallEventMap, WinCallEventName, StateChange } from './events';
export type { Handler } from './emitter';
export type { InspectEvent, InspectListener } from './inspect';
export { resolveServerUrl, type WinCallClientOptions, type LogEntry } from './options';
