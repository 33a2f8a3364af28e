import type { FetchQueryOptions } from '@tanstack/react-query';
import { WinCallError, type ConfigApi, type WinCallClient } from '@wincall/core';

/** The config lists, by their `ConfigApi` method names. */
export type ConfigList = keyof ConfigApi;

/** What each list resolves to. */
export type ConfigData = { [L in ConfigList]: Awaited<ReturnType<ConfigApi[L]>> };

export type ConfigQueryKey = readonly ['wincall', string, ConfigList];

/** `['wincall', vccCode, list]`: lists of different tenants never mix in one cache. */
export function configQueryKey(vccCode: string, list: ConfigList): ConfigQueryKey {
  return ['wincall', vccCode, list] as const;
}

/** A wrong or missing tenant code will not fix itself; anything else is retried twice. */
export function retryConfig(failureCount: number, error: Error): boolean {
  if (error instanceof WinCallError && (error.code === 'API_TENANT_MISSING' || error.code === 'API_TENANT_UNKNOWN')) {
    return false;
  }
  return failureCount < 2;
}

export const retryDelay = (attempt: number) => Math.min(500 * 2 ** attempt, 4000);

/**
 * How long a list stays fresh: busy reasons and queues change rarely; who is free or on a call
 * changes by the second, so those are always stale and refetched whenever a picker opens.
 */
export const STALE_TIME: Readonly<Record<ConfigList, number>> = {
  busyReasons: 5 * 60_000,
  queues: 5 * 60_000,
  freeAgents: 0,
  onlineAgents: 0,
};

export function configQueryOptions<L extends ConfigList>(
  client: WinCallClient,
  list: L,
): FetchQueryOptions<ConfigData[L], Error, ConfigData[L], ConfigQueryKey> & { enabled: boolean } {
  const api = client.api;
  return {
    queryKey: configQueryKey(client.vccCode, list),
    queryFn: ({ signal }) => {
      // `enabled` keeps this from running without an api; the check only narrows the type.
      if (!api) throw new WinCallError({ code: 'API_HTTP', action: 'api', reason: 'api' });
      return api[list](signal) as Promise<ConfigData[L]>;
    },
    enabled: api !== null,
    staleTime: STALE_TIME[list],
    retry: retryConfig,
    retryDelay,
  };
}
