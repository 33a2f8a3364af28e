import type { Command, WinCallError } from '../errors';
import type { ServerEvent } from '../protocol/translate';
import type { PhoneFailureCode } from '../phone/types';
import type { ConnectionStatus, NextStatus, PendingCommand } from './state';

/** What the browser phone tells the state machine: only what changes the agent's world or a call's end. */
export type PhoneInput =
  | { kind: 'registered' }
  | { kind: 'registrationFailed'; code: PhoneFailureCode }
  /** The phone's leg of the current call failed (no audio path, no microphone, no shared codec…). */
  | { kind: 'legFailed'; code: PhoneFailureCode };

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
  /** The browser phone (`phone` option) registered, or failed to, or lost a call's audio. */
  | { type: 'phone'; event: PhoneInput; at: number }
  /** The agent dismissed a notice. */
  | { type: 'noticeDismissed'; id: string }
  /** The agent chose (or cleared) the status to go to after the current call. */
  | { type: 'nextStatus'; next: NextStatus | null }
  /** The agent chose the wrap-up code (with its label) and note of the call that started at `callStartedAt`. */
  | { type: 'wrapUp'; callStartedAt: number; code: string | null; label: string | null; note: string };
