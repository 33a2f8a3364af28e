import type { WinCallState } from '@wincall/core';
import { useWinCallSelector } from './useWinCallSelector';

const selectCallers = (state: WinCallState) => state.agent.callers;

/**
 * The caller numbers the agent may present when dialling out. Re-renders only when the list
 * changes (the core keeps the array while unchanged), not on status changes as `useAgent()` does.
 */
export function useAgentCallers(): readonly string[] {
  return useWinCallSelector(selectCallers);
}
