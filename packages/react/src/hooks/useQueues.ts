import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { Queue } from '@wincall/core';
import { configQueryOptions } from '../utils/configQuery';
import { useWinCall } from './useWinCall';

/**
 * The tenant's queues with their names. Loaded through react-query from the config API; disabled (no data) when
 * the client has no `apiUrl`. Change rarely.
 */
export function useQueues(): UseQueryResult<Queue[], Error> {
  const client = useWinCall();
  return useQuery(configQueryOptions(client, 'queues'));
}
