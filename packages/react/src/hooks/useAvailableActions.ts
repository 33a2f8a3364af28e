import type { ActionName, WinCallState } from '@wincall/core';
import { useWinCallSelector } from './useWinCallSelector';

const selectActions = (state: WinCallState) => state.availableActions;

/** The vendor actions allowed now (the array keeps its identity while unchanged). */
export function useAvailableActions(): readonly ActionName[] {
  return useWinCallSelector(selectActions);
}
