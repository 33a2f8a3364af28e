import { ACTION_NUMBERS } from './operations';

/**
 * The exact `AgentCmd` payloads of protocol.md §2. Field names and types are the wire's;
 * integers the legacy client defaulted to 0 are sent as 0.
 */
export type WireCommand =
  | { Action: 100; VccCode: string; AgNum: string; AgPass: string; AgPhoneNum: string }
  | { Action: 1 }
  | { Action: 2; State: 1 | 2; OnLine?: number }
  | { Action: 3 }
  | { Action: 4; Reason: number }
  | { Action: 5 }
  | { Action: 6 }
  | { Action: 7 }
  | { Action: 9; ProID: number }
  | { Action: 10 }
  | { Action: 21; AgID: number; CallerID: string }
  | { Action: 22; Called: string; CallerID: string; GroupID: number; OutChan: number; ProID: number; TaskID: number }
  | { Action: 23 }
  | { Action: 24; AgID: number }
  | { Action: 25; Called: string; Caller: string }
  | { Action: 26 }
  | { Action: 27 }
  | { Action: 28 }
  | { Action: 29 }
  | { Action: 30; AgID: number }
  | { Action: 31 }
  | { Action: 32 }
  | { Action: 33 }
  | { Action: 34 }
  | { Action: 41 }
  | { Action: 42; Dtmf: string }
  | { Action: 43; IvrID: number; IvrParm: string }
  | { Action: 44; TransType: number; TransParam1: number }
  | { Action: 46; Called: string; Caller: string }
  | { Action: 47; TransVcc: number; TransQue: number }
  | { Action: 51 };

/** Builders for every command, so no other module spells a wire field name. */
export const wire = {
  authenticate: (p: { vccCode: string; agentNum: string; password: string; extension: string }): WireCommand => ({
    Action: ACTION_NUMBERS.authenticate,
    VccCode: p.vccCode,
    AgNum: p.agentNum,
    AgPass: p.password,
    AgPhoneNum: p.extension,
  }),
  signOut: (): WireCommand => ({ Action: ACTION_NUMBERS.signOut }),
  signIn: (p: { initialStatus: 'idle' | 'busy'; alwaysOn?: boolean }): WireCommand =>
    p.alwaysOn === undefined
      ? { Action: ACTION_NUMBERS.signIn, State: p.initialStatus === 'busy' ? 2 : 1 }
      : { Action: ACTION_NUMBERS.signIn, State: p.initialStatus === 'busy' ? 2 : 1, OnLine: p.alwaysOn ? 1 : 0 },
  serverLogout: (): WireCommand => ({ Action: ACTION_NUMBERS.serverLogout }),
  busy: (reasonId: number): WireCommand => ({ Action: ACTION_NUMBERS.busy, Reason: reasonId }),
  unbusy: (): WireCommand => ({ Action: ACTION_NUMBERS.unbusy }),
  query: (): WireCommand => ({ Action: ACTION_NUMBERS.query }),
  keepAlive: (): WireCommand => ({ Action: ACTION_NUMBERS.keepAlive }),
  joinAutoDial: (projectId: number): WireCommand => ({ Action: ACTION_NUMBERS.joinAutoDial, ProID: projectId }),
  leaveAutoDial: (): WireCommand => ({ Action: ACTION_NUMBERS.leaveAutoDial }),
  dialInner: (agentId: number, caller: string): WireCommand => ({
    Action: ACTION_NUMBERS.dialInner,
    AgID: agentId,
    CallerID: caller,
  }),
  dialOuter: (p: {
    called: string;
    caller: string;
    queueId?: number;
    outChannel?: number;
    projectId?: number;
    taskId?: number;
  }): WireCommand => ({
    Action: ACTION_NUMBERS.dialOuter,
    Called: p.called,
    CallerID: p.caller,
    GroupID: p.queueId ?? 0,
    OutChan: p.outChannel ?? 0,
    ProID: p.projectId ?? 0,
    TaskID: p.taskId ?? 0,
  }),
  hangup: (): WireCommand => ({ Action: ACTION_NUMBERS.hangup }),
  consultInner: (agentId: number): WireCommand => ({ Action: ACTION_NUMBERS.consultInner, AgID: agentId }),
  consultOuter: (called: string, caller: string): WireCommand => ({
    Action: ACTION_NUMBERS.consultOuter,
    Called: called,
    Caller: caller,
  }),
  consultBack: (): WireCommand => ({ Action: ACTION_NUMBERS.consultBack }),
  threeWay: (): WireCommand => ({ Action: ACTION_NUMBERS.threeWay }),
  threeWayBack: (): WireCommand => ({ Action: ACTION_NUMBERS.threeWayBack }),
  transfer: (): WireCommand => ({ Action: ACTION_NUMBERS.transfer }),
  chanspy: (agentId: number): WireCommand => ({ Action: ACTION_NUMBERS.chanspy, AgID: agentId }),
  intercept: (): WireCommand => ({ Action: ACTION_NUMBERS.intercept }),
  breakin: (): WireCommand => ({ Action: ACTION_NUMBERS.breakin }),
  hold: (): WireCommand => ({ Action: ACTION_NUMBERS.hold }),
  restore: (): WireCommand => ({ Action: ACTION_NUMBERS.restore }),
  evaluate: (): WireCommand => ({ Action: ACTION_NUMBERS.evaluate }),
  dtmf: (digits: string): WireCommand => ({ Action: ACTION_NUMBERS.dtmf, Dtmf: digits }),
  // The legacy client always sends IvrID 0 and IvrParm "IVR"; servers route on those literals.
  transferToIvr: (): WireCommand => ({ Action: ACTION_NUMBERS.transferToIvr, IvrID: 0, IvrParm: 'IVR' }),
  transferToQueue: (queueId: number): WireCommand => ({
    Action: ACTION_NUMBERS.transferToQueue,
    TransType: 1,
    TransParam1: queueId,
  }),
  blindTransfer: (called: string, caller: string): WireCommand => ({
    Action: ACTION_NUMBERS.blindTransfer,
    Called: called,
    Caller: caller,
  }),
  transferToTenantQueue: (queueId: number, tenantId: number): WireCommand => ({
    Action: ACTION_NUMBERS.transferToTenantQueue,
    TransVcc: tenantId,
    TransQue: queueId,
  }),
  answer: (): WireCommand => ({ Action: ACTION_NUMBERS.answer }),
};
