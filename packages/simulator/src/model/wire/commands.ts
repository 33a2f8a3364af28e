import { ACTION_NUMBERS, operationOf, toInteger, type Operation } from '@wincall/core/protocol';

/**
 * Client → server commands (`AgentCmd`, protocol.md §2), decoded into domain words. Field types
 * are checked here, once; the handlers only see well-typed commands.
 */
export type Command =
  | { op: 'authenticate'; vccCode: string; agentNum: string; password: string; extension: string }
  | { op: 'signOut' }
  | { op: 'signIn'; initialStatus: 'idle' | 'busy'; alwaysOn: boolean }
  | { op: 'serverLogout' }
  | { op: 'busy'; reasonId: number }
  | { op: 'unbusy' }
  | { op: 'query' }
  | { op: 'keepAlive' }
  | { op: 'joinAutoDial'; projectId: number }
  | { op: 'leaveAutoDial' }
  | { op: 'dialInner'; agentId: number }
  | { op: 'dialOuter'; called: string; callerId: string; queueId: number }
  | { op: 'hangup' }
  | { op: 'consultInner'; agentId: number }
  | { op: 'consultOuter'; called: string; callerId: string }
  | { op: 'consultBack' }
  | { op: 'threeWay' }
  | { op: 'threeWayBack' }
  | { op: 'transfer' }
  | { op: 'chanspy'; agentId: number }
  | { op: 'intercept' }
  | { op: 'breakin' }
  | { op: 'hold' }
  | { op: 'restore' }
  | { op: 'evaluate' }
  | { op: 'dtmf'; digits: string }
  | { op: 'transferToIvr' }
  | { op: 'transferToQueue'; queueId: number }
  | { op: 'blindTransfer'; called: string; callerId: string }
  | { op: 'transferToTenantQueue'; tenantId: number; queueId: number }
  | { op: 'answer' };

export type Decoded =
  | { ok: true; action: number; command: Command }
  /** The MT 1 to send back instead: 451 = malformed message, 999 = unknown action. */
  | { ok: false; action: number; ret: number };

const MALFORMED = 451;
const UNKNOWN_ACTION = 999;
/** Longer than any real login field; beyond this a field is garbage, not a credential. */
const MAX_TEXT = 256;
/** Longer than any dialable number (E.164 allows 15 digits; extensions and prefixes add a few). */
const MAX_NUMBER = 40;

class Malformed extends Error {}

type Fields = Record<string, unknown>;
type Decoder = (f: Fields) => Command;

const DECODERS: { [K in Operation]: Decoder } = {
  authenticate: (f) => ({
    op: 'authenticate',
    vccCode: text(f.VccCode),
    agentNum: text(f.AgNum),
    password: text(f.AgPass),
    extension: text(f.AgPhoneNum),
  }),
  signOut: () => ({ op: 'signOut' }),
  signIn: (f) => {
    const state = integer(f.State);
    if (state !== 1 && state !== 2) throw new Malformed();
    const online = f.OnLine === undefined || f.OnLine === null || f.OnLine === '' ? 0 : integer(f.OnLine);
    return { op: 'signIn', initialStatus: state === 2 ? 'busy' : 'idle', alwaysOn: online === 1 };
  },
  serverLogout: () => ({ op: 'serverLogout' }),
  busy: (f) => ({ op: 'busy', reasonId: integer(f.Reason) }),
  unbusy: () => ({ op: 'unbusy' }),
  query: () => ({ op: 'query' }),
  keepAlive: () => ({ op: 'keepAlive' }),
  joinAutoDial: (f) => ({ op: 'joinAutoDial', projectId: integer(f.ProID) }),
  leaveAutoDial: () => ({ op: 'leaveAutoDial' }),
  dialInner: (f) => ({ op: 'dialInner', agentId: integer(f.AgID) }),
  dialOuter: (f) => ({
    op: 'dialOuter',
    called: phoneNumber(f.Called),
    callerId: phoneNumber(f.CallerID),
    queueId: optionalInteger(f.GroupID),
  }),
  hangup: () => ({ op: 'hangup' }),
  consultInner: (f) => ({ op: 'consultInner', agentId: integer(f.AgID) }),
  consultOuter: (f) => ({ op: 'consultOuter', called: phoneNumber(f.Called), callerId: phoneNumber(f.Caller) }),
  consultBack: () => ({ op: 'consultBack' }),
  threeWay: () => ({ op: 'threeWay' }),
  threeWayBack: () => ({ op: 'threeWayBack' }),
  transfer: () => ({ op: 'transfer' }),
  chanspy: (f) => ({ op: 'chanspy', agentId: integer(f.AgID) }),
  intercept: () => ({ op: 'intercept' }),
  breakin: () => ({ op: 'breakin' }),
  hold: () => ({ op: 'hold' }),
  restore: () => ({ op: 'restore' }),
  evaluate: () => ({ op: 'evaluate' }),
  dtmf: (f) => {
    const digits = typeof f.Dtmf === 'number' ? String(f.Dtmf) : f.Dtmf;
    if (typeof digits !== 'string' || !/^[0-9*#A-Da-d]{1,32}$/.test(digits)) throw new Malformed();
    return { op: 'dtmf', digits };
  },
  // IvrID / IvrParm are always 0 / "IVR" from the legacy client; the simulator has one IVR.
  transferToIvr: () => ({ op: 'transferToIvr' }),
  transferToQueue: (f) => ({ op: 'transferToQueue', queueId: integer(f.TransParam1) }),
  blindTransfer: (f) => ({ op: 'blindTransfer', called: phoneNumber(f.Called), callerId: phoneNumber(f.Caller) }),
  transferToTenantQueue: (f) => ({ op: 'transferToTenantQueue', tenantId: integer(f.TransVcc), queueId: integer(f.TransQue) }),
  answer: () => ({ op: 'answer' }),
};

/** Decodes one `AgentCmd` payload. Never throws. */
export function decodeCommand(payload: unknown): Decoded {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    return { ok: false, action: 0, ret: MALFORMED };
  }
  const fields = payload as Fields;
  const action = toInteger(fields.Action);
  if (typeof action !== 'number') return { ok: false, action: 0, ret: MALFORMED };
  const operation = operationOf(action);
  if (operation === null) return { ok: false, action, ret: UNKNOWN_ACTION };
  try {
    return { ok: true, action, command: DECODERS[operation](fields) };
  } catch (error) {
    if (error instanceof Malformed) return { ok: false, action, ret: MALFORMED };
    throw error;
  }
}

/** The wire action number of a domain operation (for the `Retact` of results). */
export function actionOf(op: Command['op']): number {
  return ACTION_NUMBERS[op];
}

function integer(value: unknown): number {
  const n = toInteger(value);
  if (typeof n !== 'number') throw new Malformed();
  return n;
}

/** An integer the legacy client defaults to 0 when absent. */
function optionalInteger(value: unknown): number {
  return value === undefined || value === null || value === '' ? 0 : integer(value);
}

/** A login field: absent becomes '' (the handler answers Ret 100); a non-text value is malformed. */
function text(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') throw new Malformed();
  return value.length > MAX_TEXT ? value.slice(0, MAX_TEXT + 1) : value.trim();
}

/** A phone number as sent: absent becomes '' (the handler's number checks answer 505/506/507). */
function phoneNumber(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return String(value);
  if (typeof value !== 'string' || value.length > MAX_NUMBER) throw new Malformed();
  return value;
}
