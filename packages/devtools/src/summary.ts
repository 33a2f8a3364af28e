import type { WinCallState } from '@wincall/core';

/**
 * What an agent sees of a state, in one line: the unit a replay compares
 * (`@wincall/simulator`'s `summarizeState` computes the same from a live client).
 */
export interface StateSummary {
  connection: string;
  agent: string;
  busyReasonId: number | null;
  call: string | null;
  callKind: string | null;
  pending: string | null;
  error: string | null;
}

export function summarizeState(state: WinCallState): StateSummary {
  return {
    connection: state.connection,
    agent: state.agent.status,
    busyReasonId: state.agent.status === 'busy' ? (state.agent.busyReasonId ?? null) : null,
    call: state.call?.phase ?? null,
    callKind: state.call?.kind ?? null,
    pending: state.pending?.command ?? null,
    error: state.lastError?.code ?? null,
  };
}
