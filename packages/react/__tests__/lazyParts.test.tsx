import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WinCallErrorBoundary } from '../src';
import { onDemand, PartLoadError } from '../src/utils/lazyPart';
import { untilReal } from './support/realTime';

/**
 * A part loaded on demand whose code could not be downloaded (utils/lazyPart.ts): the failure
 * stays with the part, the part tries again, and the page around it goes on working.
 */

interface Module {
  Greeting: (props: { name: string }) => React.JSX.Element;
}
const MODULE: Module = { Greeting: ({ name }) => <p>hello {name}</p> };
const OFFLINE = new TypeError('Failed to fetch dynamically imported module');

/** A loader that fails `failures` times, then serves MODULE. */
function flakyLoader(failures: number) {
  let left = failures;
  return vi.fn(async () => {
    if (left-- > 0) throw OFFLINE;
    return MODULE;
  });
}

/**
 * React reports an error a boundary caught on the console: the sign that a part has taken its
 * failed download (a part without a fallback shows nothing either way).
 */
function watchCaughtErrors() {
  const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  spy.mockClear();
  return { handled: () => spy.mock.calls.flat().filter((arg) => arg instanceof PartLoadError).length };
}

afterEach(() => {
  vi.restoreAllMocks();
});

const Page = ({ part }: { part: React.ReactNode }) => (
  <WinCallErrorBoundary fallback={<p>the whole page failed</p>}>
    <button type="button">hang up</button>
    {part}
  </WinCallErrorBoundary>
);

describe('a part whose code cannot be downloaded', () => {
  it('shows its fallback in its own place, keeps the page working, and loads when retried', async () => {
    watchCaughtErrors();
    const load = flakyLoader(1);
    const parts = onDemand(load);
    const Greeting = parts.part('Greeting', (m) => m.Greeting, (retry) => (
      <button type="button" onClick={retry}>
        could not load: retry
      </button>
    ));
    render(<Page part={<Greeting name="1001" />} />);
    const retry = await screen.findByRole('button', { name: 'could not load: retry' });
    expect(screen.getByRole('button', { name: 'hang up' })).toBeTruthy();
    expect(screen.queryByText('the whole page failed')).toBeNull();
    await userEvent.click(retry);
    expect(await screen.findByText('hello 1001')).toBeTruthy();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('without a fallback shows nothing, and appears when the code arrives another way', async () => {
    const caught = watchCaughtErrors();
    const load = flakyLoader(1);
    const parts = onDemand(load);
    const Greeting = parts.part('Greeting', (m) => m.Greeting);
    render(<Page part={<Greeting name="1001" />} />);
    await waitFor(() => expect(caught.handled()).toBeGreaterThan(0));
    expect(screen.queryByText('the whole page failed')).toBeNull();
    expect(screen.queryByText(/hello/)).toBeNull();
    // Another part (here a preload, as the bar's hover does) brings the module: the part shows.
    await act(() => parts.preload());
    expect(await screen.findByText('hello 1001')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'hang up' })).toBeTruthy();
  });

  it('tries again by itself, waiting longer after each failure', async () => {
    // Only the part's own timers are driven by the test; React schedules its work as usual.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const caught = watchCaughtErrors();
    const load = flakyLoader(2);
    const parts = onDemand(load);
    const Greeting = parts.part('Greeting', (m) => m.Greeting);
    render(<Page part={<Greeting name="1001" />} />);
    await untilReal(() => expect(caught.handled()).toBeGreaterThan(0));
    await act(() => vi.advanceTimersByTimeAsync(4_900));
    expect(load).toHaveBeenCalledTimes(1);
    // 5 s after the first failure: a second try, which fails; the third waits 10 s.
    await act(() => vi.advanceTimersByTimeAsync(100));
    expect(load).toHaveBeenCalledTimes(2);
    await act(() => vi.advanceTimersByTimeAsync(9_900));
    expect(load).toHaveBeenCalledTimes(2);
    await act(() => vi.advanceTimersByTimeAsync(100));
    expect(load).toHaveBeenCalledTimes(3);
    await untilReal(() => expect(screen.getByText('hello 1001')).toBeTruthy());
    expect(screen.queryByText('the whole page failed')).toBeNull();
  });

  it('leaves an error of the loaded part itself to the boundaries above', async () => {
    const parts = onDemand(async () => ({
      Greeting: (): React.JSX.Element => {
        throw new Error('a bug in the part');
      },
    }));
    const Broken = parts.part('Broken', (m) => m.Greeting, () => <p>could not load</p>);
    const caught = watchCaughtErrors();
    render(<Page part={<Broken />} />);
    expect(await screen.findByText('the whole page failed')).toBeTruthy();
    expect(screen.queryByText('could not load')).toBeNull();
    expect(caught.handled()).toBe(0);
  });
});
