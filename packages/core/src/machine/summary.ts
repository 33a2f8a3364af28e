import type { WinCallState } from './state';

/**
 * What an agent sees of a state, in one line: the unit a recording and its replay are compared
 * by (`@wincall/devtools` writes it into a bug report, `@wincall/simulator`'s replay computes it
 * from a live client).
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
