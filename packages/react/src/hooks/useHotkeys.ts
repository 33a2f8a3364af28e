import { useEffect } from 'react';
import type { WinCallClient } from '@wincall/core';
import { isTypingTarget, matchesHotkey, parseHotkey, type HotkeyCommand, type HotkeyConfig } from '../utils/hotkeys';

/** Runs the command bound to a key combination, when it is available. Used by `WinCallProvider`. */
export function useHotkeys(client: WinCallClient, config: HotkeyConfig): void {
  useEffect(() => {
    const bindings = (Object.entries(config) as [HotkeyCommand, string | undefined][])
      .filter((entry): entry is [HotkeyCommand, string] => typeof entry[1] === 'string' && entry[1] !== '')
      .map(([command, combo]) => ({ command, hotkey: parseHotkey(combo) }));
    if (bindings.length === 0 || typeof document === 'undefined') return;

    const run = (command: HotkeyCommand) => {
      const ignore = () => undefined; // failures land in the store's lastError, which the bar shows
      if (command === 'hold') {
        if (client.unavailableReason('hold') === null) void client.hold().catch(ignore);
        else if (client.unavailableReason('restore') === null) void client.restore().catch(ignore);
        return;
      }
      if (client.unavailableReason(command) === null) void client[command]().catch(ignore);
    };

    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.repeat || isTypingTarget(event.target)) return;
      const binding = bindings.find((b) => matchesHotkey(event, b.hotkey));
      if (!binding) return;
      event.preventDefault();
      run(binding.command);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [client, config]);
}
