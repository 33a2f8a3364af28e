import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { OnlineAgent } from '@wincall/core';
import { configQueryOptions } from '../utils/configQuery';
import { useWinCall } from './useWinCall';

/**
 * Agents on a call, who a supervisor can monitor. Loaded through react-query from the config API; disabled (no data) when
 * the client has no `apiUrl`. Always stale: pickers refetch when opened.
 */
export function useOnlineAgents(): UseQueryResult<OnlineAgent[], Error> {
  const client = useWinCall();
  return useQuery(configQueryOptions(client, 'onlineAgents'));
}
