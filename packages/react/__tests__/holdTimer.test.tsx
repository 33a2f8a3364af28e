import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SoftphoneBar } from '../src';
import { phone, ring } from './support/fakeServer';
import { createHarness, renderWith, signIn } from './support/render';

afterEach(() => {
  vi.useRealTimers();
});

describe('the hold timer', () => {
  it('counts from when the hold began, also in a bar mounted during the hold', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const start = new Date('2026-03-02T09:00:00Z').getTime();
    vi.setSystemTime(start);
    const harness = createHarness();
    const first = renderWith(harness, <SoftphoneBar />);
    await act(() => signIn(harness.client));
    act(() => harness.server.push(...ring(), phone(6)));
    await act(() => harness.client.hold());
    expect(harness.client.getState().call?.heldSince).toBe(start);
    await waitFor(() => expect(screen.getByRole('timer', { name: '保持时长' }).textContent).toBe('00:00'));

    // The agent's CRM re-renders the page (or a route change remounts the bar) while the caller waits.
    first.unmount();
    vi.setSystemTime(start + 65_000);
    renderWith(harness, <SoftphoneBar />);
    expect(screen.getByRole('region', { name: '软电话' }).dataset.state).toBe('held');
    expect(screen.getByRole('timer', { name: '保持时长' }).textContent).toBe('01:05');

    // Resumed, the hold timer goes; a new hold adds to the call's hold time (the core's `holdTime`,
    // as the call record counts it: 65 s so far).
    await act(() => harness.client.restore());
    expect(screen.queryByRole('timer', { name: '保持时长' })).toBeNull();
    vi.setSystemTime(start + 90_000);
    await act(() => harness.client.hold());
    expect(screen.getByRole('timer', { name: '保持时长' }).textContent).toBe('01:05');
    vi.setSystemTime(start + 100_000);
    await waitFor(() => expect(screen.getByRole('timer', { name: '保持时长' }).textContent).toBe('01:15'));
  });
});
