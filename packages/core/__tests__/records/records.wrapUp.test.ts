import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createWinCallClient, WinCallError, type CallRecord, type SharedWinCallClient, type WinCallClient, type WinCallClientOptions } from '../../src';
import { loadRecorder } from '../../src/client/records';
import { result, signedInClient, type createFakeTransport } from '../support/fakeTransport';
import { fakeBrowser } from '../support/tabs';

// The recorder is a chunk of its own: fetched once here, as a page's later clients have it.
beforeAll(() => loadRecorder());

/**
 * Wrap-up codes and a note (issue 24): set during the call or in after-call work, kept in the
 * state, saved into the call's record; with `required`, Ready waits for a code and so does the
 * record (until the next call starts).
 */

type Fake = ReturnType<typeof createFakeTransport>;
const CODES = [
  { id: 'resolved', label: '已解决' },
  { id: 'callback', label: '需回电' },
];
const CUSTOMER = { OAgId: 0, Caller: '13800138000', Called: '4008001000', QueId: 6250, ServNum: '4008001000' };
const ring = (callId = 'c1') => ({ MT: 3, PhoSta: 5, RingType: 1, ...CUSTOMER, CallId: callId });
const phone = (phoSta: number, callId = 'c1') => ({ MT: 3, PhoSta: phoSta, ...CUSTOMER, CallId: callId });
const OCCUPIED = { MT: 4, AgSta: 4 };
const ACW = { MT: 4, AgSta: 5, AgStaParam: 30 };
const IDLE = { MT: 4, AgSta: 3 };

let t = 1_700_000_000_000;
const clients: WinCallClient[] = [];
const tabs: SharedWinCallClient[] = [];
afterEach(() => {
  for (const client of clients.splice(0)) client.destroy();
  for (const tab of tabs.splice(0)) tab.destroy();
});

async function agent(wrapUp: WinCallClientOptions['wrapUp'], listen = true) {
  const records: CallRecord[] = [];
  const { fake, client } = await signedInClient(
    { now: () => t, ...(wrapUp ? { wrapUp } : {}) },
    {
      created: (c) => {
        clients.push(c);
        if (listen) c.on('callRecord', (event) => records.push(event.record));
      },
    },
  );
  return { fake, client, records };
}

/** A queue call answered after 2 s, 10 s of talk, ended by the customer into after-call work. */
function talkThenWrapUp(fake: Fake, callId = 'c1') {
  fake.push(ring(callId), OCCUPIED);
  t += 2_000;
  fake.push(phone(6, callId));
  t += 10_000;
  fake.push(phone(0, callId), ACW);
}

