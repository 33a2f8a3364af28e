import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createWinCallClient, WinCallError, type WinCallClient } from '../src';
import { chunks } from '../src/client/chunks';

/** `client.api` is fetched (its chunk) on the first call; a tiny config API on 127.0.0.1 answers it. */
const bodies: Record<string, string> = {
  ok: JSON.stringify({ code: 200, message: 'ok', data: [{ id: 10, que_name: '售前' }, { id: '11', que_name: 'VIP' }] }),
  unknown: JSON.stringify({ code: 402, message: 'no such vcc', data: [] }),
};

let server: Server;
let base: string;
const requests: string[] = [];
beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push(req.url ?? '');
    const tenant = new URL(req.url ?? '/', 'http://x').searchParams.get('vcc_code') ?? '';
    res.writeHead(200, { 'content-type': 'application/json' }).end(bodies[tenant] ?? bodies.unknown);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
const clients: WinCallClient[] = [];
afterAll(async () => {
  for (const client of clients) client.destroy();
  vi.restoreAllMocks();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const client = (vccCode: string) => {
  const c = createWinCallClient({ serverUrl: 'http://127.0.0.1:9', vccCode, apiUrl: base, pageLifecycle: false });
  clients.push(c);
  return c;
};

describe('client.api on demand', () => {
  it('is fetched on its first call, not before, and answers as the config API does', async () => {
    const load = vi.spyOn(chunks, 'configApi');
    const api = client('ok').api!;
    expect(Object.keys(api).sort()).toEqual(['busyReasons', 'freeAgents', 'onlineAgents', 'queues']);
    expect(load).not.toHaveBeenCalled();
    expect(requests).toEqual([]);
    expect(await api.queues()).toEqual([
      { id: 10, name: '售前' },
      { id: 11, name: 'VIP' },
    ]);
    expect(requests).toEqual(['/v2/wintelapi/api/jsonp/queue/list?vcc_code=ok']);
    await api.queues();
    expect(load).toHaveBeenCalledTimes(1);
    expect(createWinCallClient({ serverUrl: 'http://127.0.0.1:9', vccCode: 'x', pageLifecycle: false }).api).toBeNull();
  });

  it('fails with the same typed errors', async () => {
    const error = await client('unknown').api!.busyReasons().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WinCallError);
    expect(error).toMatchObject({ code: 'API_TENANT_UNKNOWN', reason: 'api', action: 'api', messageZh: '企业代码不存在' });
  });

  it('a chunk that cannot be fetched fails the call as the network would, and the next call fetches again', async () => {
    const api = client('ok').api!;
    const load = vi.spyOn(chunks, 'configApi');
    load.mockClear().mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'));
    const error = await api.freeAgents().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WinCallError);
    expect(error).toMatchObject({ code: 'API_NETWORK', reason: 'api', action: 'api' });
    expect(await api.queues()).toHaveLength(2);
    expect(load).toHaveBeenCalledTimes(2);
  });
});
