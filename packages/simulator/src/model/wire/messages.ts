/**
 * Server → client messages (protocol.md §3). This file and `commands.ts` beside it are the only
 * places in the simulator that spell wire names (`MT`, `PhoSta`, `AgSta`, `Retact`…).
 */
export type WireMessage = { readonly MT: number } & Readonly<Record<string, unknown>>;

/** PhoSta values (protocol.md §3.2). */
export const PHONE = {
  hungUp: 0,
  dialing: 4,
  ringing: 5,
  connected: 6,
  alwaysOnRinging: 7,
  alwaysOnConnected: 8,
  ownLegConnected: 10,
  consultDialing: 21,
  consultConnected: 22,
  consultReturned: 23,
  consultFailed: 24,
  threeWayConnected: 25,
  threeWayReturned: 26,
  monitoring: 31,
  barging: 32,
  transferred: 33,
  intercepted: 34,
  transferredIn: 35,
  farEndRinging: 55,
} as const;
export type PhoneState = (typeof PHONE)[keyof typeof PHONE];

/** RingType values of a ringing PhoSta. */
export const RING = { direct: 0, queue: 1, ownOutbound: 2, monitor: 3, consult: 4, autoDial: 5 } as const;
export type RingType = (typeof RING)[keyof typeof RING];

/** AgSta values (protocol.md §3.3). */
export const AGENT_STATE = { busy: 2, idle: 3, occupied: 4, afterCallWork: 5 } as const;

/** MT 10 codes (protocol.md §3.4). */
export const ORDER = { forcedSignOut: 4, forcedIdle: 5, forcedBusy: 6, networkFault: 100 } as const;
export type OrderCode = (typeof ORDER)[keyof typeof ORDER];

/** MT 8 Param values. */
export const DATA_UPDATE = { queues: 1, callers: 2 } as const;

/** What an agent's screen pop shows about a call (protocol.md §6), in domain words. */
export interface CallParams {
  callId: string;
  caller: string;
  called: string;
  /** The calling / consulting / monitored agent's id; 0 = an outside line. */
  otherAgentId?: number;
  queueId?: number;
  serviceNumber?: string;
  custom?: string;
  /** The outside party during a consult. */
  others?: string;
  autoDialProject?: number;
  autoDialTask?: number;
  areaCode?: string;
  areaName?: string;
}

/** Call parameters as wire fields, in the order the real server sends them. */
function callFields(p: CallParams): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  if (p.otherAgentId !== undefined) fields.OAgId = p.otherAgentId;
  fields.Caller = p.caller;
  fields.Called = p.called;
  fields.CallId = p.callId;
  if (p.queueId !== undefined) fields.QueId = p.queueId;
  if (p.serviceNumber !== undefined) fields.ServNum = p.serviceNumber;
  if (p.custom !== undefined) fields.Custom = p.custom;
  if (p.others !== undefined) fields.Others = p.others;
  if (p.autoDialProject !== undefined) fields.AcPro = p.autoDialProject;
  if (p.autoDialTask !== undefined) fields.AcTask = p.autoDialTask;
  if (p.areaCode !== undefined) fields.CallerAreaCode = p.areaCode;
  if (p.areaName !== undefined) fields.CallerAreaName = p.areaName;
  return fields;
}

export const message = {
  result: (action: number, ret: number, detail = ''): WireMessage => ({ MT: 1, Retact: action, Ret: ret, Retmsg: detail }),
  heartbeat: (): WireMessage => ({ MT: 2 }),
  /** MT 3. `ringType` only for the ringing states (5 and 7). */
  phone: (state: PhoneState, params: CallParams, ringType?: RingType): WireMessage =>
    ringType === undefined
      ? { MT: 3, PhoSta: state, ...callFields(params) }
      : { MT: 3, PhoSta: state, RingType: ringType, ...callFields(params) },
  /** MT 4. The parameter is a busy-reason id (AgSta 2) or wrap-up seconds (AgSta 5). */
  agentState: (state: (typeof AGENT_STATE)[keyof typeof AGENT_STATE], param?: number): WireMessage => ({
    MT: 4,
    AgSta: state,
    AgStaParam: param ?? '',
  }),
  loginState: (): WireMessage => ({ MT: 6 }),
  ivrResult: (digits: string): WireMessage => ({ MT: 7, IvrResult: digits }),
  dataUpdate: (kind: (typeof DATA_UPDATE)[keyof typeof DATA_UPDATE], data: readonly (number | string)[]): WireMessage => ({
    MT: 8,
    Param: kind,
    Data: [...data],
  }),
  order: (code: OrderCode): WireMessage => ({ MT: 10, Code: code }),
};

/** One `toAgent` payload: the messages of one step, joined the way the real server does. */
export function encodeFrame(messages: readonly WireMessage[]): string {
  return messages.map((m) => JSON.stringify(m)).join('\r\n');
}
