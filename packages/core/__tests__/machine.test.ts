import { describe, expect, it } from 'vitest';
import {
  reduce,
  initialState,
  unavailableReason,
  canSendDtmf,
  type WinCallState,
  type CallState,
  type MachineInput,
} from '../src/machine';
import type { ServerEvent } from '../src/protocol';
import { WinCallError } from '../src/errors';

const T = 1000;
const server = (event: ServerEvent, at = T): MachineInput => ({ type: 'server', event, at });
const ok = (actionNumber: number, operation: string): ServerEvent =>
  ({ type: 'result', operation, actionNumber, ret: 0, ok: true, code: '', detail: '', session: null }) as ServerEvent;
const call = (signal: string, extra: Partial<Extract<ServerEvent, { type: 'call' }>> = {}): ServerEvent =>
  ({ type: 'call', signal, ringKind: null, alwaysOn: false, params: {}, ...extra }) as ServerEvent;

function run(state: WinCallState, ...inputs: MachineInput[]): WinCallState {
  return inputs.reduce(reduce, state);
}

function idleAgent(): WinCallState {
  return run(
    initialState(0),
    { type: 'connection', status: 'connected', at: T },
    { type: 'commandSent', pending: { command: 'login', since: T, initialStatus: 'idle' } },
    server(ok(2, 'signIn')),
  );
}

function inCall(phase: CallState['phase'], extra: Partial<CallState> = {}): WinCallState {
  const state = idleAgent();
  return reduce({ ...state, call: { phase, kind: 'queue', params: {}, startedAt: T, connectedAt: T, ...extra } }, {
    type: 'error',
    error: new WinCallError({ code: 'X', action: null, reason: 'server' }),
    at: T,
  });
}

describe('availableActions', () => {
  it('offers only sign-in while signed out, whatever the connection', () => {
    expect(initialState(0).availableActions).toEqual(['login']);
    const reconnecting = run(initialState(0), { type: 'connection', status: 'reconnecting', at: T });
    expect(reconnecting.availableActions).toEqual(['login']);
  });

  it('offers nothing while signing in', () => {
    const state = run(initialState(0), { type: 'commandSent', pending: { command: 'login', since: T, initialStatus: 'idle' } });
    expect(state.agent.status).toBe('signingIn');
    expect(state.availableActions).toEqual([]);
    expect(unavailableReason(state, 'busy')).toBe('signingIn');
  });

  it.each<[string, () => WinCallState, string[]]>([
    ['idle', idleAgent, ['logout', 'dialinner', 'dialouter', 'busy', 'chanspy', 'enable_autocall']],
    [
      'busy',
      () => run(idleAgent(), server({ type: 'agent', status: 'busy', reasonId: 101, afterCallSeconds: null })),
      ['logout', 'dialinner', 'dialouter', 'busy', 'unbusy', 'chanspy', 'enable_autocall'],
    ],
    [
      'after-call work',
      () => run(idleAgent(), server({ type: 'agent', status: 'afterCallWork', reasonId: null, afterCallSeconds: 15 })),
      ['logout', 'dialinner', 'dialouter', 'busy', 'unbusy', 'chanspy', 'enable_autocall'],
    ],
    ['ringing', () => inCall('ringing'), ['hangup']],
    ['ringing (always-on)', () => inCall('ringing', { alwaysOn: true }), ['hangup', 'answer']],
    ['dialing', () => inCall('dialing'), ['hangup']],
    [
      'connected',
      () => inCall('connected'),
      ['hangup', 'consultinner', 'consultouter', 'hold', 'evaluate', 'transivr', 'transque', 'transvccque', 'blindtrans'],
    ],
    ['held', () => inCall('held'), ['hangup', 'restore']],
    ['consulting', () => inCall('consulting'), ['hangup', 'consultback']],
    ['consult connected', () => inCall('consultConnected'), ['hangup', 'consultback', 'transfer', 'threeway']],
    ['three-way', () => inCall('threeWay'), ['hangup', 'threewayback']],
    ['monitoring', () => inCall('monitoring'), ['hangup', 'intercept', 'breakin']],
    ['barging', () => inCall('barging'), ['hangup', 'intercept']],
  ])('%s', (_name, arrange, expected) => {
    expect([...arrange().availableActions].sort()).toEqual([...expected].sort());
  });

  it('offers nothing but sign-in knowledge while the connection is down, and comes back after', () => {
    const down = run(idleAgent(), { type: 'connection', status: 'reconnecting', at: T });
    expect(down.availableActions).toEqual([]);
    expect(unavailableReason(down, 'busy')).toBe('notConnected');
    const back = run(down, { type: 'connection', status: 'connected', at: T });
    expect(back.availableActions).toEqual(idleAgent().availableActions);
  });

  it('says why an action is disabled', () => {
    expect(unavailableReason(idleAgent(), 'hold')).toBe('noCall');
    expect(unavailableReason(inCall('held'), 'hold')).toBe('onHold');
    expect(unavailableReason(inCall('connected'), 'transfer')).toBe('consultNotConnected');
    expect(unavailableReason(inCall('connected'), 'dialouter')).toBe('inCall');
    expect(unavailableReason(inCall('ringing'), 'answer')).toBe('notAlwaysOn');
    expect(unavailableReason(idleAgent(), 'unbusy')).toBe('alreadyIdle');
    expect(unavailableReason(idleAgent(), 'login')).toBe('alreadySignedIn');
  });

  it('keeps hang-up available while another command is pending, and nothing else', () => {
    const pending = run(inCall('connected'), { type: 'commandSent', pending: { command: 'hold', since: T } });
    expect(pending.availableActions).toEqual(['hangup']);
    const hangingUp = run(pending, { type: 'commandSent', pending: { command: 'hangup', since: T } });
    expect(hangingUp.availableActions).toEqual([]);
  });

  it('allows DTMF only while talking', () => {
    expect(canSendDtmf(inCall('connected'))).toBe(true);
    expect(canSendDtmf(inCall('ringing'))).toBe(false);
    expect(canSendDtmf(idleAgent())).toBe(false);
  });
});

