import { describe, expect, inject, it } from 'vitest';
import { createConfigApi, JSONP_CALLBACK_PATTERN } from '../../src/api';

describe('config API over JSONP (opt-in)', () => {
  it('loads queues with a generated, validated callback name and cleans up after itself', async () => {
    const api = createConfigApi({ apiUrl: inject('simUrl'), vccCode: 'demo', jsonp: true });
    const scriptsBefore = document.querySelectorAll('script').length;
    const queues = await api.queues();
    expect(queues).toEqual([
      { id: 6250, name: '售前咨询' },
      { id: 6251, name: '售后服务' },
    ]);
    expect(document.querySelectorAll('script').length).toBe(scriptsBefore);
    const leftovers = Object.keys(window).filter((k) => k.startsWith('__wincallJsonp'));
    expect(leftovers.length).toBeGreaterThan(0);
    for (const name of leftovers) expect(name).toMatch(JSONP_CALLBACK_PATTERN);
  });

  it('reports a tenant the server does not know', async () => {
    const api = createConfigApi({ apiUrl: inject('simUrl'), vccCode: 'nobody', jsonp: true });
    await expect(api.busyReasons()).rejects.toMatchObject({ code: 'API_TENANT_UNKNOWN' });
  });

  it('reports an unreachable server as a network error', async () => {
    const api = createConfigApi({ apiUrl: 'http://127.0.0.1:9', vccCode: 'demo', jsonp: true, timeout: 2_000 });
    await expect(api.queues()).rejects.toMatchObject({ code: 'API_NETWORK' });
  });

  it('can be cancelled', async () => {
    const api = createConfigApi({ apiUrl: inject('simUrl'), vccCode: 'demo', jsonp: true });
    const controller = new AbortController();
    const pending = api.freeAgents(controller.signal);
    controller.abort();
    await expect(pending).rejects.toMatchObject({ code: 'API_NETWORK' });
  });
});
