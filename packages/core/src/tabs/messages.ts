import { WinCallError, type Command, type WinCallErrorReason } from '../errors';
import type { WinCallState } from '../machine/state';
import type { ServerOrder } from '../protocol/translate';
import type { CallRecorderMemory } from '../records/builder';
import type { CallRecord } from '../records/types';
import type { PhoneEventMap, PhoneState } from '../phone/front';
import type { VaultRecord } from './vault';

/** A `WinCallError` as it crosses a BroadcastChannel (structured clone drops its fields). */
export interface SerializedError {
  code: string;
  action: Command | 'api' | null;
  reason: WinCallErrorReason;
  ret?: number;
}

export type SerializedState = Omit<WinCallState, 'lastError'> & { lastError: SerializedError | null };

/** Client methods that are not wintel commands, forwarded by a follower tab like the commands. */
export type ClientMethod = 'connect' | 'clearError' | 'dismissNotice' | 'setNextStatus' | 'reconnect' | 'phone' | 'setWrapUp';
export const CLIENT_METHODS: ReadonlySet<string> = new Set<ClientMethod>(['connect', 'clearError', 'dismissNotice', 'setNextStatus', 'reconnect', 'phone', 'setWrapUp']);

/** What tabs of one agent tell each other. */
export type TabMessage =
  | { type: 'hello'; from: string }
  | { type: 'state'; from: string; state: SerializedState; forcedSignOut: boolean }
  | { type: 'notice'; from: string; notice: TabNotice }
  | { type: 'command'; from: string; id: string; name: Command | ClientMethod; args: unknown[] }
  | { type: 'reply'; to: string; id: string; ok: true; value: unknown }
  | { type: 'reply'; to: string; id: string; ok: false; error: SerializedError }
  /** The leader shares the sign-in secret so any tab can take over; in memory, never stored. */
  | { type: 'secret'; from: string; record: VaultRecord | null }
  /** The leader's call-record memory (the call in progress), so the next leader continues it. */
  | { type: 'calls'; from: string; memory: CallRecorderMemory }
  /** The leader's browser phone (only the leader registers and rings; the others show it). */
  | { type: 'phone'; from: string; state: PhoneState }
  /** A call-quality change on the leader's phone, for the CRM in every tab. */
  | { type: 'phoneQuality'; from: string; event: PhoneEventMap['qualityChanged'] };

/** Events that are not state changes, relayed from the leader. */
export type TabNotice =
  | { kind: 'ivrResult'; digits: string }
  | { kind: 'serverOrder'; order: ServerOrder }
  | { kind: 'error'; error: SerializedError }
  | { kind: 'callRecord'; record: CallRecord };

export function serializeError(error: WinCallError): SerializedError {
  return { code: error.code, action: error.action, reason: error.reason, ...(error.ret === undefined ? {} : { ret: error.ret }) };
}

export function deserializeError(error: SerializedError): WinCallError {
  return new WinCallError(error);
}

export function serializeState(state: WinCallState): SerializedState {
  return { ...state, lastError: state.lastError ? serializeError(state.lastError) : null };
}

export function deserializeState(state: SerializedState): WinCallState {
  return { ...state, lastError: state.lastError ? deserializeError(state.lastError) : null };
}

/** Anything that is not a WinCallError becomes one, so it can travel. */
export function toSerializedError(error: unknown, action: Command | null): SerializedError {
  if (error instanceof WinCallError) return serializeError(error);
  return { code: 'NOT_AVAILABLE', action, reason: 'unavailable' };
}
