import { describe, expect, it } from 'vitest';
import { ariaShortcut, isTypingTarget, matchesHotkey, parseHotkey } from '../src/utils/hotkeys';

const key = (init: KeyboardEventInit) => new KeyboardEvent('keydown', init);

describe('hotkey combinations', () => {
  it.each([
    ['Alt+H', { key: 'h', code: 'KeyH', altKey: true }, true],
    ['alt+h', { key: 'H', code: 'KeyH', altKey: true }, true],
    // A Mac types "˙" for Option+H: the physical key still matches.
    ['Alt+H', { key: '˙', code: 'KeyH', altKey: true }, true],
    ['Alt+H', { key: 'h', code: 'KeyH' }, false],
    ['Alt+H', { key: 'h', code: 'KeyH', altKey: true, shiftKey: true }, false],
    ['Ctrl+Shift+1', { key: '!', code: 'Digit1', ctrlKey: true, shiftKey: true }, true],
    ['F9', { key: 'F9', code: 'F9' }, true],
  ])('%s against %j → %s', (combo, init, expected) => {
    expect(matchesHotkey(key(init), parseHotkey(combo))).toBe(expected);
  });

  it('refuses a combination without exactly one key', () => {
    expect(() => parseHotkey('Alt+Shift')).toThrow(TypeError);
    expect(() => parseHotkey('Alt+H+J')).toThrow(TypeError);
  });

  it('writes aria-keyshortcuts values', () => {
    expect(ariaShortcut('alt+h')).toBe('Alt+H');
    expect(ariaShortcut('Ctrl+Alt+F9')).toBe('Control+Alt+f9');
    expect(ariaShortcut(undefined)).toBeUndefined();
  });

  it('knows when the user is typing', () => {
    const input = document.createElement('input');
    const checkbox = Object.assign(document.createElement('input'), { type: 'checkbox' });
    expect(isTypingTarget(input)).toBe(true);
    expect(isTypingTarget(document.createElement('textarea'))).toBe(true);
    expect(isTypingTarget(document.createElement('select'))).toBe(true);
    expect(isTypingTarget(checkbox)).toBe(false);
    expect(isTypingTarget(document.createElement('button'))).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });
});
