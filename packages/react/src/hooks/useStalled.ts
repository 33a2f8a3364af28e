import type { WinCallState } from '@wincall/core';
import { useWinCallSelector } from './useWinCallSelector';

const selectStalled = (state: WinCallState) => state.stalledSince !== null;

/**
 * Whether the network has stalled: the socket looks open but the server has been silent while it
 * owed an answer (see the core's `stalledSince`). Clears itself when the server speaks again.
 */
export function useStalled(): boolean {
  return useWinCallSelector(selectStalled);
}
