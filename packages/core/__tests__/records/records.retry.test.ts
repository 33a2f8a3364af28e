import { afterAll, describe, expect, it, vi } from 'vitest';
import type { CallRecord, LogEntry } from '../../src';
import { chunks } from '../../src/client/chunks';
import { signedInClient } from '../support/fakeTransport';
import { callRecordAt, countingRecorders } from '../support/records';

/**
 * The recorder's chunk could not be fetched (the network was gone for a moment): the client tries
 * again where a call ends or starts, keeping meanwhile no more than the call in progress, and the
 * call during which it finally arrives is recorded whole. A file of its own: the chunk, once
 * fetched, stays in for every later client of the page.
 */

const realLoad = chunks.records;
afterAll(() => {
  vi.restoreAllMocks();
  chunks.records = realLoad;
});

const CUSTOMER = { OAgId: 0, Caller: '13800138000', Called: '4008001000', QueId: 6250, ServNum: '4008001000' };
const OFFLINE = new TypeError('Failed to fetch dynamically imported module');

describe('call records when the recorder cannot be fetched', () => {
  it('are fetched again where a call starts or ends, keep no more than the latest call meanwhile, and that call is recorded whole', async () => {
    let t = 1_700_000_000_000;
    let fed = 0;
    const load = vi.spyOn(chunks, 'records').mockRejectedValue(OFFLINE);
    const logs: LogEntry[] = [];
    const { fake, client } = await signedInClient({ now: () => t, logger: (entry) => void logs.push(entry) });
    const records: CallRecord[] = [];
    const call = (id: string) => ({ ...CUSTOMER, CallId: id });

    // The listener comes while call 0 is in progress; the fetch fails.
    fake.push({ MT: 3, PhoSta: 5, RingType: 1, ...call('c0') }, { MT: 4, AgSta: 4 }, { MT: 3, PhoSta: 6, ...call('c0') });
    client.on('callRecord', (event) => records.push(event.record));
    await vi.waitFor(() => expect(logs.filter((entry) => entry.level === 'warn')).toHaveLength(1));
    expect(logs.filter((entry) => entry.level === 'warn')[0]).toMatchObject({ message: expect.stringContaining('call records'), data: OFFLINE });

    // 30 calls while it keeps failing: one attempt where each call starts and one where it ends.
    const attempts = () => load.mock.calls.length;
    const settled = async (count: number) => {
      await vi.waitFor(() => expect(attempts()).toBe(count));
      await vi.waitFor(() => expect(logs.filter((entry) => entry.level === 'warn')).toHaveLength(count));
    };
    const ring = (id: string) => fake.push({ MT: 3, PhoSta: 5, RingType: 1, ...call(id) }, { MT: 4, AgSta: 4 });
    const hangUp = (id: string) => fake.push({ MT: 3, PhoSta: 0, ...call(id) }, { MT: 4, AgSta: 3 });
    await settled(1);
    for (let n = 0; n < 30; n++) {
      if (n > 0) {
        ring(`c${n}`);
        fake.push({ MT: 3, PhoSta: 6, ...call(`c${n}`) });
        await settled(2 * n + 1);
      }
      t += 10_000;
      hangUp(`c${n}`);
      await settled(2 * n + 2);
    }
    expect(records).toEqual([]);

    // Call 30: both attempts fail (where it starts, where it ends); the network is back when
    // call 31 rings, and call 30, kept meanwhile, is recorded whole.
    const start = t;
    ring('c30');
    await settled(61);
    t += 2_000;
    fake.push({ MT: 3, PhoSta: 6, ...call('c30') });
    t += 5_000;
    hangUp('c30');
    await settled(62);
    load.mockImplementation(async () => countingRecorders(await realLoad(), () => fed++));
    t += 60_000;
    ring('c31');
    await vi.waitFor(() => expect(records).toHaveLength(1));
    expect(records[0]).toEqual(
      callRecordAt(start, {
        id: `c30:${start}`,
        callId: 'c30',
        callIds: ['c30'],
        answeredAt: start + 2_000,
        endedAt: start + 7_000,
        wrapUpEndedAt: start + 7_000,
        ringMs: 2_000,
        talkMs: 5_000,
        params: expect.any(Object),
      }),
    );
    expect(attempts()).toBe(63);
    // From call 30's start: no more than its inputs and call 31's first ones were kept.
    expect(fed).toBeGreaterThanOrEqual(7);
    expect(fed).toBeLessThanOrEqual(10);

    // From then on, records come as the calls end.
    hangUp('c31');
    await vi.waitFor(() => expect(records.map((record) => record.callId)).toEqual(['c30', 'c31']));
    expect(records[1]).toMatchObject({ startedAt: start + 67_000, missed: true });
    expect(attempts()).toBe(63);
    client.destroy();
  });
});
