import { WinCallError } from '../errors';
import type { ConfigApi, ConfigApiOptions } from '../api/types';
import type { WinCallClientOptions } from './options';

/**
 * The parts of a client that a page pays for only when it uses them, each a chunk of its own
 * fetched by `import()` on first use: the call-record builder (client/records.ts) and the config
 * HTTP API. One object, so that tests can watch what a client fetched.
 */
export const chunks = {
  records: () => import('../records/recorder'),
  configApi: () => import('../api/configApi'),
};

/**
 * `client.api`: the same methods and errors as `createConfigApi`, whose code is fetched on the
 * first call. A chunk that cannot be fetched fails the call as the network would (`API_NETWORK`).
 */
export function lazyConfigApi(options: ConfigApiOptions): ConfigApi {
  let api: Promise<ConfigApi> | undefined;
  const load = () =>
    (api ??= chunks.configApi().then(
      (chunk) => chunk.createConfigApi(options),
      (cause: unknown) => {
        api = undefined;
        throw new WinCallError({ code: 'API_NETWORK', action: 'api', reason: 'api', cause });
      },
    ));
  const call = <K extends keyof ConfigApi>(name: K) =>
    (async (signal?: AbortSignal) => (await load())[name](signal)) as ConfigApi[K];
  return { freeAgents: call('freeAgents'), onlineAgents: call('onlineAgents'), queues: call('queues'), busyReasons: call('busyReasons') };
}

/** A client's `api` from its options: null without `apiUrl`. Shared by the client and the shared-tab client. */
export function clientApi(options: Pick<WinCallClientOptions, 'apiUrl' | 'vccCode' | 'jsonp' | 'fetch'>): ConfigApi | null {
  const { apiUrl, vccCode, jsonp, fetch } = options;
  return apiUrl ? lazyConfigApi({ apiUrl, vccCode, jsonp, fetch }) : null;
}
