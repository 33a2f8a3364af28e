import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { FreeAgent } from '@wincall/core';
import { configQueryOptions } from '../utils/configQuery';
import { useWinCall } from './useWinCall';

/**
 * Agents this client has seen in the free-agent list, by id. The config API names agents only in
 * that list (`/agent/free`: id, number, name, extension); the list of agents on a call
 * (`/agent/ontheline`) and the wire carry an id and an extension alone. Whoever was idle at any
 * fetch during the session can thus be named later, when they are on a call and monitored.
 */
const rosters = new WeakMap<object, Map<number, FreeAgent>>();

function rosterOf(client: object): Map<number, FreeAgent> {
  let roster = rosters.get(client);
  if (!roster) {
    roster = new Map();
    rosters.set(client, roster);
  }
  return roster;
}

/** The agents remembered for `client` (without fetching): for labels outside a directory. */
export function knownAgent(client: object, id: number): FreeAgent | undefined {
  return rosters.get(client)?.get(id);
}

/** An agent remembered for `client` by agent number or by extension (the wire names a colleague's phone by its extension). */
export function knownAgentBy(client: object, key: { agentNum?: string; extension?: string }): FreeAgent | undefined {
  for (const agent of rosters.get(client)?.values() ?? []) {
    if ((key.agentNum && agent.agentNum === key.agentNum) || (key.extension && agent.extension === key.extension)) return agent;
  }
  return undefined;
}

/** `1001 张伟`: how the bar names a colleague (number first, as agents know each other). */
export const agentLabel = (agent: Pick<FreeAgent, 'agentNum' | 'name'>): string => (agent.name ? `${agent.agentNum} ${agent.name}` : agent.agentNum);

/**
 * Free agents now, remembered for the session; fetches the free-agent list (always stale).
 * `refreshMs`: fetch it again that often while mounted, so that colleagues who are free only for a
 * moment between calls (and so could not be named later) are seen too.
 */
export function useAgentRoster(refreshMs?: number): ReadonlyMap<number, FreeAgent> {
  const client = useWinCall();
  const free = useQuery({ ...configQueryOptions(client, 'freeAgents'), ...(refreshMs ? { refetchInterval: refreshMs, refetchIntervalInBackground: true } : {}) });
  return useMemo(() => {
    const roster = rosterOf(client);
    for (const agent of free.data ?? []) roster.set(agent.id, agent);
    return new Map(roster);
  }, [client, free.data]);
}
