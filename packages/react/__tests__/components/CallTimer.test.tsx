import { act, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { CallTimer, ConnectedAfterCallCountdown, ConnectedCallTimer, ConnectedStatusTimer } from '../../src';
import { agentState, phone, ring } from '../support/fakeServer';
import { createHarness, renderWith, signIn } from '../support/render';

const tick = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));

describe('CallTimer', () => {
  it('counts up from `since` every second', async () => {
    vi.useFakeTimers();
    render(<CallTimer since={Date.now()} label="通话时长" className="t" />);
    const timer = screen.getByRole('timer', { name: '通话时长' });
    expect(timer.textContent).toBe('00:00');
    await tick(65_000);
    expect(timer.textContent).toBe('01:05');
    expect(timer.dataset.state).toBe('running');
    expect(timer.className).toContain('t');
  });

  it('shows hours past the hour', () => {
    vi.useFakeTimers();
    render(<CallTimer since={Date.now() - 3_723_000} />);
    expect(screen.getByRole('timer').textContent).toBe('1:02:03');
  });

  it('counts down to `until` and stops at zero', async () => {
    vi.useFakeTimers();
    render(<CallTimer until={Date.now() + 3000} />);
    const timer = screen.getByRole('timer');
    expect(timer.textContent).toBe('00:03');
    await tick(2000);
    expect(timer.textContent).toBe('00:01');
    await tick(5000);
    expect(timer.textContent).toBe('00:00');
    expect(timer.dataset.state).toBe('done');
  });

  it('does not tick without a start', async () => {
    vi.useFakeTimers();
    render(<CallTimer />);
    expect(screen.getByRole('timer').dataset.state).toBe('stopped');
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('connected timers', () => {
  it('show time in status, talk time and the after-call countdown', async () => {
    vi.useFakeTimers();
    const harness = createHarness();
    renderWith(
      harness,
      <>
        <ConnectedStatusTimer />
        <ConnectedCallTimer />
        <ConnectedAfterCallCountdown />
      </>,
    );
    await act(async () => {
      const login = signIn(harness.client);
      await vi.advanceTimersByTimeAsync(0);
      await login;
    });
    expect(screen.queryByRole('timer', { name: '通话时长' })).toBeNull();
    await tick(4000);
    expect(screen.getByRole('timer', { name: '当前状态时长' }).textContent).toBe('00:04');
    act(() => harness.server.push(...ring(), phone(6)));
    await tick(10_000);
    expect(screen.getByRole('timer', { name: '通话时长' }).textContent).toBe('00:10');
    act(() => harness.server.push(phone(0), agentState(5, 15)));
    expect(screen.queryByRole('timer', { name: '通话时长' })).toBeNull();
    await tick(5000);
    expect(screen.getByRole('timer', { name: '话后处理剩余' }).textContent).toBe('00:10');
    expect(screen.getByRole('timer', { name: '当前状态时长' }).textContent).toBe('00:05');
  });
});
