import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useWinCallEvent } from '../../src';
import { ring } from '../support/fakeServer';
import { createHarness, signIn } from '../support/render';

describe('useWinCallEvent', () => {
  it('subscribes once and always calls the latest handler', async () => {
    const harness = createHarness();
    const seen: string[] = [];
    let subscriptions = 0;
    const on = harness.client.on;
    harness.client.on = ((name, handler) => {
      subscriptions++;
      return on(name, handler);
    }) as typeof on;
    const view = renderHook(({ label }) => useWinCallEvent('incomingCall', (e) => seen.push(`${label}:${e.call.params.Caller}`)), {
      wrapper: harness.wrapper,
      initialProps: { label: 'first' },
    });
    await act(() => signIn(harness.client));
    view.rerender({ label: 'second' });
    view.rerender({ label: 'third' });
    act(() => harness.server.push(...ring({ caller: '139' })));
    expect(seen).toEqual(['third:139']);
    expect(subscriptions).toBe(1);
  });

  it('unsubscribes on unmount', async () => {
    const harness = createHarness();
    const seen: string[] = [];
    const view = renderHook(() => useWinCallEvent('signedIn', () => seen.push('in')), { wrapper: harness.wrapper });
    view.unmount();
    await act(() => signIn(harness.client));
    expect(seen).toEqual([]);
  });
});
