import { describe, expect, it } from 'vitest';
import { initialState, type CallPhase, type WinCallState } from '@wincall/core';
import { barActions } from '../src/components/SoftphoneBar/barActions';

function state(status: WinCallState['agent']['status'], phase: CallPhase | null = null, autoDial = false): WinCallState {
  const base = initialState(0);
  return {
    ...base,
    connection: 'connected',
    agent: { ...base.agent, status, autoDial },
    call: phase ? { phase, kind: 'queue', params: {}, startedAt: 0 } : null,
  };
}

describe('the actions each state offers (shown | more)', () => {
  it.each([
    ['signed out', state('signedOut'), [], []],
    ['phone offline', state('offline'), [], []],
    ['idle', state('idle'), ['dial', 'monitor'], ['autoDialJoin']],
    ['idle in auto-dial', state('idle', null, true), ['dial', 'monitor'], ['autoDialLeave']],
    ['after-call work: Ready first', state('afterCallWork'), ['ready', 'dial'], ['monitor', 'autoDialJoin']],
    ['occupied without a known call', state('occupied'), ['hangup'], []],
    ['ringing (answer lives in the call card)', state('occupied', 'ringing'), ['hangup'], []],
    ['connected', state('occupied', 'connected'), ['hold', 'transferSheet', 'keypad', 'hangup'], ['ivr', 'survey']],
    ['held: Resume is the main action, no keypad', state('occupied', 'held'), ['restore', 'hangup'], []],
    ['consulting', state('occupied', 'consulting'), ['consultBack', 'transfer', 'keypad', 'hangup'], []],
    ['consult connected', state('occupied', 'consultConnected'), ['consultBack', 'transfer', 'threeWay', 'keypad', 'hangup'], []],
    ['three-way', state('occupied', 'threeWay'), ['threeWayBack', 'keypad', 'hangup'], []],
    ['monitoring', state('occupied', 'monitoring'), ['breakin', 'intercept', 'hangup'], []],
    ['barging', state('occupied', 'barging'), ['intercept', 'hangup'], []],
  ] as const)('%s', (_name, s, shown, more) => {
    expect(barActions(s)).toEqual({ shown, more });
  });

  it('never shows more than six actions', () => {
    const phases: (CallPhase | null)[] = [null, 'ringing', 'dialing', 'connected', 'held', 'consulting', 'consultConnected', 'threeWay', 'monitoring', 'barging'];
    for (const phase of phases) expect(barActions(state('occupied', phase)).shown.length).toBeLessThanOrEqual(6);
  });

  it('leaves out what the integrator turned off', () => {
    const features = { consult: false, transfer: false, dtmf: false, supervisor: false, autoDial: false, dialOut: false, dialAgent: false };
    expect(barActions(state('occupied', 'connected'), features)).toEqual({ shown: ['hold', 'hangup'], more: [] });
    expect(barActions(state('idle'), features)).toEqual({ shown: [], more: [] });
  });
});
