import type { WinCallState } from '@wincall/core';
import { useWinCallSelector } from './useWinCallSelector';

const selectQueues = (state: WinCallState) => state.agent.queues;

/**
 * The signed-in agent's queue ids. Re-renders only when the list changes (the core keeps the
 * array while unchanged), not on status changes as `useAgent()` does.
 */
export function useAgentQueues(): readonly number[] {
  return useWinCallSelector(selectQueues);
}
