import { CONFIG_PATHS } from '@wincall/core/api';
import type { DirectoryList, SimulatorModel } from '@wincall/simulator/model';

const LIST_OF_PATH: Readonly<Record<string, DirectoryList>> = {
  [CONFIG_PATHS.freeAgents]: 'freeAgents',
  [CONFIG_PATHS.onlineAgents]: 'agentsOnCall',
  [CONFIG_PATHS.queues]: 'queues',
  [CONFIG_PATHS.busyReasons]: 'busyReasons',
};

/** Any base URL will do: requests never leave the page. */
export const DIRECTORY_URL = 'http://simulator.invalid';

/**
 * A `fetch` for the client's config API that answers from the in-page model, in the vendor's
 * `{code, message, data}` envelope (always HTTP 200, like the vendor), so the pickers get their
 * lists without a server.
 */
export function directoryFetch(model: SimulatorModel): typeof fetch {
  return async (input) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const list = LIST_OF_PATH[url.pathname];
    if (!list) return new Response('not found', { status: 404 });
    const answer = model.directory(list, url.searchParams.get('vcc_code') ?? undefined);
    return new Response(JSON.stringify(answer), { status: 200, headers: { 'content-type': 'application/json' } });
  };
}
