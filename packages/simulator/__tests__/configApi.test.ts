import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSim, type TestSim } from './support/sim';

const FREE = '/v2/wintelapi/api/agent/free';
const ON_THE_LINE = '/v2/wintelapi/api/agent/ontheline';
const QUEUES = '/v2/wintelapi/api/jsonp/queue/list';
const BUSY_REASONS = '/v2/wintelapi/api/busyreason/list';

describe('config HTTP API (vendor guide §4)', () => {
  let t: TestSim;
  beforeAll(async () => {
    t = await startTestSim();
    await t.agent('1001', '8001');
    await t.agent('1002', '8002', { state: 2 });
    const onCall = await t.agent('1003', '8003');
    await t.post('/sim/calls', { caller: '58450001', agentNum: '1003' });
    await onCall.phone(5);
  });
  afterAll(async () => {
    await t.close();
  });

  it('lists idle agents with the vendor field names', async () => {
    const { status, body, headers } = await t.get(`${FREE}?vcc_code=demo`);
    expect(status).toBe(200);
    expect(headers.get('access-control-allow-origin')).toBe('*');
    expect(body).toEqual({ code: 200, message: 'ok', data: [{ ag_id: '1', ag_num: '1001', ag_name: '张伟', pho_num: '8001' }] });
  });

  it('lists agents on a call with H:MM:SS durations', async () => {
    const { body } = await t.get(`${ON_THE_LINE}?vcc_code=demo`);
    expect(body.code).toBe(200);
    expect(body.data).toEqual([{ ag_id: '3', pho_num: '8003', ag_time: expect.stringMatching(/^\d+:\d\d:\d\d$/) }]);
  });

  it('lists queues (numeric ids) and busy reasons', async () => {
    expect((await t.get(`${QUEUES}?vcc_code=demo`)).body.data).toEqual([
      { id: 6250, que_name: '售前咨询' },
      { id: 6251, que_name: '售后服务' },
    ]);
    expect((await t.get(`${BUSY_REASONS}?vcc_code=demo`)).body.data).toEqual([
      { id: 100, vcc_id: 1, ag_stat: 1, stat_reason: '开会' },
      { id: 101, vcc_id: 1, ag_stat: 1, stat_reason: '午餐' },
      { id: 102, vcc_id: 1, ag_stat: 1, stat_reason: '培训' },
    ]);
  });

  it('keeps tenants apart', async () => {
    expect((await t.get(`${FREE}?vcc_code=acme`)).body.data).toEqual([]);
    expect((await t.get(`${QUEUES}?vcc_code=acme`)).body.data).toEqual([{ id: 7000, que_name: 'Support' }]);
    expect((await t.get(`${BUSY_REASONS}?vcc_code=acme`)).body.data).toEqual([{ id: 200, vcc_id: 2, ag_stat: 1, stat_reason: 'Break' }]);
  });

  it.each([FREE, ON_THE_LINE, QUEUES, BUSY_REASONS])('%s: code 401 without vcc_code, 402 for an unknown one, HTTP 200 both', async (path) => {
    const missing = await t.get(path);
    expect(missing.status).toBe(200);
    expect(missing.body).toMatchObject({ code: 401, data: [] });
    const unknown = await t.get(`${path}?vcc_code=nobody`);
    expect(unknown.status).toBe(200);
    expect(unknown.body).toMatchObject({ code: 402, data: [] });
  });

  it('answers JSONP with a valid callback name', async () => {
    const { status, text, headers } = await t.get(`${QUEUES}?vcc_code=demo&jsonpcallback=jQuery_123.cb$`);
    expect(status).toBe(200);
    expect(headers.get('content-type')).toMatch(/^application\/javascript/);
    expect(text.startsWith('jQuery_123.cb$(')).toBe(true);
    expect(JSON.parse(text.slice('jQuery_123.cb$('.length, -1))).toMatchObject({ code: 200 });
  });

  it.each(['alert(1)//', '1abc', '<script>', 'a'.repeat(65), ''])('refuses the callback %j with a 400 JSON error, never reflecting it', async (name) => {
    const { status, text, headers } = await t.get(`${QUEUES}?vcc_code=demo&jsonpcallback=${encodeURIComponent(name)}`);
    expect(status).toBe(400);
    expect(headers.get('content-type')).toMatch(/^application\/json/);
    if (name) expect(text).not.toContain(name);
  });

  it('answers CORS preflights', async () => {
    const response = await fetch(`${t.url}${FREE}?vcc_code=demo`, { method: 'OPTIONS' });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('404s unknown config paths', async () => {
    expect((await t.get('/v2/wintelapi/api/nothing?vcc_code=demo')).status).toBe(404);
  });
});
