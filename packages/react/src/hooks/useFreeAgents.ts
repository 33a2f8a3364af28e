import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { FreeAgent } from '@wincall/core';
import { configQueryOptions } from '../utils/configQuery';
import { useWinCall } from './useWinCall';

/**
 * Idle agents, who can be called or consulted. Loaded through react-query from the config API; disabled (no data) when
 * the client has no `apiUrl`. Always stale: pickers refetch when opened.
 */
export function useFreeAgents(): UseQueryResult<FreeAgent[], Error> {
  const client = useWinCall();
  return useQuery(configQueryOptions(client, 'freeAgents'));
}
