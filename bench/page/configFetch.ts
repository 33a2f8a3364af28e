/** The seed tenant's config API, answered in the page (the lists the bar's pickers load). */
const LISTS: Record<string, unknown[]> = {
  '/v2/wintelapi/api/busyreason/list': [
    { id: 100, vcc_id: 1, ag_stat: 1, stat_reason: '开会' },
    { id: 101, vcc_id: 1, ag_stat: 1, stat_reason: '午餐' },
    { id: 102, vcc_id: 1, ag_stat: 1, stat_reason: '培训' },
  ],
  '/v2/wintelapi/api/jsonp/queue/list': [
    { id: 6250, que_name: '售前咨询' },
    { id: 6251, que_name: '售后服务' },
  ],
  '/v2/wintelapi/api/agent/free': [
    { ag_id: 2, ag_num: '1002', ag_name: '李娜', pho_num: '8002' },
    { ag_id: 3, ag_num: '1003', ag_name: '王芳', pho_num: '8003' },
  ],
  '/v2/wintelapi/api/agent/ontheline': [{ ag_id: 4, pho_num: '8004', ag_time: '0:01:05' }],
};

export const CONFIG_API_URL = 'http://config.bench.invalid';

/** Counts requests per path; every answer is a fresh body with the same data, like a real refetch. */
export function createConfigFetch() {
  const requests = new Map<string, number>();
  const fetch = async (input: string | URL | Request): Promise<Response> => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    requests.set(url.pathname, (requests.get(url.pathname) ?? 0) + 1);
    const data = LISTS[url.pathname];
    if (!data) return new Response('not found', { status: 404 });
    return new Response(JSON.stringify({ code: 200, message: 'ok', data }), { status: 200 });
  };
  return { fetch, requests };
}
