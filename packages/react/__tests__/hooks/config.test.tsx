import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { WinCallError } from '@wincall/core';
import {
  configQueryKey,
  useBusyReasons,
  useFreeAgents,
  useOnlineAgents,
  useQueueOptions,
  useQueues,
  useRecentNumbers,
} from '../../src';
import { retryConfig } from '../../src/utils/configQuery';
import { createConfigFetch } from '../support/fakeServer';
import { createHarness, signIn } from '../support/render';

const API = 'http://config.test';

describe('config lists', () => {
  it('load busy reasons, queues, free and on-the-line agents from the config API', async () => {
    const config = createConfigFetch();
    vi.stubGlobal('fetch', config.fetch);
    const harness = createHarness({ apiUrl: API });
    const view = renderHook(
      () => ({ reasons: useBusyReasons(), queues: useQueues(), free: useFreeAgents(), online: useOnlineAgents() }),
      { wrapper: harness.wrapper },
    );
    await waitFor(() => expect(view.result.current.online.data).toBeDefined());
    await waitFor(() => expect(view.result.current.reasons.data).toHaveLength(3));
    expect(view.result.current.reasons.data?.[1]).toMatchObject({ id: 101, name: '午餐' });
    expect(view.result.current.queues.data).toEqual([
      { id: 6250, name: '售前咨询' },
      { id: 6251, name: '售后服务' },
    ]);
    expect(view.result.current.free.data?.[0]).toEqual({ id: 2, agentNum: '1002', name: '李四', extension: '8002' });
    expect(view.result.current.online.data?.[0]).toMatchObject({ id: 4, extension: '8004', seconds: 65 });
  });

  it('keys the cache by tenant, so two tenants never share a list', async () => {
    vi.stubGlobal('fetch', createConfigFetch().fetch);
    const harness = createHarness({ apiUrl: API });
    const view = renderHook(() => useQueues(), { wrapper: harness.wrapper });
    await waitFor(() => expect(view.result.current.isSuccess).toBe(true));
    expect(configQueryKey('demo', 'queues')).toEqual(['wincall', 'demo', 'queues']);
    expect(harness.queryClient.getQueryData(['wincall', 'demo', 'queues'])).toHaveLength(2);
  });

  it('stay idle without a config API', async () => {
    const config = createConfigFetch();
    vi.stubGlobal('fetch', config.fetch);
    const harness = createHarness();
    const view = renderHook(() => useBusyReasons(), { wrapper: harness.wrapper });
    expect(view.result.current.fetchStatus).toBe('idle');
    expect(view.result.current.data).toBeUndefined();
    expect(config.calls).toEqual([]);
  });

  it('do not retry a wrong tenant code, and fail with its text', async () => {
    const config = createConfigFetch();
    vi.stubGlobal('fetch', async (input: string) => {
      config.calls.push(input);
      return new Response(JSON.stringify({ code: 402, message: 'unknown', data: null }), { status: 200 });
    });
    const harness = createHarness({ apiUrl: API });
    const view = renderHook(() => useQueues(), { wrapper: harness.wrapper });
    await waitFor(() => expect(view.result.current.isError).toBe(true));
    expect(config.calls).toHaveLength(1);
    expect((view.result.current.error as WinCallError).text('zh-CN')).toBe('企业代码不存在');
  });

  it('retry other failures twice', () => {
    const network = new WinCallError({ code: 'API_NETWORK', action: 'api', reason: 'api' });
    expect([0, 1, 2].map((n) => retryConfig(n, network))).toEqual([true, true, false]);
    expect(retryConfig(0, new WinCallError({ code: 'API_TENANT_MISSING', action: 'api', reason: 'api' }))).toBe(false);
  });
});

describe('useQueueOptions', () => {
  it('names the agent’s queues from the config list', async () => {
    vi.stubGlobal('fetch', createConfigFetch({ '/v2/wintelapi/api/jsonp/queue/list': [{ id: 6250, que_name: '售前咨询' }] }).fetch);
    const harness = createHarness({ apiUrl: API });
    const view = renderHook(() => useQueueOptions('agent'), { wrapper: harness.wrapper });
    await act(() => signIn(harness.client));
    await waitFor(() => expect(view.result.current.query.isSuccess).toBe(true));
    expect(view.result.current.queues).toEqual([{ id: 6250, name: '售前咨询' }, { id: 6251 }]);
  });
});

describe('useRecentNumbers', () => {
  it('keeps the last ten numbers, newest first, without duplicates, for the tab', () => {
    const first = renderHook(() => useRecentNumbers('recent'));
    act(() => {
      for (let i = 0; i < 12; i++) first.result.current.add(`1380000000${i % 11}`);
      first.result.current.add(' 13800000003 ');
    });
    expect(first.result.current.numbers[0]).toBe('13800000003');
    expect(first.result.current.numbers).toHaveLength(10);
    expect(new Set(first.result.current.numbers).size).toBe(10);
    const again = renderHook(() => useRecentNumbers('recent'));
    expect(again.result.current.numbers).toEqual(first.result.current.numbers);
  });

  it('falls back to memory when storage is unavailable', () => {
    vi.stubGlobal('sessionStorage', {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
      clear: () => undefined,
    });
    const view = renderHook(() => useRecentNumbers('recent'));
    act(() => view.result.current.add('139'));
    expect(view.result.current.numbers).toEqual(['139']);
  });
});
