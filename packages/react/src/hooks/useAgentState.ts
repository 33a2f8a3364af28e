import { useMemo } from 'react';
import type { AgentStatus } from '@wincall/core';
import { useAgent } from './useAgent';
import { useNow } from './useNow';

export interface AgentStateView {
  status: AgentStatus;
  busyReasonId: number | undefined;
  since: number;
  /** Time in the current status, updated every second. */
  timeInStateMs: number;
  afterCallSeconds: number | undefined;
}

/**
 * The agent's status with a ticking time-in-status. Re-renders every second: use it in a small
 * timer component, or `useAgent()` where no clock is needed.
 */
export function useAgentState(): AgentStateView {
  const agent = useAgent();
  const now = useNow(1000);
  return useMemo(
    () => ({
      status: agent.status,
      busyReasonId: agent.busyReasonId,
      since: agent.since,
      timeInStateMs: Math.max(0, now - agent.since),
      afterCallSeconds: agent.afterCallSeconds,
    }),
    [agent, now],
  );
}
