import type { CallState, WinCallState } from '@wincall/core';
import { useWinCallSelector } from './useWinCallSelector';

const selectCall = (state: WinCallState) => state.call;

/** The current call (any phase) or `null`. Does not tick. */
export function useActiveCall(): CallState | null {
  return useWinCallSelector(selectCall);
}
