import { useCallback } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { configQueryOptions, type ConfigList } from '../utils/configQuery';
import { useWinCall } from './useWinCall';

/**
 * An `onOpen` handler for a picker of a config list: when the user turns to the list, it is
 * fetched again if stale (always, for the agent lists) or failed; a fetch in flight is reused.
 * Nothing happens without a config API.
 */
export function useRefreshOnOpen(list: ConfigList, onOpen?: () => void): () => void {
  const client = useWinCall();
  const queryClient = useQueryClient();
  return useCallback(() => {
    if (client.api) void queryClient.prefetchQuery(configQueryOptions(client, list));
    onOpen?.();
  }, [client, queryClient, list, onOpen]);
}
