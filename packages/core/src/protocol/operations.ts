/**
 * The wintel `AgentCmd` actions (protocol.md §2), keyed by our domain name.
 * This is the only place where the numeric `Action` values live.
 */
export const ACTION_NUMBERS = {
  authenticate: 100,
  signOut: 1,
  signIn: 2,
  serverLogout: 3,
  busy: 4,
  unbusy: 5,
  query: 6,
  keepAlive: 7,
  joinAutoDial: 9,
  leaveAutoDial: 10,
  dialInner: 21,
  dialOuter: 22,
  hangup: 23,
  consultInner: 24,
  consultOuter: 25,
  consultBack: 26,
  threeWay: 27,
  threeWayBack: 28,
  transfer: 29,
  chanspy: 30,
  intercept: 31,
  breakin: 32,
  hold: 33,
  restore: 34,
  evaluate: 41,
  dtmf: 42,
  transferToIvr: 43,
  transferToQueue: 44,
  blindTransfer: 46,
  transferToTenantQueue: 47,
  answer: 51,
} as const;

/** A command the client can put on the wire, by its domain name. */
export type Operation = keyof typeof ACTION_NUMBERS;

const OPERATION_BY_NUMBER: ReadonlyMap<number, Operation> = new Map(
  (Object.keys(ACTION_NUMBERS) as Operation[]).map((op) => [ACTION_NUMBERS[op], op]),
);

/** The operation a result (`Retact`) answers, or `null` for an action number we do not know. */
export function operationOf(actionNumber: number): Operation | null {
  return OPERATION_BY_NUMBER.get(actionNumber) ?? null;
}
