import type { WinCallState } from '@wincall/core';

export type SoftphoneFeature = 'alwaysOn' | 'dialOut' | 'dialAgent' | 'consult' | 'transfer' | 'dtmf' | 'supervisor' | 'autoDial' | 'wrapUp';
export type Features = Partial<Record<SoftphoneFeature, boolean>>;

/** What the bar can offer: commands, and triggers of its sheets (directory, keypad, auto-dial). */
export type BarActionId =
  | 'ready'
  | 'dial'
  | 'monitor'
  | 'autoDialJoin'
  | 'autoDialLeave'
  | 'hangup'
  /** Hang up while the phone rings: turns the call down (wintel HANGUP during the ring). */
  | 'decline'
  /** Hang up while the agent's own phone rings to place a call: the call is not made. */
  | 'cancel'
  | 'hold'
  | 'restore'
  | 'transferSheet'
  | 'keypad'
  | 'consultBack'
  | 'transfer'
  | 'threeWay'
  | 'threeWayBack'
  | 'breakin'
  | 'intercept'
  | 'ivr'
  | 'survey'
  /** The wrap-up sheet (code and note): during the call and in after-call work, when the client has `wrapUp`. */
  | 'wrapUp';

export interface BarActions {
  /** Shown as buttons, in this order (the main action first, hang-up last). */
  shown: BarActionId[];
  /** In the "more" menu. */
  more: BarActionId[];
}

/** The actions that end the call: the bar keeps them in one place, whatever else the state offers. */
export const ENDING_ACTIONS: ReadonlySet<BarActionId> = new Set(['hangup', 'decline', 'cancel']);

/** Sheet triggers and commands that need the server: nothing to offer while the connection is down. */
const NEEDS_SERVER: ReadonlySet<BarActionId> = new Set(['dial', 'monitor', 'autoDialJoin', 'autoDialLeave', 'transferSheet', 'keypad', 'ivr', 'survey']);

/**
 * The actions of the current state: each state offers its own few and hides the rest. Pure: the
 * bar subscribes to `barActionsKey` and renders only when the set changes.
 */
export function barActions(state: WinCallState, features: Features = {}): BarActions {
  const { shown, more } = offered(state, features);
  if (state.connection === 'connected') return { shown, more };
  // While the connection is down only what ends the call stays (its button says why it waits).
  const live = (id: BarActionId) => !NEEDS_SERVER.has(id);
  return { shown: shown.filter(live), more: more.filter(live) };
}

function offered(state: WinCallState, features: Features): BarActions {
  const on = (feature: SoftphoneFeature) => features[feature] !== false;
  // Supervisor actions are for supervisors: the integrator says who is one (the wire never does).
  const supervisor = on('supervisor') && state.agent.role === 'supervisor';
  const { agent, call } = state;
  const shown: BarActionId[] = [];
  const more: BarActionId[] = [];
  if (agent.status === 'signedOut' || agent.status === 'signingIn' || agent.status === 'offline') return { shown, more };
  // Local (nothing is sent): offered while the connection is down too.
  const wrapUp = on('wrapUp') && state.wrapUp !== null;
  if (!call) {
    if (agent.status === 'occupied') return { shown: ['hangup'], more };
    if (agent.status === 'afterCallWork') shown.push('ready');
    // In after-call work, or after it while a required code is still missing (the record waits).
    if (wrapUp) shown.push('wrapUp');
    if (on('dialOut') || on('dialAgent')) shown.push('dial');
    if (supervisor) (agent.status === 'afterCallWork' ? more : shown).push('monitor');
    if (on('autoDial')) more.push(agent.autoDial ? 'autoDialLeave' : 'autoDialJoin');
    return { shown, more };
  }
  const consult = on('consult');
  const dtmf = on('dtmf');
  switch (call.phase) {
    case 'ringing':
      // The agent's own phone ringing to place a call: hanging up cancels it; any other ring is turned down.
      shown.push(call.kind === 'outbound' ? 'cancel' : 'decline');
      return { shown, more };
    case 'dialing':
      break;
    case 'connected':
      shown.push('hold');
      if (consult || on('transfer')) shown.push('transferSheet');
      if (dtmf) shown.push('keypad');
      if (on('transfer')) more.push('ivr', 'survey');
      break;
    case 'held':
      shown.push('restore');
      break;
    case 'consulting':
      // Transfer is what the agent waits for, and says why beside it; three-way joins once the
      // consulted party answers (one "not yet" reason on screen, not the same one twice).
      if (consult) shown.push('consultBack', 'transfer');
      if (dtmf) shown.push('keypad');
      break;
    case 'consultConnected':
      if (consult) shown.push('consultBack', 'transfer', 'threeWay');
      if (dtmf) shown.push('keypad');
      break;
    case 'threeWay':
      if (consult) shown.push('threeWayBack');
      if (dtmf) shown.push('keypad');
      break;
    case 'monitoring':
      if (on('supervisor')) shown.push('breakin', 'intercept');
      break;
    case 'barging':
      if (on('supervisor')) shown.push('intercept');
      break;
  }
  if (wrapUp) more.push('wrapUp');
  shown.push('hangup');
  return { shown, more };
}

/** `barActions` as one string, for a selector that changes only when the set does. */
export function barActionsKey(state: WinCallState, features: Features = {}): string {
  const { shown, more } = barActions(state, features);
  return `${shown.join(',')}|${more.join(',')}`;
}

export function parseBarActionsKey(key: string): BarActions {
  const [shown = '', more = ''] = key.split('|');
  const list = (part: string) => (part ? (part.split(',') as BarActionId[]) : []);
  return { shown: list(shown), more: list(more) };
}
