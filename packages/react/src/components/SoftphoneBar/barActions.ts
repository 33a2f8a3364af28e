import type { WinCallState } from '@wincall/core';

export type SoftphoneFeature = 'alwaysOn' | 'dialOut' | 'dialAgent' | 'consult' | 'transfer' | 'dtmf' | 'supervisor' | 'autoDial';
export type Features = Partial<Record<SoftphoneFeature, boolean>>;

/** What the bar can offer: commands, and triggers of its sheets (directory, keypad, auto-dial). */
export type BarActionId =
  | 'ready'
  | 'dial'
  | 'monitor'
  | 'autoDialJoin'
  | 'autoDialLeave'
  | 'hangup'
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
  | 'survey';

export interface BarActions {
  /** Shown as buttons, in this order (the main action first, hang-up last). */
  shown: BarActionId[];
  /** In the "more" menu. */
  more: BarActionId[];
}

/**
 * The actions of the current state: each state offers its own few and hides the rest. Pure: the
 * bar subscribes to `barActionsKey` and renders only when the set changes.
 */
export function barActions(state: WinCallState, features: Features = {}): BarActions {
  const on = (feature: SoftphoneFeature) => features[feature] !== false;
  const { agent, call } = state;
  const shown: BarActionId[] = [];
  const more: BarActionId[] = [];
  if (agent.status === 'signedOut' || agent.status === 'signingIn' || agent.status === 'offline') return { shown, more };
  if (!call) {
    if (agent.status === 'occupied') return { shown: ['hangup'], more };
    if (agent.status === 'afterCallWork') shown.push('ready');
    if (on('dialOut') || on('dialAgent')) shown.push('dial');
    if (on('supervisor')) (agent.status === 'afterCallWork' ? more : shown).push('monitor');
    if (on('autoDial')) more.push(agent.autoDial ? 'autoDialLeave' : 'autoDialJoin');
    return { shown, more };
  }
  const consult = on('consult');
  const dtmf = on('dtmf');
  switch (call.phase) {
    case 'ringing':
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
