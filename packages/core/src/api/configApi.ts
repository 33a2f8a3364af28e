import { WinCallError } from '../errors';
import { jsonp } from './jsonp';
import { parseBusyReasons, parseFreeAgents, parseJson, parseOnlineAgents, parseQueues, unwrapEnvelope } from './parse';
import type { ConfigApi, ConfigApiOptions } from './types';

export const CONFIG_PATHS = {
  freeAgents: '/v2/wintelapi/api/agent/free',
  onlineAgents: '/v2/wintelapi/api/agent/ontheline',
  queues: '/v2/wintelapi/api/jsonp/queue/list',
  busyReasons: '/v2/wintelapi/api/busyreason/list',
} as const;

/** Typed fetchers for the four config endpoints (protocol.md §7). */
export function createConfigApi(options: ConfigApiOptions): ConfigApi {
  const base = options.apiUrl.replace(/\/+$/, '');
  const timeout = options.timeout ?? 10_000;

  const get = async (path: string, signal?: AbortSignal): Promise<unknown[]> => {
    const url = `${base}${path}?vcc_code=${encodeURIComponent(options.vccCode)}`;
    if (options.jsonp) return unwrapEnvelope(await jsonp(url, timeout, signal));
    const doFetch = options.fetch ?? globalThis.fetch;
    const controller = new AbortController();
    const abort = () => controller.abort();
    signal?.addEventListener('abort', abort);
    const timer = setTimeout(abort, timeout);
    let response: Response;
    let body: string;
    try {
      response = await doFetch(url, { signal: controller.signal, headers: { accept: 'application/json' } });
      body = await response.text();
    } catch (cause) {
      throw new WinCallError({ code: 'API_NETWORK', action: 'api', reason: 'api', cause });
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', abort);
    }
    if (!response.ok) throw new WinCallError({ code: 'API_HTTP', action: 'api', reason: 'api', ret: response.status });
    return unwrapEnvelope(parseJson(body));
  };

  return {
    freeAgents: async (signal) => parseFreeAgents(await get(CONFIG_PATHS.freeAgents, signal)),
    onlineAgents: async (signal) => parseOnlineAgents(await get(CONFIG_PATHS.onlineAgents, signal)),
    queues: async (signal) => parseQueues(await get(CONFIG_PATHS.queues, signal)),
    busyReasons: async (signal) => parseBusyReasons(await get(CONFIG_PATHS.busyReasons, signal)),
  };
}
