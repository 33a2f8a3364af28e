/**
 * How the live stories reach their states: by driving the simulator and the client the way the
 * world would (customers call, desk phones are lifted, colleagues sign in), never by setting
 * store values. Each scenario resolves once the bar's client shows the state.
 */
import type { WinCallClient } from '@wincall/core';
import type { Outcome } from '@wincall/simulator/model';
import { until, untilPhase, untilStatus } from './until';
import { seedAgent, type LiveWorld } from './world';

export type Scenario = (world: LiveWorld) => Promise<void>;

/** The customer of most stories. */
export const CUSTOMER = '13900001111';
/** A customer calling a colleague, in stories with two calls. */
export const OTHER_CUSTOMER = '13900002222';
/** A number to dial out to (the simulator answers anything not ending in 404/408/486). */
export const OUTSIDE_NUMBER = '13800138000';
export const PRESALES_QUEUE = 6250;
/** 午餐 in the seed's busy reasons. */
export const LUNCH_REASON = 101;

function expectOk<T extends object>(outcome: Outcome<T>, what: string): T {
  if (!outcome.ok) throw new Error(`simulator refused to ${what}: ${outcome.error}`);
  return outcome;
}

/** The seed agent signs in on the story's client (1001 unless told otherwise). */
export async function signIn(
  world: LiveWorld,
  agentNum = '1001',
  options: { initialStatus?: 'idle' | 'busy'; alwaysOn?: boolean } = {},
): Promise<void> {
  const agent = seedAgent(agentNum);
  await world.client.login({ agentNum, password: agent.password, extension: agent.extension, ...options });
}

/** The extension the story's agent signed in on. */
export function ownExtension(world: LiveWorld): string {
  const extension = world.client.getState().agent.extension;
  if (!extension) throw new Error('the story signs in before it uses the desk phone');
  return extension;
}

/** A customer calls a queue; resolves once it rings on the story's agent. Returns the call id. */
export async function queueCall(world: LiveWorld, queueId = PRESALES_QUEUE, caller = CUSTOMER): Promise<string> {
  const { callId } = expectOk(world.model.placeCall({ caller, queueId }), `place a call to queue ${queueId}`);
  await untilPhase(world.client, 'ringing');
  return callId;
}

/** The story's agent lifts the desk phone (answering whatever rings there). */
export function pickUp(world: LiveWorld, extension = ownExtension(world)): void {
  expectOk(world.model.phoneAnswer(extension), `answer the phone on ${extension}`);
}

/** A colleague signs in and takes a customer's call on the desk phone. */
export async function colleagueOnCall(world: LiveWorld, agentNum = '1002'): Promise<WinCallClient> {
  const colleague = await world.colleague(agentNum);
  expectOk(world.model.placeCall({ caller: OTHER_CUSTOMER, agentNum }), `call agent ${agentNum}`);
  await untilPhase(colleague, 'ringing');
  pickUp(world, seedAgent(agentNum).extension);
  await untilPhase(colleague, 'connected');
  return colleague;
}

export const signedIn: Scenario = (world) => signIn(world);

export const busyWithReason: Scenario = async (world) => {
  await signIn(world);
  await world.client.busy(LUNCH_REASON);
};

/** The server takes the sign-in and never answers (a long command timeout keeps it that way). */
export const signingIn: Scenario = async (world) => {
  world.link.holdReplies();
  const agent = seedAgent('1001');
  // The sign-in stays in flight for the life of the story; its rejection at dispose is expected.
  world.client.login({ agentNum: agent.agentNum, password: agent.password, extension: agent.extension }).catch(() => undefined);
  await untilStatus(world.client, 'signingIn');
};

export const ringingFromQueue: Scenario = async (world) => {
  await signIn(world);
  await queueCall(world);
};

/** A customer dials the agent's direct line (RingType 0 without another agent: an outside call). */
export const ringingDirect: Scenario = async (world) => {
  await signIn(world);
  expectOk(world.model.placeCall({ caller: CUSTOMER, agentNum: '1001' }), 'call agent 1001');
  await untilPhase(world.client, 'ringing');
};

/** Colleague 1002 calls the agent. */
export const ringingInternal: Scenario = async (world) => {
  await signIn(world);
  const colleague = await world.colleague('1002');
  await colleague.dialInner(seedAgent('1001').id);
  await untilPhase(world.client, 'ringing');
};

