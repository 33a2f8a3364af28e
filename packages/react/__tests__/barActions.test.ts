import { describe, expect, it } from 'vitest';
import { initialState, type CallKind, type CallPhase, type WinCallState } from '@wincall/core';
import { barActions } from '../src/components/SoftphoneBar/barActions';

function state(
  status: WinCallState['agent']['status'],
  phase: CallPhase | null = null,
  autoDial = false,
  extra: { role?: 'agent' | 'supervisor'; kind?: CallKind; connection?: WinCallState['connection'] } = {},
): WinCallState {
  const base = initialState(0);
  return {
    ...base,
    connection: extra.connection ?? 'connected',
    agent: { ...base.agent, status, autoDial, ...(extra.role ? { role: extra.role } : {}) },
    call: phase ? { phase, kind: extra.kind ?? 'queue', params: {}, startedAt: 0 } : null,
  };
}
const supervisor = { role: 'supervisor' } as const;

describe('the actions each state offers (shown | more)', () => {
  it.each([
    ['signed out', state('signedOut'), [], []],
    ['phone offline', state('offline'), [], []],
    ['idle', state('idle'), ['dial'], ['autoDialJoin']],
    ['idle supervisor', state('idle', null, false, supervisor), ['dial', 'monitor'], ['autoDialJoin']],
    ['idle supervisor in auto-dial', state('idle', null, true, supervisor), ['dial', 'monitor'], ['autoDialLeave']],
    ['after-call work: Ready first', state('afterCallWork'), ['ready', 'dial'], ['autoDialJoin']],
    ['a supervisor in after-call work', state('afterCallWork', null, false, supervisor), ['ready', 'dial'], ['monitor', 'autoDialJoin']],
    ['occupied without a known call', state('occupied'), ['hangup'], []],
    ['ringing: decline (answer lives in the call card)', state('occupied', 'ringing'), ['decline'], []],
    ['own phone ringing to place a call: cancel', state('occupied', 'ringing', false, { kind: 'outbound' }), ['cancel'], []],
    ['connected while the connection is down: no sheets (the commands say why they wait)', state('occupied', 'connected', false, { connection: 'reconnecting' }), ['hold', 'hangup'], []],
    ['idle while the connection is down: nothing', state('idle', null, false, { connection: 'reconnecting' }), [], []],
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
    expect(barActions(state('idle', null, false, supervisor), features)).toEqual({ shown: [], more: [] });
  });

  it('offers supervisor actions to supervisors only (the integrator says who is one)', () => {
    for (const status of ['idle', 'busy', 'afterCallWork'] as const) {
      const { shown, more } = barActions(state(status));
      expect([...shown, ...more]).not.toContain('monitor');
      const boss = barActions(state(status, null, false, supervisor));
      expect([...boss.shown, ...boss.more]).toContain('monitor');
    }
  });
});
