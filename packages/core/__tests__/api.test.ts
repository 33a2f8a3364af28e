import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createWinCallClient, WinCallError, type WinCallClient } from '../src';
import { createConfigApi } from '../src/api';
import { chunks } from '../src/client/chunks';
import type { SharedWinCallClient } from '../src/tabs';
import { fakeBrowser } from './support/tabs';

/** A tiny stand-in for a vendor config API on 127.0.0.1, serving canned bodies per tenant. */
const bodies: Record<string, string> = {
  ok: JSON.stringify({
    code: 200,
    message: 'ok',
    data: [
      { ag_id: '2389', pho_num: '8004', ag_name: '郎瑞恒', ag_num: '6158' },
      { ag_id: 2161, pho_num: '8039', ag_name: '招聘2', ag_num: '8039' },
      { ag_id: 'not-a-number', pho_num: '1', ag_name: 'x', ag_num: '1' },
    ],
  }),
  // Both broken examples from the vendor guide, verbatim.
  brokenOnline: '{"code":200,"message":"ok","data":[{"ag_id":"10","pho_num":"1322,"ag_time":"3:59:59"}]}',
  brokenReasons: '{"code":200,"message":"ok","data":[{"id":100,"vcc_id":1,ag_stat":1,"stat_reason":"小休"}]}',
  missing: JSON.stringify({ code: 401, message: 'vcc_code empty', data: [] }),
  unknown: JSON.stringify({ code: 402, message: 'no such vcc', data: [] }),
  notEnvelope: JSON.stringify([1, 2, 3]),
  online: JSON.stringify({ code: 200, message: 'ok', data: [{ ag_id: '10', pho_num: '1322', ag_time: '3:59:59' }] }),
  queues: JSON.stringify({ code: 200, message: 'ok', data: [{ id: 10, que_name: '1322' }, { id: '11', que_name: 'test' }] }),
  reasons: JSON.stringify({ code: 200, message: 'ok', data: [{ id: 100, vcc_id: 1, ag_stat: 1, stat_reason: '小休' }] }),
};

let server: Server;
let base: string;
const requests: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push(req.url ?? '');
    const url = new URL(req.url ?? '/', 'http://x');
    const tenant = url.searchParams.get('vcc_code') ?? '';
    if (tenant === 'http500') {
      res.writeHead(500).end('boom');
      return;
    }
    if (tenant === 'slow') return; // never answers
    res.writeHead(200, { 'content-type': 'application/json' }).end(bodies[tenant] ?? bodies.unknown);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const api = (vccCode: string, timeout?: number) =>
  createConfigApi({ apiUrl: `${base}/`, vccCode, ...(timeout ? { timeout } : {}) });

describe('config API', () => {
  it('calls the documented paths with vcc_code and normalises ids to numbers', async () => {
    const agents = await api('ok').freeAgents();
    expect(agents).toEqual([
      { id: 2389, agentNum: '6158', name: '郎瑞恒', extension: '8004' },
      { id: 2161, agentNum: '8039', name: '招聘2', extension: '8039' },
    ]);
    expect(requests.at(-1)).toBe('/v2/wintelapi/api/agent/free?vcc_code=ok');
  });

  it('parses agents on a call, queues and busy reasons', async () => {
    expect(await api('online').onlineAgents()).toEqual([{ id: 10, extension: '1322', time: '3:59:59', seconds: 14399 }]);
    expect(requests.at(-1)).toBe('/v2/wintelapi/api/agent/ontheline?vcc_code=online');
    expect(await api('queues').queues()).toEqual([
      { id: 10, name: '1322' },
      { id: 11, name: 'test' },
    ]);
    expect(requests.at(-1)).toBe('/v2/wintelapi/api/jsonp/queue/list?vcc_code=queues');
    expect(await api('reasons').busyReasons()).toEqual([{ id: 100, name: '小休', tenantId: 1, agentStatus: 1 }]);
    expect(requests.at(-1)).toBe('/v2/wintelapi/api/busyreason/list?vcc_code=reasons');
  });

  it.each([
    ['missing', 'API_TENANT_MISSING', '企业代码为空'],
    ['unknown', 'API_TENANT_UNKNOWN', '企业代码不存在'],
    ['brokenOnline', 'API_MALFORMED', '配置接口返回的数据无法解析'],
    ['brokenReasons', 'API_MALFORMED', '配置接口返回的数据无法解析'],
    ['notEnvelope', 'API_MALFORMED', '配置接口返回的数据无法解析'],
    ['http500', 'API_HTTP', '配置接口请求失败'],
  ])('tenant %s fails with %s', async (tenant, code, zh) => {
    const error = await api(tenant).onlineAgents().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WinCallError);
    expect(error).toMatchObject({ code, reason: 'api', action: 'api', messageZh: zh });
  });

  it('fails with API_NETWORK when the server does not answer in time or cannot be reached', async () => {
    await expect(api('slow', 200).queues()).rejects.toMatchObject({ code: 'API_NETWORK' });
    const dead = createConfigApi({ apiUrl: 'http://127.0.0.1:9', vccCode: 'x', timeout: 2000 });
    await expect(dead.queues()).rejects.toMatchObject({ code: 'API_NETWORK' });
  });

  it('refuses JSONP outside a browser instead of crashing', async () => {
    const jsonp = createConfigApi({ apiUrl: base, vccCode: 'ok', jsonp: true });
    await expect(jsonp.queues()).rejects.toMatchObject({ code: 'API_NETWORK' });
  });
});

