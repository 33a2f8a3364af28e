import type { Command, WinCallError } from '../errors';
import type { ServerEvent } from '../protocol/translate';
import type { ConnectionStatus, NextStatus, PendingCommand } from './state';

/** Everything that can change the state. Each carries its own time, so the reducer stays pure. */
export type MachineInput =
  | { type: 'connection'; status: ConnectionStatus; at: number }
  | { type: 'commandSent'; pending: PendingCommand }
  | { type: 'commandFailed'; command: Command; error: WinCallError; at: number }
  | { type: 'server'; event: ServerEvent; at: number }
  | { type: 'error'; error: WinCallError; at: number }
  /** The UI has shown the last error and dismisses it. */
  | { type: 'errorCleared' }
  /** The server went silent while it owed us something (`since`), or spoke again (`null`). */
  | { type: 'stall'; since: number | null }
  /** The agent dismissed a notice. */
  | { type: 'noticeDismissed'; id: string }
  /** The agent chose (or cleared) the status to go to after the current call. */
  | { type: 'nextStatus'; next: NextStatus | null };
