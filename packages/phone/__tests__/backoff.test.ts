import { describe, expect, it } from 'vitest';
import { MAX_RETRY_MS, reconnectDelay } from '../src/backoff';

describe('reconnection delays', () => {
  it('retries first within a second, doubles, and caps at 5 s', () => {
    const middle = () => 0.5;
    expect([1, 2, 3, 4, 5, 6, 20].map((n) => reconnectDelay(n, middle))).toEqual([500, 1000, 2000, 4000, 5000, 5000, 5000]);
  });

  it('spreads agents ±20 % but never past the bounds', () => {
    expect(reconnectDelay(1, () => 0)).toBe(400);
    expect(reconnectDelay(1, () => 0.999_999)).toBeLessThanOrEqual(600);
    for (let attempt = 1; attempt < 40; attempt++) {
      expect(reconnectDelay(attempt, () => 0.999_999)).toBeLessThanOrEqual(MAX_RETRY_MS);
    }
  });

  it('refuses a nonsense attempt number', () => {
    expect(() => reconnectDelay(0)).toThrow(RangeError);
    expect(() => reconnectDelay(1.5)).toThrow(RangeError);
  });
});