describe('wrap-up codes and a note', () => {
  it('optional: a code and a note set during the call and changed in after-call work go into the record', async () => {
    const { fake, client, records } = await agent({ codes: CODES });
    expect(await client.wrapUpCodes()).toEqual(CODES);
    fake.push(ring(), OCCUPIED);
    expect(client.getState().wrapUp).toBeNull();
    t += 2_000;
    fake.push(phone(6));
    const start = client.getState().call!.startedAt;
    expect(client.getState().wrapUp).toEqual({ callStartedAt: start, code: null, label: null, note: '' });
    await client.setWrapUp({ code: 'callback', note: '客户要求<b>明天</b>回电' });
    expect(client.getState().wrapUp).toMatchObject({ code: 'callback', label: '需回电' });
    t += 10_000;
    fake.push(phone(0), ACW);
    await client.setWrapUp({ code: 'resolved', note: '客户要求<b>明天</b>回电' });
    // Optional: Ready does not wait.
    expect(client.unavailableReason('unbusy')).toBeNull();
    t += 5_000;
    fake.push(IDLE);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      endReason: 'remoteHangup',
      afterCallWorkMs: 5_000,
      wrapUp: { code: 'resolved', label: '已解决', note: '客户要求<b>明天</b>回电' },
      wrapUpMissing: false,
    });
    expect(client.getState().wrapUp).toBeNull();
  });

  it('optional, nothing set: the record has no wrap-up; a missed ring never opens one', async () => {
    const { fake, client, records } = await agent({ codes: CODES });
    talkThenWrapUp(fake);
    t += 3_000;
    fake.push(IDLE);
    fake.push(ring('c2'), OCCUPIED);
    t += 20_000;
    expect(client.getState().wrapUp).toBeNull();
    fake.push(phone(0, 'c2'), { MT: 4, AgSta: 2, AgStaParam: 0 });
    expect(records.map((r) => [r.endReason, r.wrapUp, r.wrapUpMissing])).toEqual([
      ['remoteHangup', null, false],
      ['missed', null, false],
    ]);
    await expect(client.setWrapUp({ code: 'resolved', note: '' })).rejects.toMatchObject({ code: 'NO_WRAP_UP' });
  });

  it('without the option there is no wrap-up at all', async () => {
    const { fake, client, records } = await agent(undefined);
    expect(await client.wrapUpCodes()).toEqual([]);
    talkThenWrapUp(fake);
    expect(client.getState().wrapUp).toBeNull();
    await expect(client.setWrapUp({ code: null, note: 'x' })).rejects.toBeInstanceOf(WinCallError);
    fake.push(IDLE);
    expect(records[0]).toMatchObject({ wrapUp: null, wrapUpMissing: false });
  });

  it('required: Ready and dialling wait for a code, nothing is sent; the code lets the agent go', async () => {
    const { fake, client, records } = await agent({ codes: CODES, required: true });
    talkThenWrapUp(fake);
    expect(client.unavailableReason('unbusy')).toBe('wrapUpRequired');
    expect(client.unavailableReason('dialouter')).toBe('wrapUpRequired');
    // Busy stays possible (the record then waits); the state says the same as the guard.
    expect(client.unavailableReason('busy')).toBeNull();
    expect(client.getState().availableActions).not.toContain('unbusy');
    const sent = fake.sent.length;
    const refused = (await client.unbusy().then(
      () => null,
      (error: unknown) => error,
    )) as WinCallError;
    expect(refused).toMatchObject({ code: 'WRAP_UP_REQUIRED', action: 'unbusy', reason: 'unavailable' });
    expect([refused.messageZh, refused.messageEn]).toEqual(['请先选择话后代码', 'choose a wrap-up code first']);
    expect(fake.sent).toHaveLength(sent);
    await client.setWrapUp({ code: 'resolved', note: '' });
    expect(client.unavailableReason('unbusy')).toBeNull();
    const ready = client.unbusy();
    await fake.waitForAction(5);
    t += 4_000;
    fake.push(result(5), IDLE);
    await ready;
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ wrapUp: { code: 'resolved', label: '已解决', note: '' }, wrapUpMissing: false });
  });

  it('required: the server ends after-call work without a code, the record waits for it and keeps the wrap-up times', async () => {
    const { fake, client, records } = await agent({ codes: CODES, required: true });
    talkThenWrapUp(fake);
    const endedAt = t;
    t += 30_000;
    fake.push(IDLE);
    expect(records).toEqual([]);
    // Still open: the bar offers it, Ready is no longer in question (the agent is idle).
    expect(client.getState().wrapUp).toMatchObject({ code: null });
    t += 7_000;
    await client.setWrapUp({ code: 'callback', note: '明天上午' });
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      endedAt,
      wrapUpEndedAt: endedAt + 30_000,
      afterCallWorkMs: 30_000,
      wrapUp: { code: 'callback', label: '需回电', note: '明天上午' },
      wrapUpMissing: false,
    });
    expect(client.getState().wrapUp).toBeNull();
  });

  it('required: the next call starts first, so the record goes without a code (its note kept) and says so', async () => {
    const { fake, client, records } = await agent({ codes: CODES, required: true });
    talkThenWrapUp(fake);
    await client.setWrapUp({ code: null, note: '没说完' });
    t += 30_000;
    fake.push(IDLE);
    expect(records).toEqual([]);
    t += 5_000;
    fake.push(ring('c2'), OCCUPIED);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ callId: 'c1', wrapUp: { code: null, label: null, note: '没说完' }, wrapUpMissing: true, afterCallWorkMs: 30_000 });
    // The new call's wrap-up opens fresh when it connects.
    expect(client.getState().wrapUp).toBeNull();
    fake.push(phone(6, 'c2'));
    expect(client.getState().wrapUp).toMatchObject({ code: null, note: '' });
  });

  it('required: signing out without a code sends the record with wrapUpMissing', async () => {
    const { fake, client, records } = await agent({ codes: CODES, required: true });
    talkThenWrapUp(fake);
    const out = client.logout();
    await fake.waitForAction(1);
    fake.push(result(1));
    await out;
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ wrapUp: null, wrapUpMissing: true });
    expect(client.getState().wrapUp).toBeNull();
  });

  it('a listener that subscribes while the record waits for its code still gets the whole record', async () => {
    const { fake, client } = await agent({ codes: CODES, required: true }, false);
    talkThenWrapUp(fake);
    t += 30_000;
    fake.push(IDLE);
    const late: CallRecord[] = [];
    client.on('callRecord', (event) => late.push(event.record));
    await client.setWrapUp({ code: 'resolved', note: '' });
    await vi.waitFor(() => expect(late).toHaveLength(1));
    expect(late[0]).toMatchObject({ callId: 'c1', talkMs: 10_000, afterCallWorkMs: 30_000, wrapUp: { code: 'resolved' } });
  });

  it('codes from a function are fetched once, and again after a failure', async () => {
    const codes = vi.fn<() => Promise<typeof CODES>>().mockRejectedValueOnce(new Error('502')).mockResolvedValue(CODES);
    const { fake, client } = await agent({ codes });
    talkThenWrapUp(fake);
    const failure = await client.setWrapUp({ code: 'resolved', note: '' }).catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: 'WRAP_UP_CODES', reason: 'api' });
    expect((failure as WinCallError).messageZh).toBe('话后代码列表加载失败');
    await client.setWrapUp({ code: 'resolved', note: '' });
    await client.wrapUpCodes();
    expect(codes).toHaveBeenCalledTimes(2);
    expect(client.getState().wrapUp).toMatchObject({ code: 'resolved', label: '已解决' });
  });

  it('bad input gets a clear typed error, never a state change', async () => {
    const { fake, client } = await agent({ codes: CODES });
    talkThenWrapUp(fake);
    const before = client.getState();
    await expect(client.setWrapUp({ code: 'nope', note: '' })).rejects.toBeInstanceOf(RangeError);
    await expect(client.setWrapUp({ code: null, note: 'x'.repeat(1001) })).rejects.toBeInstanceOf(RangeError);
    await expect(client.setWrapUp({ code: 7 as unknown as string, note: '' })).rejects.toBeInstanceOf(TypeError);
    await expect(client.setWrapUp(null as unknown as { code: null; note: string })).rejects.toBeInstanceOf(TypeError);
    expect(client.getState()).toBe(before);
    expect(() => createWinCallClient({ vccCode: 'demo', transport: fake.transport, wrapUp: { codes: [{ id: '', label: 'x' }] } })).toThrow(TypeError);
    expect(() => createWinCallClient({ vccCode: 'demo', transport: fake.transport, wrapUp: { codes: CODES, required: 'yes' as unknown as boolean } })).toThrow(TypeError);
    expect(() => createWinCallClient({ vccCode: 'demo', transport: fake.transport, wrapUp: { codes: [...CODES, CODES[0]!] } })).toThrow(/twice/);
  });
});

