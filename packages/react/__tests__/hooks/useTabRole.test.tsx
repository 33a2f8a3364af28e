import { act, renderHook, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { TabRole } from '@wincall/core';
import { SoftphoneBar, useTabRole } from '../../src';
import { createHarness, destroyHarnesses, renderWith, signIn } from '../support/render';

afterEach(destroyHarnesses);

/** Gives a plain client the shape of a shared one, with a role the test switches. */
function shareable(harness: ReturnType<typeof createHarness>, initial: TabRole) {
  let role = initial;
  const listeners = new Set<(r: TabRole) => void>();
  Object.defineProperties(harness.client, {
    role: { get: () => role },
    onRoleChange: {
      value: (listener: (r: TabRole) => void) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    },
  });
  return (next: TabRole) => {
    role = next;
    for (const listener of listeners) listener(next);
  };
}

describe('useTabRole', () => {
  it('is solo for a plain client', () => {
    const harness = createHarness();
    const { result } = renderHook(() => useTabRole(), { wrapper: harness.wrapper });
    expect(result.current).toBe('solo');
  });

  it('follows the role of a shared client', () => {
    const harness = createHarness();
    const setRole = shareable(harness, 'follower');
    const { result } = renderHook(() => useTabRole(), { wrapper: harness.wrapper });
    expect(result.current).toBe('follower');
    act(() => setRole('leader'));
    expect(result.current).toBe('leader');
  });

  it('keeps a follower tab silent when a call rings; the leader announces it', async () => {
    const harness = createHarness();
    const setRole = shareable(harness, 'follower');
    await signIn(harness.client);
    renderWith(harness, <SoftphoneBar />);
    act(() => harness.server.push({ MT: 3, PhoSta: 5, RingType: 1, OAgId: 0, Caller: '13800138000', CallId: 'c1' }));
    const announcer = document.querySelector('.wincall-announcer')!;
    expect(announcer.textContent).toBe('');
    act(() => setRole('leader'));
    expect(announcer.textContent).toContain('13800138000');
    expect(screen.getAllByText(/13800138000/).length).toBeGreaterThan(0);
  });
});
