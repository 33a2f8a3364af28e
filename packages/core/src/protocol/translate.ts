import { ProtocolError } from './errors';
import type { ServerMessage } from './messages';
import { operationOf, type Operation } from './operations';
import { isSuccess, resultCode } from './results';
import { toInteger } from './codec';

/** How a call reached this agent's phone (RingType, protocol.md §3.2). */
export type RingKind = 'inner' | 'outer' | 'queue' | 'outbound' | 'chanspy' | 'consult' | 'autocall';

/** What a phone-state message (MT 3) says happened to the call. */
export type CallSignal =
  | 'ringing'
  | 'dialing'
  | 'connected'
  | 'ended'
  | 'ownLegConnected'
  | 'farEndRinging'
  | 'consultDialing'
  | 'consultConnected'
  | 'consultReturned'
  | 'consultFailed'
  | 'threeWayConnected'
  | 'threeWayReturned'
  | 'monitoring'
  | 'barging'
  | 'transferred'
  | 'intercepted'
  | 'transferredIn'
  | 'alwaysOnDisconnected'
  | 'alwaysOnLineDown';

export type ServerAgentStatus = 'busy' | 'idle' | 'occupied' | 'afterCallWork' | 'offline';

export type ServerOrder = 'forcedSignOut' | 'forcedIdle' | 'forcedBusy' | 'networkFault' | 'operationPending';

/** What INIT's success result carries (protocol.md §3.1). The phone password is deliberately dropped. */
export interface SessionInfo {
  queues: number[];
  callers: string[];
}

/** A server message translated into the domain: the only vocabulary the state machine sees. */
export type ServerEvent =
  | {
      type: 'result';
      operation: Operation | null;
      actionNumber: number;
      ret: number;
      ok: boolean;
      /** The legacy display code, e.g. `005000`. */
      code: string;
      /** The server's `Retmsg` (ignored by the legacy client except for INIT). */
      detail: string;
      session: SessionInfo | null;
    }
  | { type: 'heartbeat' }
  | { type: 'call'; signal: CallSignal; ringKind: RingKind | null; alwaysOn: boolean; params: Record<string, string> }
  | { type: 'agent'; status: ServerAgentStatus; reasonId: number | null; afterCallSeconds: number | null }
  | { type: 'ivrResult'; digits: string; params: Record<string, string> }
  | { type: 'dataUpdate'; queues: number[] }
  | { type: 'dataUpdate'; callers: string[] }
  | { type: 'order'; order: ServerOrder; code: number }
  | { type: 'ignored'; message: 'queueStats' | 'loginState' }
  | { type: 'unknown'; error: ProtocolError };

const CALL_SIGNALS: Readonly<Record<number, CallSignal>> = {
  0: 'ended',
  4: 'dialing',
  5: 'ringing',
  6: 'connected',
  7: 'ringing',
  8: 'connected',
  9: 'alwaysOnDisconnected',
  10: 'ownLegConnected',
  21: 'consultDialing',
  22: 'consultConnected',
  23: 'consultReturned',
  24: 'consultFailed',
  25: 'threeWayConnected',
  26: 'threeWayReturned',
  31: 'monitoring',
  32: 'barging',
  33: 'transferred',
  34: 'intercepted',
  35: 'transferredIn',
  40: 'alwaysOnLineDown',
  55: 'farEndRinging',
};

/** PhoSta values of the always-on mode, where the agent's line stays connected between calls. */
const ALWAYS_ON_PHONE_STATES = new Set([7, 8, 9, 40]);

const RING_KINDS: Readonly<Record<number, RingKind>> = {
  1: 'queue',
  2: 'outbound',
  3: 'chanspy',
  4: 'consult',
  5: 'autocall',
};
/** RingType 7 = always-on ringing: a call with no kind of its own. */
const RING_TYPE_ALWAYS_ON = 7;

const AGENT_STATUSES: Readonly<Record<number, ServerAgentStatus>> = {
  2: 'busy',
  3: 'idle',
  4: 'occupied',
  5: 'afterCallWork',
  7: 'offline',
  11: 'idle',
  12: 'busy',
};

const ORDERS: Readonly<Record<number, ServerOrder>> = {
  4: 'forcedSignOut',
  5: 'forcedIdle',
  6: 'forcedBusy',
  100: 'networkFault',
  101: 'operationPending',
};

const DATA_QUEUES = 1;
const DATA_CALLERS = 2;

