import { describe, expect, it } from 'vitest';
import { reduce, initialState, deriveAvailableActions, type WinCallState, type CallState } from '../src/machine';
import { decodeFrame, translateMessage, isSuccess } from '../src/protocol';
import { loadEventRows, type EventRow } from './support/events';

const T0 = 1_000_000;
const AT = 2_000_000;

function signedIn(status: 'idle' | 'busy' = 'idle'): WinCallState {
  const base = initialState(T0);
  return {
    ...base,
    connection: 'connected',
    agent: { ...base.agent, status, since: T0, queues: [6250], callers: ['58452440'] },
    availableActions: [],
  };
}

const talking: CallState = { phase: 'connected', kind: 'queue', params: { CallId: 'c1' }, startedAt: T0, connectedAt: T0 };

/** The state each row is played against, with its actions derived as the machine would. */
function before(row: EventRow): WinCallState {
  const state = arrange(row);
  return { ...state, availableActions: deriveAvailableActions(state) };
}

function arrange(row: EventRow): WinCallState {
  const { input } = row;
  if (input.MT === 1 && input.Retact === 2) {
    const initialStatus = row.pre.QUEUESTATE === 2 ? 'busy' : 'idle';
    const base = initialState(T0);
    return {
      ...base,
      connection: 'connected',
      agent: { ...base.agent, status: 'signingIn' },
      pending: { command: 'login', since: T0, initialStatus },
    };
  }
  if (input.MT === 1 && input.Retact === 34) return { ...signedIn(), call: { ...talking, phase: 'held' } };
  if (input.MT === 1 && [23, 33, 41, 43, 44, 46, 47].includes(input.Retact as number)) return { ...signedIn(), call: talking };
  if (input.MT === 1 && input.Retact === 10) return { ...signedIn(), agent: { ...signedIn().agent, autoDial: true } };
  if (input.MT === 3 && [0, 6, 8, 21, 22, 23, 24, 25, 26, 31, 32, 33, 34, 35, 9, 40, 99].includes(input.PhoSta as number)) {
    return { ...signedIn(), call: talking };
  }
  if (input.MT === 7) return { ...signedIn(), call: talking };
  return signedIn();
}

const PHASE_OF_PHONE_STATE: Record<number, CallState['phase'] | null | 'same'> = {
  0: null,
  4: 'dialing',
  5: 'ringing',
  6: 'connected',
  7: 'ringing',
  8: 'connected',
  9: 'same',
  10: 'dialing',
  21: 'consulting',
  22: 'consultConnected',
  23: 'connected',
  24: 'connected',
  25: 'threeWay',
  26: 'connected',
  31: 'monitoring',
  32: 'barging',
  33: 'connected', // unchanged: the call ends with the PhoSta 0 that follows
  34: 'connected',
  35: 'connected',
  40: 'same',
  55: 'dialing',
  99: 'same',
};

const KIND_OF_RING: Record<string, CallState['kind']> = {
  ring_inner_event: 'inner',
  ring_outer_event: 'outer',
  ring_queue_event: 'queue',
  ring_outbound_event: 'outbound',
  ring_chanspy_event: 'chanspy',
  ring_consult_event: 'consult',
  ring_autocall_event: 'autocall',
};

