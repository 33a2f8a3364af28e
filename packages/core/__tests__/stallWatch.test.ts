import { afterEach, describe, expect, it, vi } from 'vitest';
import { createStallWatch } from '../src/client/stallWatch';

afterEach(() => {
  vi.useRealTimers();
});

function watch() {
  vi.useFakeTimers();
  const stalls: { since: number; within: number }[] = [];
  const w = createStallWatch({
    now: Date.now,
    schedule: (fn, ms) => setTimeout(fn, ms),
    cancel: (timer) => clearTimeout(timer),
    onStall: (since, within) => stalls.push({ since, within }),
  });
  return { w, stalls, start: Date.now() };
}

describe('stall watch', () => {
  it('reports an expectation that no frame met by its deadline, once', async () => {
    const { w, stalls, start } = watch();
    w.expect(3_000);
    await vi.advanceTimersByTimeAsync(2_999);
    expect(stalls).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(stalls).toEqual([{ since: start, within: 3_000 }]);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(stalls).toHaveLength(1);
  });

  it('keeps a later command’s deadline when a frame meets only the earlier one', async () => {
    const { w, stalls, start } = watch();
    w.expect(3_000); // command A
    await vi.advanceTimersByTimeAsync(1_000);
    w.frame(); // A's answer…
    await vi.advanceTimersByTimeAsync(500);
    w.expect(3_000); // …then command B, never answered
    await vi.advanceTimersByTimeAsync(2_999);
    expect(stalls).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(stalls).toEqual([{ since: start + 1_500, within: 3_000 }]);
  });

  it('is quiet when frames keep coming, and forgets everything on reset', async () => {
    const { w, stalls } = watch();
    for (let i = 0; i < 10; i++) {
      w.expect(1_000);
      await vi.advanceTimersByTimeAsync(500);
      w.frame();
    }
    w.expect(1_000);
    w.reset();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(stalls).toEqual([]);
  });
});
