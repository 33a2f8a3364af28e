/** Commands that can be bound to a key combination. */
export type HotkeyCommand = 'answer' | 'hangup' | 'hold';

/** e.g. `{ answer: 'Alt+A', hangup: 'Alt+H', hold: 'Alt+O' }`. `hold` toggles hold and resume. */
export type HotkeyConfig = Partial<Record<HotkeyCommand, string>>;

export interface ParsedHotkey {
  alt: boolean;
  ctrl: boolean;
  shift: boolean;
  meta: boolean;
  key: string;
}

const MODIFIERS = new Set(['alt', 'option', 'ctrl', 'control', 'shift', 'meta', 'cmd', 'command']);

/** Parses `Alt+Shift+H`-style combinations (case-insensitive). Throws a TypeError on nonsense. */
export function parseHotkey(combo: string): ParsedHotkey {
  const parts = combo
    .split('+')
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const keys = parts.filter((p) => !MODIFIERS.has(p.toLowerCase()));
  if (keys.length !== 1) throw new TypeError(`hotkey "${combo}" must name exactly one key`);
  const mods = new Set(parts.map((p) => p.toLowerCase()));
  return {
    alt: mods.has('alt') || mods.has('option'),
    ctrl: mods.has('ctrl') || mods.has('control'),
    shift: mods.has('shift'),
    meta: mods.has('meta') || mods.has('cmd') || mods.has('command'),
    key: keys[0]!.toLowerCase(),
  };
}

/**
 * Whether a key event matches. Letters and digits are compared by physical key too, because
 * Alt+H types "˙" on a Mac keyboard.
 */
export function matchesHotkey(event: KeyboardEvent, hotkey: ParsedHotkey): boolean {
  if (event.altKey !== hotkey.alt || event.ctrlKey !== hotkey.ctrl) return false;
  if (event.shiftKey !== hotkey.shift || event.metaKey !== hotkey.meta) return false;
  if (event.key.toLowerCase() === hotkey.key) return true;
  if (/^[a-z]$/.test(hotkey.key)) return event.code === `Key${hotkey.key.toUpperCase()}`;
  if (/^[0-9]$/.test(hotkey.key)) return event.code === `Digit${hotkey.key}`;
  return false;
}

const NON_TEXT_INPUTS = new Set(['button', 'checkbox', 'radio', 'submit', 'reset', 'image', 'range', 'color', 'file']);

/** Hotkeys never fire while the user is typing. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).tagName !== 'string') return false;
  const element = target as HTMLElement;
  const tag = element.tagName.toLowerCase();
  if (tag === 'textarea' || tag === 'select') return true;
  if (tag === 'input') return !NON_TEXT_INPUTS.has((element as HTMLInputElement).type);
  return element.isContentEditable === true;
}

/** The `aria-keyshortcuts` form of a combination (`Alt+H`). */
export function ariaShortcut(combo: string | undefined): string | undefined {
  if (!combo) return undefined;
  const parsed = parseHotkey(combo);
  const parts: string[] = [];
  if (parsed.ctrl) parts.push('Control');
  if (parsed.alt) parts.push('Alt');
  if (parsed.shift) parts.push('Shift');
  if (parsed.meta) parts.push('Meta');
  parts.push(parsed.key.length === 1 ? parsed.key.toUpperCase() : parsed.key);
  return parts.join('+');
}
