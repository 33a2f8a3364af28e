import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { BusyReason } from '@wincall/core';
import { configQueryOptions } from '../utils/configQuery';
import { useWinCall } from './useWinCall';

/**
 * The tenant's busy reasons (for the busy-reason picker). Loaded through react-query from the config API; disabled (no data) when
 * the client has no `apiUrl`. Change rarely.
 */
export function useBusyReasons(): UseQueryResult<BusyReason[], Error> {
  const client = useWinCall();
  return useQuery(configQueryOptions(client, 'busyReasons'));
}
