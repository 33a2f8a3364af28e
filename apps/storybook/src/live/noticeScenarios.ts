/**
 * How the live stories reach each notice the bar gives: the simulator and the link do what the
 * world would (a ring nobody answers, a busy number, a network that goes while the customer hangs
 * up…), and each scenario resolves once the client holds the notice. Never a store value set by hand.
 */
import type { NoticeKind, WinCallState } from '@wincall/core';
import type { Outcome } from '@wincall/simulator/model';
import { inCall, onHold, queueCall, signIn, type Scenario } from './scenarios';
import { until } from './until';
import type { LiveWorld } from './world';

/** Numbers the simulator fails by their last digits: 486 busy. */
export const BUSY_NUMBER = '13800000486';
/** An auto-dial project the seed does not have: the server refuses to join it. */
const UNKNOWN_PROJECT = 99;

function expectOk<T extends object>(outcome: Outcome<T>, what: string): T {
  if (!outcome.ok) throw new Error(`simulator refused to ${what}: ${outcome.error}`);
  return outcome;
}

/** Resolves once the client holds a notice of `kind` that satisfies `more`. */
const untilNotice = (world: LiveWorld, kind: NoticeKind, more: (state: WinCallState) => boolean = () => true) =>
  until(world.client, `a ${kind} notice`, (state) => state.notices.some((n) => n.kind === kind) && more(state));

/** The queue call rings out (needs a short `ringTimeout`): the server takes it back and sets the agent busy. */
export const missedRing: Scenario = async (world) => {
  await signIn(world);
  await queueCall(world);
  await untilNotice(world, 'missedRing', (state) => state.notices.some((n) => n.kind === 'missedRing' && n.setBusy) && state.agent.status === 'busy');
};

/** A supervisor sets the agent busy. */
export const forcedBusy: Scenario = async (world) => {
  await signIn(world);
  expectOk(world.model.force('1001', 'busy'), 'force 1001 busy');
  await untilNotice(world, 'forcedStatus', (state) => state.agent.status === 'busy');
};

/** The agent dials a busy number. */
export const dialFailed: Scenario = async (world) => {
  await signIn(world);
  await world.client.dialOuter(BUSY_NUMBER);
  await untilNotice(world, 'dialFailed', (state) => state.call === null);
};

/** The link goes during a call, the customer hangs up meanwhile, the link comes back. */
export const callLost: Scenario = async (world) => {
  await inCall(world);
  const callId = world.client.getParam('CallId');
  if (!callId) throw new Error('the call has no CallId');
  world.link.cut('reconnecting');
  await until(world.client, 'connection reconnecting', (state) => state.connection === 'reconnecting');
  expectOk(world.model.customerHangup(callId), 'hang up the customer');
  world.link.restore();
  await untilNotice(world, 'callLost', (state) => state.connection === 'connected' && state.call === null);
};

/** The customer hangs up while on hold. */
export const endedWhileHeld: Scenario = async (world) => {
  await onHold(world);
  const callId = world.client.getParam('CallId');
  if (!callId) throw new Error('the call has no CallId');
  expectOk(world.model.customerHangup(callId), 'hang up the customer');
  await untilNotice(world, 'endedWhileHeld', (state) => state.call === null);
};

/** The agent consults a busy outside number: the consult fails, the customer stays. */
export const consultFailed: Scenario = async (world) => {
  await inCall(world);
  await world.client.consultOuter(BUSY_NUMBER);
  await untilNotice(world, 'transferFailed');
};

/** The link is lost for good: the agent is signed out. */
export const signInLost: Scenario = async (world) => {
  await signIn(world);
  world.link.cut('disconnected');
  await untilNotice(world, 'signInLost', (state) => state.agent.status === 'signedOut');
};

/** The link goes and the client keeps trying. */
export const reconnecting: Scenario = async (world) => {
  await signIn(world);
  world.link.cut('reconnecting');
  await untilNotice(world, 'reconnecting');
};

/** A command the server refuses that is neither a dial nor a hand-on: joining an unknown auto-dial project. */
export const commandRefused: Scenario = async (world) => {
  await signIn(world);
  await world.client.joinAutoDial(UNKNOWN_PROJECT).catch(() => undefined);
  await untilNotice(world, 'error');
};
