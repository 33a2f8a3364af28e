/**
 * Server → client messages (protocol.md §3) as a wintel server sends them, for the in-page
 * scripted server. Field names are the wire's.
 */
export type WireMessage = Record<string, unknown>;

export const result = (retact: number, ret = 0, retmsg = ''): WireMessage => ({ MT: 1, Retact: retact, Ret: ret, Retmsg: retmsg });

/** INIT's answer: the agent's queues, the caller numbers and the phone password. */
export const initOk = (): WireMessage => result(100, 0, JSON.stringify([[6250, 6251], ['58452440', '58452441'], 'bench-pw']));

export const phone = (phoneState: number, fields: WireMessage = {}): WireMessage => ({ MT: 3, PhoSta: phoneState, ...fields });

export const agentState = (state: number, param?: number): WireMessage =>
  param === undefined ? { MT: 4, AgSta: state } : { MT: 4, AgSta: state, AgStaParam: param };

export const AGENT = { busy: 2, idle: 3, occupied: 4, afterCallWork: 5 } as const;
export const PHONE = { ended: 0, ringing: 5, connected: 6 } as const;

/** The parameters of a queue call as the simulator sends them (screen-pop data included). */
export function queueCall(callId: string, caller = '13800138000'): WireMessage {
  return {
    RingType: 1,
    OAgId: 0,
    Caller: caller,
    Called: '4008001000',
    CallId: callId,
    QueId: 6250,
    ServNum: '4008001000',
    Custom: '',
    CallerAreaCode: '010',
    CallerAreaName: '北京',
  };
}

/** A queue call ringing on the agent's phone, and the agent becoming occupied: one frame. */
export const ring = (callId: string, caller?: string): WireMessage[] => [phone(PHONE.ringing, queueCall(callId, caller)), agentState(AGENT.occupied)];

/** One `toAgent` payload: JSON objects joined by CRLF. */
export const encode = (messages: readonly WireMessage[]): string => messages.map((m) => JSON.stringify(m)).join('\r\n');
