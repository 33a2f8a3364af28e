import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { WinCallState } from '@wincall/core';
import {
  useActiveCall,
  useAgent,
  useAgentCallers,
  useAgentQueues,
  useAgentState,
  useAvailableActions,
  useCall,
  useCan,
  useConnection,
  useIncomingCall,
  useLastError,
  useUnavailableReason,
  useWinCall,
  useWinCallSelector,
} from '../../src';
import { agentState, phone, result, ring } from '../support/fakeServer';
import { createHarness, signIn } from '../support/render';

/** Renders a hook and counts its renders. */
function track<T>(hook: () => T, harness = createHarness()) {
  let renders = 0;
  const view = renderHook(
    () => {
      renders++;
      return hook();
    },
    { wrapper: harness.wrapper },
  );
  return { ...harness, view, renders: () => renders };
}

describe('useWinCall', () => {
  it('returns the provider’s client', () => {
    const { view, client } = track(() => useWinCall());
    expect(view.result.current).toBe(client);
  });

  it('explains itself when used outside a provider', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => renderHook(() => useWinCall())).toThrow(/WinCallProvider/);
    error.mockRestore();
  });
});

describe('useWinCallSelector', () => {
  it('re-renders only when the selected slice changes', async () => {
    const select = (s: WinCallState) => s.connection;
    const { view, client, server, renders } = track(() => useWinCallSelector(select));
    expect(view.result.current).toBe('idle');
    await act(() => signIn(client));
    expect(view.result.current).toBe('connected');
    const before = renders();
    act(() => server.push(...ring(), phone(6)));
    expect(renders()).toBe(before);
  });
});

describe('useAgent', () => {
  it('follows the agent and ignores call-only changes', async () => {
    const { view, client, server, renders } = track(() => useAgent());
    expect(view.result.current.status).toBe('signedOut');
    await act(() => signIn(client));
    expect(view.result.current).toMatchObject({ status: 'idle', queues: [6250, 6251], callers: ['58452440', '58452441'] });
    const before = renders();
    act(() => server.push(phone(5, { RingType: 1, OAgId: 0, Caller: '139' })));
    act(() => server.push(phone(6)));
    expect(renders()).toBe(before);
  });
});

describe('useAgentQueues / useAgentCallers', () => {
  it('give the lists and ignore status changes', async () => {
    const queues = track(() => useAgentQueues());
    await act(() => signIn(queues.client));
    expect(queues.view.result.current).toEqual([6250, 6251]);
    const before = queues.renders();
    act(() => queues.server.push(agentState(2, 101)));
    act(() => queues.server.push(agentState(3)));
    expect(queues.renders()).toBe(before);
    act(() => queues.server.push({ MT: 8, Param: 1, Data: [6251] }));
    expect(queues.view.result.current).toEqual([6251]);

    const callers = track(() => useAgentCallers());
    await act(() => signIn(callers.client));
    expect(callers.view.result.current).toEqual(['58452440', '58452441']);
    const then = callers.renders();
    act(() => callers.server.push(agentState(2, 100)));
    expect(callers.renders()).toBe(then);
    act(() => callers.server.push({ MT: 8, Param: 2, Data: ['58452441'] }));
    expect(callers.view.result.current).toEqual(['58452441']);
  });
});

describe('useAgentState', () => {
  it('ticks the time in status every second', async () => {
    vi.useFakeTimers();
    const { view, client } = track(() => useAgentState());
    await act(async () => {
      const login = signIn(client, 'busy');
      await vi.advanceTimersByTimeAsync(0);
      await login;
    });
    expect(view.result.current).toMatchObject({ status: 'busy', timeInStateMs: 0 });
    await act(() => vi.advanceTimersByTimeAsync(3000));
    expect(view.result.current.timeInStateMs).toBe(3000);
    expect(view.result.current.since).toBe(client.getState().agent.since);
  });
});

describe('useIncomingCall and useActiveCall', () => {
  it('gives the ringing call with its kind and params, then only the active call once answered', async () => {
    const { view, client, server } = track(() => ({ incoming: useIncomingCall(), active: useActiveCall() }));
    await act(() => signIn(client));
    expect(view.result.current).toEqual({ incoming: null, active: null });
    act(() => server.push(...ring({ caller: '13800138000', queueId: 6250 })));
    expect(view.result.current.incoming).toMatchObject({ phase: 'ringing', kind: 'queue', params: { Caller: '13800138000', QueId: '6250' } });
    act(() => server.push(phone(6)));
    expect(view.result.current.incoming).toBeNull();
    expect(view.result.current.active?.phase).toBe('connected');
  });
});

describe('useCall', () => {
  it('ticks the call and talk durations', async () => {
    vi.useFakeTimers();
    const { view, client, server } = track(() => useCall());
    await act(async () => {
      const login = signIn(client);
      await vi.advanceTimersByTimeAsync(0);
      await login;
    });
    expect(view.result.current).toBeNull();
    act(() => server.push(...ring()));
    await act(() => vi.advanceTimersByTimeAsync(2000));
    act(() => server.push(phone(6)));
    await act(() => vi.advanceTimersByTimeAsync(3000));
    expect(view.result.current).toMatchObject({ phase: 'connected', kind: 'queue', durationMs: 5000, talkMs: 3000, alwaysOn: false, holdMs: 0 });
    await act(async () => {
      const hold = client.hold();
      await vi.advanceTimersByTimeAsync(0);
      await hold;
    });
    await act(() => vi.advanceTimersByTimeAsync(4000));
    expect(view.result.current).toMatchObject({ phase: 'held', talkMs: 7000, holdMs: 4000 });
  });
});

describe('useAvailableActions, useCan, useUnavailableReason', () => {
  it('follow the call through hold', async () => {
    const { view, client, server } = track(() => ({
      actions: useAvailableActions(),
      canHold: useCan('hold'),
      canDtmf: useCan('dtmf'),
      holdReason: useUnavailableReason('hold'),
    }));
    expect(view.result.current.actions).toEqual(['login']);
    await act(() => signIn(client));
    expect(view.result.current).toMatchObject({ canHold: false, canDtmf: false, holdReason: 'noCall' });
    act(() => server.push(...ring(), phone(6)));
    expect(view.result.current).toMatchObject({ canHold: true, canDtmf: true, holdReason: null });
    expect(view.result.current.actions).toContain('hold');
    await act(() => client.hold());
    expect(view.result.current).toMatchObject({ canHold: false, canDtmf: false, holdReason: 'onHold' });
    expect(view.result.current.actions).toContain('restore');
  });

  it('useAvailableActions does not re-render when the actions stay the same', async () => {
    const { view, client, server, renders } = track(() => useAvailableActions());
    await act(() => signIn(client, 'busy'));
    const actions = view.result.current;
    const before = renders();
    act(() => server.push(agentState(2, 101)));
    expect(client.getState().agent.busyReasonId).toBe(101);
    expect(renders()).toBe(before);
    expect(view.result.current).toBe(actions);
  });
});

describe('useConnection and useLastError', () => {
  it('report the connection and the latest failure', async () => {
    const { view, client, server } = track(() => ({ connection: useConnection(), error: useLastError() }));
    expect(view.result.current).toEqual({ connection: 'idle', error: null });
    await act(() => signIn(client));
    expect(view.result.current.connection).toBe('connected');
    server.reply(4, () => [result(4, 4)]);
    await act(() => client.busy().catch(() => undefined));
    expect(view.result.current.error).toMatchObject({ code: '005004', messageZh: '不允许置忙' });
    act(() => server.setStatus('reconnecting'));
    expect(view.result.current.connection).toBe('reconnecting');
  });
});