describe('pending states', () => {
  it('moves from busy requested to busy with the requested reason', () => {
    const requested = run(idleAgent(), { type: 'commandSent', pending: { command: 'busy', since: T, reasonId: 102 } });
    expect(requested.pending).toEqual({ command: 'busy', since: T, reasonId: 102 });
    expect(requested.agent.status).toBe('idle');
    const done = run(requested, server(ok(4, 'busy'), T + 5));
    expect(done.agent).toMatchObject({ status: 'busy', busyReasonId: 102, since: T + 5 });
    expect(done.pending).toBeNull();
  });

  it('moves from hold requested to held, and back on restore', () => {
    const requested = run(inCall('connected'), { type: 'commandSent', pending: { command: 'hold', since: T } });
    expect(requested.call?.phase).toBe('connected');
    const held = run(requested, server(ok(33, 'hold')));
    expect(held.call?.phase).toBe('held');
    const restored = run(held, { type: 'commandSent', pending: { command: 'restore', since: T } }, server(ok(34, 'restore')));
    expect(restored.call?.phase).toBe('connected');
  });

  it('keeps when the hold began while the call stays held, and forgets it on resume', () => {
    const held = run(inCall('connected'), { type: 'commandSent', pending: { command: 'hold', since: T } }, server(ok(33, 'hold'), T + 40));
    expect(held.call?.heldSince).toBe(T + 40);
    // A repeated hold answer and a phone message that does not change the phase keep the start.
    const stillHeld = run(held, server(ok(33, 'hold'), T + 90), server(call('transferred'), T + 95));
    expect(stillHeld.call).toMatchObject({ phase: 'held', heldSince: T + 40 });
    const resumed = run(stillHeld, server(ok(34, 'restore'), T + 120));
    expect(resumed.call?.phase).toBe('connected');
    expect(resumed.call && 'heldSince' in resumed.call).toBe(false);
    const again = run(resumed, server(ok(33, 'hold'), T + 200));
    expect(again.call?.heldSince).toBe(T + 200);
  });

  it('counts a call first seen held from the moment it is seen', () => {
    // e.g. a follower tab's snapshot from a leader that predates heldSince, then any phone message.
    const resynced = run(inCall('held'), server(call('transferred'), T + 7));
    expect(resynced.call).toMatchObject({ phase: 'held', heldSince: T + 7 });
    const connected = run(resynced, server(call('connected'), T + 9));
    expect(connected.call?.phase).toBe('connected');
    expect(connected.call?.heldSince).toBeUndefined();
  });

  it('clears a pending command and records the error when it fails', () => {
    const error = new WinCallError({ code: 'TIMEOUT', action: 'hold', reason: 'timeout' });
    const failed = run(
      inCall('connected'),
      { type: 'commandSent', pending: { command: 'hold', since: T } },
      { type: 'commandFailed', command: 'hold', error, at: T },
    );
    expect(failed.pending).toBeNull();
    expect(failed.lastError).toBe(error);
    expect(failed.call?.phase).toBe('connected');
  });

  it('returns to signed out when sign-in fails', () => {
    const error = new WinCallError({ code: '001806', action: 'login', reason: 'rejected' });
    const failed = run(
      initialState(0),
      { type: 'commandSent', pending: { command: 'login', since: T, initialStatus: 'idle' } },
      { type: 'commandFailed', command: 'login', error, at: T },
    );
    expect(failed.agent.status).toBe('signedOut');
    expect(failed.availableActions).toEqual(['login']);
  });
});

