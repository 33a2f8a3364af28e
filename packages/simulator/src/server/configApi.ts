import type { ServerResponse } from 'node:http';
import type { DirectoryList, SimulatorModel } from '../model';
import { send, sendJson } from './http';

/** The vendor's config API paths (vendor guide §4) and the list each one returns. */
const LISTS: Readonly<Record<string, DirectoryList>> = {
  '/v2/wintelapi/api/agent/free': 'freeAgents',
  '/v2/wintelapi/api/agent/ontheline': 'agentsOnCall',
  '/v2/wintelapi/api/jsonp/queue/list': 'queues',
  '/v2/wintelapi/api/busyreason/list': 'busyReasons',
};

/** Only a plain JS identifier path may be echoed back as a JSONP callback: never reflect other text. */
const CALLBACK = /^[A-Za-z_$][\w$.]{0,63}$/;

/** True when the path is a config API path (answered here, whatever the outcome). */
export function isConfigPath(pathname: string): boolean {
  return pathname.startsWith('/v2/wintelapi/');
}

/**
 * GET a list for `vcc_code`. Like the vendor, the HTTP status is 200 and `code` says 200 / 401 / 402;
 * with `jsonpcallback` the body is `NAME({...})` as JavaScript.
 */
export function handleConfig(model: SimulatorModel, method: string, url: URL, res: ServerResponse): void {
  const list = LISTS[url.pathname];
  if (!list || (method !== 'GET' && method !== 'HEAD')) {
    sendJson(res, 404, { code: 404, message: 'not found', data: [] });
    return;
  }
  const callback = url.searchParams.get('jsonpcallback');
  if (callback !== null && !CALLBACK.test(callback)) {
    sendJson(res, 400, { code: 400, message: 'invalid jsonpcallback', data: [] });
    return;
  }
  const answer = model.directory(list, url.searchParams.get('vcc_code') ?? undefined);
  if (callback === null) {
    sendJson(res, 200, answer);
    return;
  }
  // U+2028/2029 are valid in JSON but ended a line in older JavaScript engines.
  const json = JSON.stringify(answer).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
  send(res, 200, 'application/javascript; charset=utf-8', `${callback}(${json})`);
}