/** `client.api`: the same API, its code (a chunk of its own) fetched on the first call. */
describe('client.api on demand', () => {
  const clients: WinCallClient[] = [];
  afterAll(() => {
    for (const c of clients) c.destroy();
    vi.restoreAllMocks();
  });
  const client = (vccCode: string) => {
    const c = createWinCallClient({ serverUrl: 'http://127.0.0.1:9', vccCode, apiUrl: base, pageLifecycle: false });
    clients.push(c);
    return c;
  };

  it('is fetched on its first call, not before, and answers as the config API does', async () => {
    const load = vi.spyOn(chunks, 'configApi');
    const before = requests.length;
    const api = client('queues').api!;
    expect(Object.keys(api).sort()).toEqual(['busyReasons', 'freeAgents', 'onlineAgents', 'queues']);
    expect(load).not.toHaveBeenCalled();
    expect(requests.slice(before)).toEqual([]);
    expect(await api.queues()).toEqual([
      { id: 10, name: '1322' },
      { id: 11, name: 'test' },
    ]);
    expect(requests.slice(before)).toEqual(['/v2/wintelapi/api/jsonp/queue/list?vcc_code=queues']);
    await api.queues();
    expect(load).toHaveBeenCalledTimes(1);
    expect(createWinCallClient({ serverUrl: 'http://127.0.0.1:9', vccCode: 'x', pageLifecycle: false }).api).toBeNull();
  });

  it('fails with the same typed errors', async () => {
    const error = await client('unknown').api!.busyReasons().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WinCallError);
    expect(error).toMatchObject({ code: 'API_TENANT_UNKNOWN', reason: 'api', action: 'api', messageZh: '企业代码不存在' });
  });

  it('a shared-tab client asks through the same on-demand API, with the `fetch` it was given', async () => {
    const tabs: SharedWinCallClient[] = [];
    const fetched: string[] = [];
    const fetchSpy: typeof fetch = (input, init) => {
      fetched.push(String(input));
      return fetch(input, init);
    };
    const load = vi.spyOn(chunks, 'configApi');
    load.mockClear();
    try {
      const { open } = fakeBrowser(tabs, { options: { vccCode: 'queues', apiUrl: base, fetch: fetchSpy } });
      const tab = open();
      const api = tab.api!;
      expect(Object.keys(api).sort()).toEqual(['busyReasons', 'freeAgents', 'onlineAgents', 'queues']);
      expect(load).not.toHaveBeenCalled();
      expect(await api.queues()).toEqual([
        { id: 10, name: '1322' },
        { id: 11, name: 'test' },
      ]);
      expect(fetched).toEqual([`${base}/v2/wintelapi/api/jsonp/queue/list?vcc_code=queues`]);
      expect(load).toHaveBeenCalledTimes(1);
      expect(fakeBrowser(tabs).open().api).toBeNull();
    } finally {
      for (const tab of tabs) tab.destroy();
    }
  });

  it('a chunk that cannot be fetched fails the call as the network would, and the next call fetches again', async () => {
    const api = client('queues').api!;
    const load = vi.spyOn(chunks, 'configApi');
    load.mockClear().mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'));
    const error = await api.freeAgents().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WinCallError);
    expect(error).toMatchObject({ code: 'API_NETWORK', reason: 'api', action: 'api' });
    expect(await api.queues()).toHaveLength(2);
    expect(load).toHaveBeenCalledTimes(2);
  });
});