describe('transitions', () => {
  it('keeps unchanged slices identical, so a call change does not touch the agent', () => {
    const state = idleAgent();
    const ringing = run(state, server(call('ringing', { ringKind: 'queue', params: { Caller: '1' } })));
    expect(ringing.agent).toBe(state.agent);
    const ringingAgain = run(ringing, server({ type: 'heartbeat' }));
    expect(ringingAgain).toBe(ringing);
  });

  it('follows an outbound call from the own leg to the far end', () => {
    const placing = run(idleAgent(), { type: 'commandSent', pending: { command: 'dialOuter', since: T } }, server(ok(22, 'dialOuter')));
    const steps = ['ringing', 'ownLegConnected', 'dialing', 'farEndRinging', 'connected'];
    let state = placing;
    const phases: string[] = [];
    steps.forEach((signal, i) => {
      state = run(state, server(call(signal, signal === 'ringing' ? { ringKind: 'outbound' } : { params: { Step: String(i) } }), T + i));
      phases.push(state.call!.phase);
    });
    expect(phases).toEqual(['ringing', 'dialing', 'dialing', 'dialing', 'connected']);
    expect(state.call).toMatchObject({ kind: 'outbound', startedAt: T, connectedAt: T + 4, params: { Step: '4' } });
  });

  it('starts talking time at the first connected phase only', () => {
    let state = run(idleAgent(), server(call('ringing', { ringKind: 'queue' }), T));
    state = run(state, server(call('connected'), T + 10));
    state = run(state, server(call('consultDialing'), T + 20), server(call('consultConnected'), T + 30));
    state = run(state, server(call('consultReturned'), T + 40));
    expect(state.call).toMatchObject({ phase: 'connected', startedAt: T, connectedAt: T + 10 });
  });

  it('keeps the time in state when the status does not really change', () => {
    const busy = run(idleAgent(), server({ type: 'agent', status: 'busy', reasonId: 101, afterCallSeconds: null }, T + 1));
    const same = run(busy, server({ type: 'agent', status: 'busy', reasonId: 101, afterCallSeconds: null }, T + 2));
    expect(same.agent).toBe(busy.agent);
    const otherReason = run(busy, server({ type: 'agent', status: 'busy', reasonId: 100, afterCallSeconds: null }, T + 3));
    expect(otherReason.agent).toMatchObject({ busyReasonId: 100, since: T + 3 });
  });

  it('ignores agent updates before sign-in has completed', () => {
    const state = initialState(0);
    expect(run(state, server({ type: 'agent', status: 'busy', reasonId: 1, afterCallSeconds: null }))).toBe(state);
  });

  it('signs the agent out when the connection is given up, but keeps everything while reconnecting', () => {
    const talking = inCall('connected');
    const reconnecting = run(talking, { type: 'connection', status: 'reconnecting', at: T });
    // The call is kept, marked as interrupted until the server speaks of it again.
    expect(reconnecting.call).toEqual({ ...talking.call, interruptedAt: T });
    expect(reconnecting.agent).toBe(talking.agent);
    const gone = run(reconnecting, { type: 'connection', status: 'disconnected', at: T });
    expect(gone.agent.status).toBe('signedOut');
    expect(gone.call).toBeNull();
  });
});
