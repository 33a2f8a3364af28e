import type { WinCallError, WinCallState } from '@wincall/core';
import { useWinCallSelector } from './useWinCallSelector';

const selectLastError = (state: WinCallState) => state.lastError;

/** The last failure the client reported (cleared when the next command is sent). */
export function useLastError(): WinCallError | null {
  return useWinCallSelector(selectLastError);
}
