import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { WrapUpCode } from '@wincall/core';
import { retryDelay } from '../utils/configQuery';
import { useWinCall } from './useWinCall';

/**
 * The wrap-up codes of the client's `wrapUp` option (a list, or the integrator's own endpoint):
 * through react-query, fetched when first needed and kept for five minutes. Empty without the
 * option.
 */
export function useWrapUpCodes(): UseQueryResult<readonly WrapUpCode[], Error> {
  const client = useWinCall();
  return useQuery({
    queryKey: ['wincall', client.vccCode, 'wrapUpCodes'] as const,
    queryFn: () => client.wrapUpCodes(),
    staleTime: 5 * 60_000,
    retry: 2,
    retryDelay,
  });
}
