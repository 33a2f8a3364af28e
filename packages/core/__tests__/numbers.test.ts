import { describe, expect, it } from 'vitest';
import { checkNumbers, normalizeNumber, localFailureCode, ACTION_NUMBERS } from '../src/protocol';

describe('number normalisation', () => {
  it('strips every space, dash and plus (the legacy client stripped only the first)', () => {
    expect(normalizeNumber(' +86 138-0013-8000 ')).toBe('8613800138000');
    expect(normalizeNumber('010 - 5845 - 2440')).toBe('01058452440');
    expect(normalizeNumber(13800138000)).toBe('13800138000');
    expect(normalizeNumber(undefined)).toBe('');
  });

  it.each([
    ['', '58452440', 505],
    ['  - ', '58452440', 505],
    ['138abc', '58452440', 506],
    ['13800138000', '5845x', 507],
  ])('checkNumbers(%j, %j) fails with Ret %i', (called, caller, ret) => {
    expect(checkNumbers(called, caller)).toEqual({ ok: false, ret });
  });

  it('accepts an empty caller and cleans both numbers', () => {
    expect(checkNumbers('138 0013 8000', '')).toEqual({ ok: true, called: '13800138000', caller: '' });
  });

  it('reports local failures with the action prefix of the legacy codes', () => {
    expect(localFailureCode(ACTION_NUMBERS.dialOuter, 505)).toBe('022505');
    expect(localFailureCode(ACTION_NUMBERS.consultOuter, 507)).toBe('025507');
    expect(localFailureCode(ACTION_NUMBERS.authenticate, 100)).toBe('001100');
  });
});
