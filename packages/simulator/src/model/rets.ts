/**
 * The `Ret` values the simulator answers with, per action, named by what they mean. The numbers
 * are the reasons of protocol-codes.tsv (display code = action prefix + Ret).
 */
export const OK = 0;
/** Malformed message: bad payload, missing or wrongly typed field. */
export const MALFORMED = 451;
/** "Other error": unknown action, or a state the action has no reason for. */
export const OTHER = 999;

export const RET = {
  authenticate: {
    alreadyInitialised: 1,
    socketAlreadyInitialised: 2,
    unknownExtension: 3,
    extensionInUse: 4,
    tenantError: 20,
    missingParameter: 100,
    unknownAgent: 804,
    wrongPassword: 806,
  },
  signOut: { notInitialised: 1 },
  signIn: { alreadySignedIn: 1, notInitialised: 2 },
  serverLogout: { notInitialised: 1, notSignedIn: 2 },
  busy: { notInitialised: 1, notSignedIn: 2, alreadyBusy: 3, inCall: 4 },
  unbusy: { notInitialised: 1, notSignedIn: 2, alreadyIdle: 3, inCall: OTHER },
  query: { notInitialised: 10 },
  joinAutoDial: { notInitialised: 1, notSignedIn: 2, unknownProject: 3, alreadyJoined: 4 },
  leaveAutoDial: { notInitialised: 1, notSignedIn: 2, notJoined: 4 },
  dialInner: { callingAgent: 1, calledAgent: 2, callerBusy: 5, calledBusy: 6, otherTenant: 7 },
  dialOuter: {
    callingAgent: 1,
    queue: 3,
    callerBusy: 5,
    callerNumber: 8,
    numberEmpty: 505,
    calledNotNumeric: 506,
    callerNotNumeric: 507,
  },
  hangup: { agent: 1, notInCall: 2 },
  consultInner: { callingAgent: 1, consultedAgent: 2, consultedBusy: 4, notInCall: 5, wrongCallType: 6, alreadyConsulting: 9 },
  consultOuter: { callingAgent: 1, notInCall: 5, wrongCallType: 6, alreadyConsulting: 9 },
  consultBack: { agent: 1, noCall: 2, notConsulting: 4 },
  threeWay: { agent: 1, noCall: 2, notConsultConnected: 4 },
  threeWayBack: { agent: 1, noCall: 2, notInThreeWay: 4 },
  transfer: { agent: 1, noCall: 2, notConsultConnected: 4 },
  chanspy: { monitoringAgent: 1, monitoredAgent: 2, supervisorBusy: 4, notInCall: 5, wrongCallType: 6, alreadyMonitored: 9 },
  intercept: { agent: 1, notMonitoring: 2 },
  breakin: { agent: 1, notMonitoring: 3 },
  hold: { agent: 1, notInCall: 2, notConnected: 3, alreadyHeld: 4 },
  restore: { notHeld: OTHER },
  evaluate: { agent: 1, notInCall: 2, wrongCallType: 5 },
  dtmf: { agent: 1, notInCall: 2 },
  transferToIvr: { agent: 1, notInCall: 2, wrongCallType: 5 },
  transferToQueue: { agent: 1, notInCall: 2, wrongCallType: 5, unknownQueue: 8 },
  /** `unreachable`: the number is an extension of the tenant whose agent is on a call or not signed in. */
  blindTransfer: { notInCall: 1, wrongCallType: 5, unreachable: 7, badNumber: 99 },
  transferToTenantQueue: { agent: 1, notInCall: 2, wrongCallType: 5, unknownQueue: 8 },
  answer: { agent: 1, notInCall: 2, notRinging: 3, notAlwaysOn: 30 },
} as const;
