import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CallRecord, SharedWinCallClient, VaultRecord } from '../../src';
import { result, INIT_OK, type createFakeTransport } from '../support/fakeTransport';
import { fakeBrowser } from '../support/tabs';
import { callRecordAt } from '../support/records';
import { loadRecorder } from '../../src/client/records';

// The recorder is a chunk of its own (fetched when records are first wanted): fetched once here, so
// that every client of these tests records from its first frame as a page's later clients do.
beforeAll(() => loadRecorder());

const tabs: SharedWinCallClient[] = [];
afterEach(() => {
  for (const tab of tabs.splice(0)) tab.destroy();
});

let t = 1_800_000_000_000;
const now = () => t;

function browser(vault: Map<string, VaultRecord>, channelName = `records-${Math.random()}`) {
  const { open: openTab, transports } = fakeBrowser(tabs, { vault, channelName, options: { now } });
  const open = () => {
    const tab = openTab();
    const records: CallRecord[] = [];
    tab.on('callRecord', (event) => records.push(event.record));
    return { tab, records };
  };
  return { open, transports };
}

async function serveSignIn(fake: ReturnType<typeof createFakeTransport>, resume = false) {
  await vi.waitFor(() => expect(fake.sent.some((c) => c.Action === 100)).toBe(true));
  fake.push(resume ? result(100, 1) : INIT_OK);
  await vi.waitFor(() => expect(fake.sent.some((c) => c.Action === 2)).toBe(true));
  fake.push(result(2, resume ? 1 : 0));
}

const CALL = { OAgId: 0, Caller: '13800138000', Called: '4008001000', CallId: 'h1', QueId: 6250, ServNum: '4008001000' };
const RING = { MT: 3, PhoSta: 5, RingType: 1, ...CALL };
const TALK = { MT: 3, PhoSta: 6, ...CALL };
const END = { MT: 3, PhoSta: 0, ...CALL };

const expected = (start: number, answeredAt: number, endedAt: number): CallRecord =>
  callRecordAt(start, {
    id: `h1:${start}`,
    callId: 'h1',
    callIds: ['h1'],
    answeredAt,
    endedAt,
    wrapUpEndedAt: endedAt,
    ringMs: answeredAt - start,
    talkMs: endedAt - answeredAt,
    params: Object.fromEntries(Object.entries({ ...RING, ...TALK }).map(([k, v]) => [k, String(v)])),
  });

describe('call records with several tabs', () => {
  it('the leader records, every follower gets the same record once', async () => {
    const { open, transports } = browser(new Map());
    const a = open();
    const b = open();
    const c = open();
    await vi.waitFor(() => expect(a.tab.role).toBe('leader'));
    const login = b.tab.login({ agentNum: '1001', password: 'pw', extension: '8001' });
    await serveSignIn(transports[0]!);
    await login;
    const start = t;
    transports[0]!.push(RING, { MT: 4, AgSta: 4 });
    t += 2_000;
    transports[0]!.push(TALK);
    t += 5_000;
    transports[0]!.push(END, { MT: 4, AgSta: 3 });
    await vi.waitFor(() => expect(c.records).toHaveLength(1));
    await vi.waitFor(() => expect(b.records).toHaveLength(1));
    const record = expected(start, start + 2_000, start + 7_000);
    expect(a.records).toEqual([record]);
    expect(b.records).toEqual([record]);
    expect(c.records).toEqual([record]);
  });

  it('the leader tab closes mid-call: the next leader finishes the same record, once', async () => {
    const { open, transports } = browser(new Map());
    const a = open();
    const b = open();
    await vi.waitFor(() => expect(a.tab.role).toBe('leader'));
    const login = a.tab.login({ agentNum: '1001', password: 'pw', extension: '8001' });
    await serveSignIn(transports[0]!);
    await login;
    const start = t;
    transports[0]!.push(RING, { MT: 4, AgSta: 4 });
    t += 1_000;
    transports[0]!.push(TALK);
    await vi.waitFor(() => expect(b.tab.getState().call?.phase).toBe('connected'));
    t += 4_000;
    a.tab.destroy();
    await vi.waitFor(() => expect(b.tab.role).toBe('leader'));
    const next = transports[1]!;
    await serveSignIn(next, true);
    await vi.waitFor(() => expect(next.sent.some((cmd) => cmd.Action === 6)).toBe(true));
    t += 1_000;
    next.push({ MT: 4, AgSta: 4 }, TALK);
    t += 3_000;
    next.push(END, { MT: 4, AgSta: 3 });
    await vi.waitFor(() => expect(b.records).toHaveLength(1));
    expect(a.records).toEqual([]);
    expect(b.records).toEqual([expected(start, start + 1_000, start + 9_000)]);
  });

  it('a reload mid-call (the draft kept in the vault) finishes the same record once', async () => {
    const vault = new Map<string, VaultRecord>();
    const first = browser(vault, 'records-reload');
    const before = first.open();
    await vi.waitFor(() => expect(before.tab.role).toBe('leader'));
    const login = before.tab.login({ agentNum: '1001', password: 'pw', extension: '8001' });
    await serveSignIn(first.transports[0]!);
    await login;
    const start = t;
    first.transports[0]!.push(RING, { MT: 4, AgSta: 4 });
    t += 3_000;
    first.transports[0]!.push(TALK);
    t += 2_000;
    before.tab.destroy();
    // The password never reaches the record memory.
    expect(JSON.stringify([...vault.values()][0]?.calls)).not.toContain('pw');

    const reloaded = browser(vault, 'records-reload');
    const after = reloaded.open();
    await vi.waitFor(() => expect(reloaded.transports).toHaveLength(1));
    await serveSignIn(reloaded.transports[0]!, true);
    await vi.waitFor(() => expect(reloaded.transports[0]!.sent.some((cmd) => cmd.Action === 6)).toBe(true));
    reloaded.transports[0]!.push({ MT: 4, AgSta: 4 }, TALK);
    t += 5_000;
    reloaded.transports[0]!.push(END, { MT: 4, AgSta: 3 });
    await vi.waitFor(() => expect(after.records).toHaveLength(1));
    expect(before.records).toEqual([]);
    expect(after.records).toEqual([expected(start, start + 3_000, start + 10_000)]);
  });
});