/** Colleague 1002, on a call with a customer, asks the agent for a consult. */
export const ringingConsult: Scenario = async (world) => {
  await signIn(world);
  const colleague = await colleagueOnCall(world, '1002');
  await colleague.consultInner(seedAgent('1001').id);
  await untilPhase(world.client, 'ringing');
};

/** Supervisor 1005 monitors 1002; its own desk phone rings first (needs `ownLegAnswer: null`). */
export const ringingMonitor: Scenario = async (world) => {
  await signIn(world, '1005');
  await colleagueOnCall(world, '1002');
  await world.client.chanspy(seedAgent('1002').id);
  await untilPhase(world.client, 'ringing');
};

/** The agent joins auto-dial project 1; the next customer of the list rings. */
export const ringingAutoDial: Scenario = async (world) => {
  await signIn(world);
  await world.client.joinAutoDial(1);
  await untilPhase(world.client, 'ringing');
};

/** Always-on: the line stays up, so the call is answered from the browser. */
export const ringingAlwaysOn: Scenario = async (world) => {
  await signIn(world, '1001', { alwaysOn: true });
  await queueCall(world);
};

/** The agent dials out; the desk phone rings first to connect the agent (needs `ownLegAnswer: null`). */
export const ringingOutbound: Scenario = async (world) => {
  await signIn(world);
  await world.client.dialOuter(OUTSIDE_NUMBER);
  await untilPhase(world.client, 'ringing');
};

/** The agent's leg is up and the far end rings (needs `farEndAnswer: null`). */
export const dialling: Scenario = async (world) => {
  await signIn(world);
  await world.client.dialOuter(OUTSIDE_NUMBER);
  await untilPhase(world.client, 'dialing');
};

export const inCall: Scenario = async (world) => {
  await signIn(world);
  await queueCall(world);
  pickUp(world);
  await untilPhase(world.client, 'connected');
};

export const onHold: Scenario = async (world) => {
  await inCall(world);
  await world.client.hold();
  await untilPhase(world.client, 'held');
};

/** In a call, with colleague 1002 signed in and free: ready to consult. */
export const inCallWithColleague: Scenario = async (world) => {
  await inCall(world);
  await world.colleague('1002');
};

export const consulting: Scenario = async (world) => {
  await inCallWithColleague(world);
  await world.client.consultInner(seedAgent('1002').id);
  await untilPhase(world.client, 'consulting');
};

export const consultConnected: Scenario = async (world) => {
  await consulting(world);
  pickUp(world, seedAgent('1002').extension);
  await untilPhase(world.client, 'consultConnected');
};

export const threeWay: Scenario = async (world) => {
  await consultConnected(world);
  await world.client.threeWay();
  await untilPhase(world.client, 'threeWay');
};

/** Supervisor 1005 listens in on 1002's call. */
export const monitoring: Scenario = async (world) => {
  await signIn(world, '1005');
  await colleagueOnCall(world, '1002');
  await world.client.chanspy(seedAgent('1002').id);
  await untilPhase(world.client, 'monitoring');
};

export const barging: Scenario = async (world) => {
  await monitoring(world);
  await world.client.breakin();
  await untilPhase(world.client, 'barging');
};

/** The customer hangs up; the agent wraps up (needs `afterCallWorkSeconds` > 0). */
export const afterCallWork: Scenario = async (world) => {
  await inCall(world);
  const callId = world.client.getParam('CallId');
  if (!callId) throw new Error('the call has no CallId');
  expectOk(world.model.customerHangup(callId), 'hang up the customer');
  await untilStatus(world.client, 'afterCallWork');
};

export const reconnecting: Scenario = async (world) => {
  await signIn(world);
  world.link.cut('reconnecting');
  await until(world.client, 'connection reconnecting', (state) => state.connection === 'reconnecting');
};

/** The agent calls 1003, who is not signed in: the server refuses, the bar says why. */
export const commandFailed: Scenario = async (world) => {
  await signIn(world);
  await world.client.dialInner(seedAgent('1003').id).catch(() => undefined);
  await until(world.client, 'a command error', (state) => state.lastError !== null);
};
