import type { AgentState, WinCallState } from '@wincall/core';
import { useWinCallSelector } from './useWinCallSelector';

const selectAgent = (state: WinCallState) => state.agent;

/** The agent slice (status, busy reason, since, queues, callers…). Does not tick. */
export function useAgent(): AgentState {
  return useWinCallSelector(selectAgent);
}
