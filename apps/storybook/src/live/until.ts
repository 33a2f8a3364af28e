import type { AgentStatus, CallPhase, WinCallClient, WinCallState } from '@wincall/core';

const DEFAULT_TIMEOUT = 5000;

/**
 * Resolves once the client's state satisfies `predicate` (at once if it already does); rejects
 * after `timeoutMs` with what it was waiting for and the state it saw last.
 */
export function until(
  client: WinCallClient,
  what: string,
  predicate: (state: WinCallState) => boolean,
  timeoutMs = DEFAULT_TIMEOUT,
): Promise<WinCallState> {
  const now = client.getState();
  if (predicate(now)) return Promise.resolve(now);
  return new Promise((resolve, reject) => {
    const stop = () => {
      clearTimeout(timer);
      unsubscribe();
    };
    const unsubscribe = client.store.subscribe((state) => {
      if (!predicate(state)) return;
      stop();
      resolve(state);
    });
    const timer = setTimeout(() => {
      stop();
      const { connection, agent, call } = client.getState();
      const seen = JSON.stringify({ connection, status: agent.status, phase: call?.phase ?? null, kind: call?.kind ?? null });
      reject(new Error(`Timed out after ${timeoutMs} ms waiting for ${what}; last state ${seen}`));
    }, timeoutMs);
  });
}

/** Waits for the call phase (or no call, with `null`). */
export const untilPhase = (client: WinCallClient, phase: CallPhase | null) =>
  until(client, `call phase ${String(phase)}`, (state) => (state.call?.phase ?? null) === phase);

/** Waits for the agent status. */
export const untilStatus = (client: WinCallClient, status: AgentStatus) =>
  until(client, `agent status ${status}`, (state) => state.agent.status === status);