/** Translates one decoded message. Never throws; values we do not know become `unknown` events. */
export function translateMessage(message: ServerMessage): ServerEvent[] {
  switch (message.MT) {
    case 1:
      return translateResult(message.Retact, message.Ret, message.Retmsg);
    case 2:
      return [{ type: 'heartbeat' }];
    case 3: {
      const signal = CALL_SIGNALS[message.PhoSta];
      if (!signal) return [unknown(`unknown phone state PhoSta ${message.PhoSta}`, message.fields)];
      const ringing = signal === 'ringing';
      if (ringing && message.RingType !== null && message.RingType !== RING_TYPE_ALWAYS_ON && !isKnownRingType(message.RingType)) {
        return [unknown(`unknown ring type RingType ${message.RingType}`, message.fields)];
      }
      return [
        {
          type: 'call',
          signal,
          ringKind: ringing ? ringKindOf(message.RingType, message.OAgId) : null,
          alwaysOn: ALWAYS_ON_PHONE_STATES.has(message.PhoSta),
          params: toParams(message.fields),
        },
      ];
    }
    case 4: {
      const status = AGENT_STATUSES[message.AgSta];
      if (!status) return [unknown(`unknown agent state AgSta ${message.AgSta}`, message)];
      return [
        {
          type: 'agent',
          status,
          reasonId: status === 'busy' ? message.AgStaParam : null,
          afterCallSeconds: status === 'afterCallWork' ? message.AgStaParam : null,
        },
      ];
    }
    case 5:
      return [{ type: 'ignored', message: 'queueStats' }];
    case 6:
      return [{ type: 'ignored', message: 'loginState' }];
    case 7:
      return [{ type: 'ivrResult', digits: message.IvrResult, params: toParams(message.fields) }];
    case 8:
      if (message.Param === DATA_QUEUES) return [{ type: 'dataUpdate', queues: toQueueIds(message.Data) }];
      if (message.Param === DATA_CALLERS) return [{ type: 'dataUpdate', callers: message.Data.map(String) }];
      return [unknown(`unknown data update Param ${message.Param}`, message)];
    case 10: {
      const order = ORDERS[message.Code];
      if (!order) return [unknown(`unknown server code ${message.Code}`, message)];
      return [{ type: 'order', order, code: message.Code }];
    }
  }
}

function translateResult(actionNumber: number, ret: number, detail: string): ServerEvent[] {
  const operation = operationOf(actionNumber);
  const ok = isSuccess(actionNumber, ret);
  const events: ServerEvent[] = [];
  let session: SessionInfo | null = null;
  if (operation === 'authenticate' && ret === 0) {
    session = parseSession(detail);
    if (!session) {
      session = { queues: [], callers: [] };
      events.push(unknown('INIT result carries no readable [queues, callers, password] array', detail));
    }
  }
  events.unshift({
    type: 'result',
    operation,
    actionNumber,
    ret,
    ok,
    code: resultCode(actionNumber, ret),
    // The INIT payload contains the phone password; it must not travel any further.
    detail: operation === 'authenticate' ? '' : detail,
    session,
  });
  return events;
}

function parseSession(detail: string): SessionInfo | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(detail);
  } catch {
    return null;
  }
  if (!Array.isArray(parsed)) return null;
  const [queues, callers] = parsed as unknown[];
  if (!Array.isArray(queues) || !Array.isArray(callers)) return null;
  return { queues: toQueueIds(queues), callers: callers.map(String) };
}

function toQueueIds(values: unknown[]): number[] {
  return values.map((v) => toInteger(v)).filter((v): v is number => typeof v === 'number');
}

function isKnownRingType(ringType: number): boolean {
  return ringType === 0 || ringType in RING_KINDS;
}

function ringKindOf(ringType: number | null, otherAgentId: number | null): RingKind | null {
  if (ringType === 0) return otherAgentId ? 'inner' : 'outer';
  if (ringType === null) return null;
  return RING_KINDS[ringType] ?? null;
}

/** Call parameters as strings, the way integrators read them for screen pop. */
function toParams(fields: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(fields).map(([key, value]) => [key, typeof value === 'string' ? value : stringifyParam(value)]),
  );
}

function stringifyParam(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return JSON.stringify(value) ?? '';
  return String(value);
}

function unknown(description: string, source: unknown): ServerEvent {
  const frame = typeof source === 'string' ? source : JSON.stringify(source) ?? '';
  return { type: 'unknown', error: new ProtocolError('unknownValue', description, frame) };
}
