import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useNow } from '../../src';

describe('useNow', () => {
  it('ticks every interval and stops when unmounted', async () => {
    vi.useFakeTimers();
    vi.setSystemTime(10_000);
    const view = renderHook(() => useNow(1000));
    expect(view.result.current).toBe(10_000);
    await act(() => vi.advanceTimersByTimeAsync(2000));
    expect(view.result.current).toBe(12_000);
    view.unmount();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('shares one clock between components, so they tick together', async () => {
    vi.useFakeTimers();
    const a = renderHook(() => useNow(1000));
    const b = renderHook(() => useNow(1000));
    expect(vi.getTimerCount()).toBe(1);
    await act(() => vi.advanceTimersByTimeAsync(1000));
    expect(a.result.current).toBe(b.result.current);
  });

  it('does not tick when disabled', async () => {
    vi.useFakeTimers();
    let renders = 0;
    renderHook(() => {
      renders++;
      return useNow(1000, false);
    });
    await act(() => vi.advanceTimersByTimeAsync(5000));
    expect(renders).toBe(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('refuses a nonsense interval', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => renderHook(() => useNow(0))).toThrow(RangeError);
    error.mockRestore();
  });
});
