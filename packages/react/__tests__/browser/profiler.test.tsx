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
    // In a call the bar counts talk time (the card) and time in status (the status selector).
    await BAR_STATES.connected(harness);
    expect(screen.getAllByRole('timer', { name: '通话时长' })).toHaveLength(2);
    expect(screen.getByRole('timer', { name: '当前状态时长' })).toBeTruthy();

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

    // On hold, talk time stops (hold is not talk: the core's `talkTime`) and hold time runs.
    await act(() => harness.client.hold());
    for (let tick = 0; tick < 4; tick++) {
      await act(async () => {
        vi.advanceTimersByTime(1000);
      });
    }
    expect(screen.getAllByRole('timer', { name: '通话时长' }).map((timer) => timer.textContent)).toEqual(['00:03', '00:03']);
    expect(screen.getByRole('timer', { name: '保持时长' }).textContent).toBe('00:04');
    expect(screen.getByRole('timer', { name: '当前状态时长' }).textContent).toBe('00:07');
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