/** What our state machine must do with each row: the specification, row by row. */
function expectRow(row: EventRow, pre: WinCallState, post: WinCallState) {
  const { input } = row;
  switch (input.MT) {
    case 1: {
      const retact = input.Retact as number;
      const ret = input.Ret as number;
      if (!isSuccess(retact, ret)) {
        expect(post).toEqual(pre);
        return;
      }
      switch (retact) {
        case 100:
          expect(post.agent.queues).toEqual([6250, 6251]);
          expect(post.agent.callers).toEqual(['58452440']);
          expect(JSON.stringify(post)).not.toContain('"pw"');
          return;
        case 2:
          expect(post.agent.status).toBe(row.pre.QUEUESTATE === 2 ? 'busy' : 'idle');
          expect(post.agent.since).toBe(AT);
          expect(post.pending).toBeNull();
          return;
        case 1:
        case 3:
          expect(post.agent.status).toBe('signedOut');
          expect(post.call).toBeNull();
          return;
        case 4:
          expect(post.agent).toMatchObject({ status: 'busy', busyReasonId: 1 });
          return;
        case 5:
          expect(post.agent.status).toBe('idle');
          return;
        case 9:
          expect(post.agent.autoDial).toBe(true);
          return;
        case 10:
          expect(post.agent.autoDial).toBe(false);
          return;
        case 33:
          expect(post.call?.phase).toBe('held');
          return;
        case 34:
          expect(post.call?.phase).toBe('connected');
          return;
        default:
          // Call-control results only confirm; the phone-state messages that follow move the call.
          expect(post.call).toEqual(pre.call);
          expect(post.agent).toEqual(pre.agent);
          return;
      }
    }
    case 3: {
      const expected = PHASE_OF_PHONE_STATE[input.PhoSta as number];
      const unknownRing = (input.PhoSta === 5 || input.PhoSta === 7) && input.RingType === 9;
      if (expected === 'same' || unknownRing) {
        expect(post).toEqual(pre);
      } else if (expected === null) {
        expect(post.call).toBeNull();
      } else {
        expect(post.call?.phase).toBe(expected);
        if (expected === 'ringing') {
          expect(post.call?.kind).toBe(row.type === '' ? null : KIND_OF_RING[row.type]);
          expect(post.call?.alwaysOn ?? false).toBe(input.PhoSta === 7);
        }
      }
      return;
    }
    case 4: {
      const byState: Record<number, Partial<WinCallState['agent']> | null> = {
        2: { status: 'busy', busyReasonId: 101 },
        3: { status: 'idle' },
        4: { status: 'occupied' },
        5: { status: 'afterCallWork', afterCallSeconds: 30 },
        7: { status: 'offline' },
        11: { status: 'idle' },
        12: { status: 'busy' },
      };
      const expected = byState[input.AgSta as number];
      if (expected) expect(post.agent).toMatchObject({ ...expected, since: expected.status === pre.agent.status ? T0 : AT });
      else expect(post).toEqual(pre);
      return;
    }
    case 7:
      expect(post.call?.params.IvrResult).toBe('1#');
      return;
    case 8:
      if (input.Param === 1) expect(post.agent.queues).toEqual([6250]);
      else if (input.Param === 2) expect(post.agent.callers).toEqual(['58452440']);
      else expect(post).toEqual(pre);
      return;
    case 10:
      if (input.Code === 4) {
        expect(post.agent.status).toBe('signedOut');
        expect(post.agent.queues).toEqual([]);
      } else if (input.Code === 5 || input.Code === 6) {
        // The order itself changes nothing (the client obeys with a command); the agent is told.
        expect({ ...post, notices: pre.notices }).toEqual(pre);
        expect(post.notices.at(-1)).toMatchObject({ kind: 'forcedStatus', by: 'supervisor', status: input.Code === 5 ? 'idle' : 'busy' });
      } else {
        expect(post).toEqual(pre);
      }
      return;
    default:
      expect(post).toEqual(pre);
  }
}

function play(state: WinCallState, raw: string): WinCallState {
  const { messages } = decodeFrame(raw);
  let next = state;
  for (const message of messages) {
    for (const event of translateMessage(message)) next = reduce(next, { type: 'server', event, at: AT });
  }
  return next;
}

describe('the state machine against every row of protocol-events.tsv', () => {
  const rows = loadEventRows();
  it('has the fixture', () => expect(rows.length).toBe(1116));

  it.each(rows.map((row) => [row.line, row.raw, row] as const))('line %i: %s', (_line, raw, row) => {
    const pre = before(row);
    const post = play(pre, raw);
    expectRow(row, pre, post);
    // Derived, never accumulated: the actions always equal what the state allows.
    expect(post.availableActions).toEqual(deriveAvailableActions(post));
  });
});