describe('blind transfer to an agent', () => {
  it("sends BLIND TRANSFER with the colleague's extension, and the record names the agent", async () => {
    const { fake, client, records } = await agent(undefined);
    fake.push(ring(), OCCUPIED);
    t += 1_000;
    fake.push(phone(6));
    t += 5_000;
    const transfer = client.blindTransfer('8002', { agentId: 2 });
    expect(await fake.waitForAction(46)).toEqual({ Action: 46, Called: '8002', Caller: '58452440' });
    fake.push(result(46), phone(0), IDLE);
    await transfer;
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ endReason: 'transferred', transfers: [{ target: { type: 'agent', agentId: 2 }, mode: 'blind' }] });
    await expect(client.blindTransfer('8002', { agentId: -1 })).rejects.toBeInstanceOf(RangeError);
  });
});

describe('wrap-up with several tabs', () => {
  it("a follower tab's choice is the leader's: every tab shows it and every record carries it", async () => {
    const { open, transports } = fakeBrowser(tabs, { options: { now: () => t, wrapUp: { codes: CODES, required: true } } });
    const a = open();
    const b = open();
    await vi.waitFor(() => expect(a.role).toBe('leader'));
    const records: CallRecord[] = [];
    b.on('callRecord', (event) => records.push(event.record));
    const login = b.login({ agentNum: '1001', password: 'pw', extension: '8001' });
    const fake = transports[0]!;
    await vi.waitFor(() => expect(fake.sent.some((c) => c.Action === 100)).toBe(true));
    fake.push(result(100, 0, JSON.stringify([[6250], ['58452440'], ''])));
    await vi.waitFor(() => expect(fake.sent.some((c) => c.Action === 2)).toBe(true));
    fake.push(result(2));
    await login;
    talkThenWrapUp(fake);
    await vi.waitFor(() => expect(b.getState().agent.status).toBe('afterCallWork'));
    expect(b.unavailableReason('unbusy')).toBe('wrapUpRequired');
    await expect(b.setWrapUp({ code: 'unknown', note: '' })).rejects.toBeInstanceOf(RangeError);
    await b.setWrapUp({ code: 'callback', note: '晚上再打' });
    await vi.waitFor(() => expect(a.getState().wrapUp).toMatchObject({ code: 'callback', label: '需回电', note: '晚上再打' }));
    expect(b.getState().wrapUp).toMatchObject({ code: 'callback' });
    expect(b.unavailableReason('unbusy')).toBeNull();
    fake.push(IDLE);
    await vi.waitFor(() => expect(records).toHaveLength(1));
    expect(records[0]).toMatchObject({ wrapUp: { code: 'callback', label: '需回电', note: '晚上再打' }, wrapUpMissing: false });
  });
});
