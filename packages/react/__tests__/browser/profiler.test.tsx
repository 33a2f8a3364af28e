import { act, screen } from '@testing-library/react';
import { Profiler } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ConnectedCallTimer, SoftphoneBar } from '../../src';
import { createHarness, renderWith } from '../support/render';
import { BAR_STATES } from '../support/states';

/**
 * Which components rendered between two commits. A Profiler tells *that* its subtree committed,
 * not *which* components in it rendered; React's fibers do: a function component that ran has a
 * new hook list (`memoizedState`) or new props, one that was skipped keeps both.
 */
interface Fiber {
  type: unknown;
  child: Fiber | null;
  sibling: Fiber | null;
  memoizedProps: unknown;
  memoizedState: unknown;
  stateNode: unknown;
}

function componentName(fiber: Fiber): string | null {
  const type = fiber.type as { name?: string; displayName?: string; render?: unknown; type?: unknown } | null;
  if (typeof type === 'function') return (type as { displayName?: string }).displayName ?? (type as { name: string }).name;
  const inner = type && typeof type === 'object' ? (type.render ?? type.type) : null;
  return typeof inner === 'function' ? ((inner as { displayName?: string }).displayName ?? (inner as { name: string }).name) : null;
}

/** The committed fiber tree of a React root (the root's `current`, never a work-in-progress copy). */
function currentRoot(container: HTMLElement): Fiber {
  const key = Object.keys(container).find((k) => k.startsWith('__reactContainer$'));
  if (!key) throw new Error('not a React root container');
  const hostRoot = (container as unknown as Record<string, Fiber>)[key]!;
  return (hostRoot.stateNode as { current: Fiber }).current;
}

type Snapshot = Map<string, { name: string; props: unknown; state: unknown }>;

/** Every function component under the bar, by its position in the tree. */
function snapshotBar(container: HTMLElement): Snapshot {
  const out: Snapshot = new Map();
  const walk = (fiber: Fiber, path: string, inBar: boolean) => {
    let child = fiber.child;
    let index = 0;
    while (child) {
      const name = componentName(child);
      const here = `${path}/${index}:${name ?? '-'}`;
      const barHere = inBar || name === 'SoftphoneBar';
      if (barHere && name) out.set(here, { name, props: child.memoizedProps, state: child.memoizedState });
      walk(child, here, barHere);
      child = child.sibling;
      index++;
    }
  };
  walk(currentRoot(container), '', false);
  return out;
}

function renderedBetween(before: Snapshot, after: Snapshot): string[] {
  const names = new Set<string>();
  for (const [path, now] of after) {
    const then = before.get(path);
    if (!then || then.props !== now.props || then.state !== now.state) names.add(now.name);
  }
  for (const path of before.keys()) if (!after.has(path)) names.add(before.get(path)!.name);
  return [...names].sort();
}

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
  });

  it('the tree inspection does see a bar re-render when there is one', async () => {
    const harness = createHarness();
    const { container } = renderWith(harness, <SoftphoneBar />);
    await BAR_STATES.connected(harness);
    const before = snapshotBar(container);
    await act(() => harness.client.hold());
    expect(renderedBetween(before, snapshotBar(container))).toEqual(expect.arrayContaining(['CallControls', 'SoftphoneBarContent']));
  });
});
