import { act, screen } from '@testing-library/react';
import { Profiler } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ConnectedCallTimer, SoftphoneBar } from '../../src';
import { createHarness, renderWith } from '../support/render';
import { renderedBetween, snapshotBar } from '../support/renderedComponents';
import { BAR_STATES } from '../support/states';

describe('a ticking timer', () => {
  it('re-renders the timers only, never the bar around them', async () => {
    // Only the clock (interval and Date) is faked: the ticks happen exactly when the test says.
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    const harness = createHarness();
    const commits = { bar: 0, timer: 0 };
    const { container } = renderWith(
      harness,
      <>
        <Profiler id="bar" onRender={() => commits.bar++}>
          <SoftphoneBar />
        </Profiler>
        <Profiler id="timer" onRender={() => commits.timer++}>
          <ConnectedCallTimer />
        </Profiler>
      </>,
    );
    // On hold the bar counts talk time and hold time (the status shows no third timer in a call).
    await BAR_STATES.held(harness);
    expect(screen.getAllByRole('timer', { name: '通话时长' })).toHaveLength(2);
    expect(screen.getByRole('timer', { name: '保持时长' })).toBeTruthy();
    expect(screen.queryByRole('timer', { name: '当前状态时长' })).toBeNull();

    const start = { ...commits };
    const renderedPerTick: string[][] = [];
    for (let tick = 0; tick < 3; tick++) {
      const before = snapshotBar(container);
      await act(async () => {
        vi.advanceTimersByTime(1000);
      });
      renderedPerTick.push(renderedBetween(before, snapshotBar(container)));
    }

    expect(commits.timer - start.timer).toBe(3);
    // The bar's Profiler sees the same three commits (its own timers are inside it)…
    expect(commits.bar - start.bar).toBe(3);
    // …and in each of them the timers alone rendered: not the bar, its sections or its buttons.
    expect(renderedPerTick).toEqual([['CallTimer'], ['CallTimer'], ['CallTimer']]);
    expect(screen.getAllByRole('timer', { name: '通话时长' })[0]!.textContent).toBe('00:03');
    expect(screen.getByRole('timer', { name: '保持时长' }).textContent).toBe('00:03');
  });

  it('the tree inspection does see a bar re-render when there is one', async () => {
    const harness = createHarness();
    const { container } = renderWith(harness, <SoftphoneBar />);
    await BAR_STATES.connected(harness);
    const before = snapshotBar(container);
    await act(() => harness.client.hold());
    expect(renderedBetween(before, snapshotBar(container))).toEqual(expect.arrayContaining(['ConnectedCallCard', 'SoftphoneBarContent']));
  });
});
