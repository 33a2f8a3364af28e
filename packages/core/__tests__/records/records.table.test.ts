import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CallRecord, CallRecorderMemory, WinCallClient } from '../../src';
import { signedInClient, result, type createFakeTransport } from '../support/fakeTransport';
import { callRecordAt } from '../support/records';
import { loadRecorder } from '../../src/client/records';

// The recorder is a chunk of its own (fetched when records are first wanted): fetched once here, so
// that every client of these tests records from its first frame as a page's later clients do.
beforeAll(() => loadRecorder());

/**
 * Every way a call can end, played as the server would play it, each asserting the whole record
 * and that exactly one is emitted (also after more traffic that must not produce another).
 */

const T0 = 1_700_000_000_000;
type Fake = ReturnType<typeof createFakeTransport>;
type Message = Record<string, unknown>;

const CUSTOMER = { OAgId: 0, Caller: '13800138000', Called: '4008001000', CallId: 'c1', QueId: 6250, ServNum: '4008001000' };
const ring = (extra: Message = {}) => ({ MT: 3, PhoSta: 5, RingType: 1, ...CUSTOMER, ...extra });
const phone = (phoSta: number, extra: Message = {}) => ({ MT: 3, PhoSta: phoSta, ...CUSTOMER, ...extra });
const agent = (agSta: number, param?: number) => ({ MT: 4, AgSta: agSta, ...(param === undefined ? {} : { AgStaParam: param }) });
const OCCUPIED = agent(4);
const IDLE = agent(3);
const ACW = agent(5, 15);

/** The call parameters after these messages, as the client keeps them (every field, as text). */
const paramsOf = (...messages: Message[]) =>
  Object.fromEntries(messages.flatMap((m) => Object.entries(m)).map(([k, v]) => [k, String(v)]));

interface Scene {
  fake: Fake;
  client: WinCallClient;
  records: CallRecord[];
  memory: () => CallRecorderMemory | null;
  /** Advances the clock. */
  tick(ms: number): void;
  /** Sends a command and plays the server's answer. */
  command(run: () => Promise<unknown>, action: number, ret?: number): Promise<void>;
}

const clients: WinCallClient[] = [];
afterEach(() => {
  for (const client of clients.splice(0)) client.destroy();
});

let t = T0;
async function scene(resume: CallRecorderMemory | null = null, signIn: 'fresh' | 'resume' = 'fresh'): Promise<Scene> {
  let memory: CallRecorderMemory | null = null;
  const records: CallRecord[] = [];
  const { fake, client } = await signedInClient(
    { now: () => t, callRecords: { resume: () => resume, onMemory: (m) => void (memory = m) } },
    {
      resume: signIn === 'resume',
      created: (c) => {
        clients.push(c);
        c.on('callRecord', (event) => records.push(event.record));
      },
    },
  );
  return {
    fake,
    client,
    records,
    memory: () => memory,
    tick: (ms) => void (t += ms),
    async command(run, action, ret = 0) {
      const sent = fake.sent.filter((c) => c.Action === action).length;
      const pending = run().catch(() => undefined);
      await fake.waitForAction(action, sent + 1);
      fake.push(result(action, ret));
      await pending;
    },
  };
}

interface Row {
  name: string;
  play(s: Scene, start: number): Promise<void>;
  expected(start: number): CallRecord;
}

const ROWS: Row[] = [
  {
    name: 'inbound queue call, answered, put on hold twice, the customer hangs up, wrap-up, ready',
    async play(s) {
      s.fake.push(ring(), OCCUPIED);
      s.tick(4_000);
      s.fake.push(phone(6));
      s.tick(10_000);
      await s.command(() => s.client.hold(), 33);
      s.tick(3_000);
      await s.command(() => s.client.restore(), 34);
      s.tick(5_000);
      await s.command(() => s.client.hold(), 33);
      s.tick(2_000);
      await s.command(() => s.client.restore(), 34);
      s.tick(6_000);
      s.fake.push(phone(0), ACW);
      s.tick(15_000);
      s.fake.push(IDLE);
    },
    expected: (start) =>
      callRecordAt(start, {
        answeredAt: start + 4_000,
        endedAt: start + 30_000,
        wrapUpEndedAt: start + 45_000,
        ringMs: 4_000,
        talkMs: 21_000,
        hold: { totalMs: 5_000, count: 2 },
        afterCallWorkMs: 15_000,
        endReason: 'remoteHangup',
        params: paramsOf(ring(), phone(6)),
      }),
  },
  {
    name: 'inbound call answered, the agent hangs up, no wrap-up',
    async play(s) {
      s.fake.push(ring(), OCCUPIED);
      s.tick(2_000);
      s.fake.push(phone(6));
      s.tick(8_000);
      await s.command(() => s.client.hangup(), 23);
      s.fake.push(phone(0), IDLE);
    },
    expected: (start) =>
      callRecordAt(start, {
        answeredAt: start + 2_000,
        endedAt: start + 10_000,
        wrapUpEndedAt: start + 10_000,
        ringMs: 2_000,
        talkMs: 8_000,
        endReason: 'agentHangup',
        params: paramsOf(ring(), phone(6)),
      }),
  },
  {
    name: 'inbound call rings out unanswered: missed (the server sets the agent busy)',
    async play(s) {
      s.fake.push(ring(), OCCUPIED);
      s.tick(20_000);
      s.fake.push(phone(0), agent(2, 0));
    },
    expected: (start) =>
      callRecordAt(start, { endedAt: start + 20_000, wrapUpEndedAt: start + 20_000, ringMs: 20_000, endReason: 'missed', missed: true, params: paramsOf(ring()) }),
  },
  {
    name: 'inbound call declined by the agent while ringing',
    async play(s) {
      s.fake.push(ring(), OCCUPIED);
      s.tick(3_000);
      await s.command(() => s.client.hangup(), 23);
      s.fake.push(phone(0), IDLE);
    },
    expected: (start) =>
      callRecordAt(start, { endedAt: start + 3_000, wrapUpEndedAt: start + 3_000, ringMs: 3_000, endReason: 'declined', params: paramsOf(ring()) }),
  },
  {
    name: 'the agent hangs up just as the customer does: the server refuses the hang-up, so the customer ended it',
    async play(s) {
      s.fake.push(ring(), OCCUPIED);
      s.tick(1_000);
      s.fake.push(phone(6));
      s.tick(9_000);
      const hangup = s.client.hangup().catch(() => undefined);
      await s.fake.waitForAction(23);
      s.fake.push(phone(0), IDLE);
      s.tick(50);
      s.fake.push(result(23, 1));
      await hangup;
    },
    expected: (start) =>
      callRecordAt(start, {
        answeredAt: start + 1_000,
        endedAt: start + 10_000,
        wrapUpEndedAt: start + 10_050,
        ringMs: 1_000,
        talkMs: 9_000,
        endReason: 'remoteHangup',
        params: paramsOf(ring(), phone(6)),
      }),
  },
  {
    name: 'outbound call: own phone rings, far end answers, the agent hangs up, wrap-up ended by the agent',
    async play(s) {
      const out = { OAgId: 0, Caller: '58452441', Called: '13900001111', CallId: 'c1' };
      const dial = s.client.dialOuter('139-0000-1111', { caller: '58452441' }).catch(() => undefined);
      await s.fake.waitForAction(22);
      s.fake.push(result(22), OCCUPIED, { MT: 3, PhoSta: 5, RingType: 2, ...out });
      await dial;
      s.tick(1_000);
      s.fake.push({ MT: 3, PhoSta: 10, ...out }, { MT: 3, PhoSta: 4, ...out }, { MT: 3, PhoSta: 55, ...out });
      s.tick(5_000);
      s.fake.push({ MT: 3, PhoSta: 6, ...out });
      s.tick(60_000);
      await s.command(() => s.client.hangup(), 23);
      s.fake.push({ MT: 3, PhoSta: 0, ...out }, ACW);
      s.tick(7_000);
      await s.command(() => s.client.unbusy(), 5);
      s.fake.push(IDLE);
    },
    expected: (start) => {
      const out = { OAgId: 0, Caller: '58452441', Called: '13900001111', CallId: 'c1' };
      return callRecordAt(start, {
        kind: 'outbound',
        direction: 'outbound',
        otherParty: '13900001111',
        callerNumber: '58452441',
        queue: null,
        answeredAt: start + 6_000,
        endedAt: start + 66_000,
        wrapUpEndedAt: start + 73_000,
        ringMs: 6_000,
        talkMs: 60_000,
        afterCallWorkMs: 7_000,
        endReason: 'agentHangup',
        params: paramsOf({ MT: 3, PhoSta: 5, RingType: 2, ...out }, { MT: 3, PhoSta: 6 }),
      });
    },
  },
  {
    name: 'outbound call to a busy number: never connected, failed',
    async play(s) {
      const out = { OAgId: 0, Caller: '58452441', Called: '13900000486', CallId: 'c1' };
      await s.command(() => s.client.dialOuter('13900000486'), 22);
      s.fake.push(OCCUPIED, { MT: 3, PhoSta: 5, RingType: 2, ...out });
      s.tick(2_000);
      s.fake.push({ MT: 3, PhoSta: 10, ...out }, { MT: 3, PhoSta: 0, ...out }, IDLE);
    },
    expected: (start) =>
      callRecordAt(start, {
        kind: 'outbound',
        direction: 'outbound',
        otherParty: '13900000486',
        callerNumber: '58452441',
        queue: null,
        endedAt: start + 2_000,
        wrapUpEndedAt: start + 2_000,
        ringMs: 2_000,
        endReason: 'failed',
        params: paramsOf({ MT: 3, PhoSta: 5, RingType: 2, OAgId: 0, Caller: '58452441', Called: '13900000486', CallId: 'c1' }, { MT: 3, PhoSta: 10 }),
      }),
  },
  {
    name: 'outbound call the server refuses after the phone rang: failed with the result code',
    async play(s) {
      const out = { OAgId: 0, Caller: '58452441', Called: '13900002222', CallId: 'c1' };
      const dial = s.client.dialOuter('13900002222').catch(() => undefined);
      await s.fake.waitForAction(22);
      s.fake.push(OCCUPIED, { MT: 3, PhoSta: 5, RingType: 2, ...out });
      s.tick(1_000);
      s.fake.push(result(22, 3));
      await dial;
      s.fake.push({ MT: 3, PhoSta: 0, ...out }, IDLE);
    },
    expected: (start) =>
      callRecordAt(start, {
        kind: 'outbound',
        direction: 'outbound',
        otherParty: '13900002222',
        callerNumber: '58452441',
        queue: null,
        endedAt: start + 1_000,
        wrapUpEndedAt: start + 1_000,
        ringMs: 1_000,
        endReason: 'failed',
        resultCode: '022003',
        params: paramsOf({ MT: 3, PhoSta: 5, RingType: 2, OAgId: 0, Caller: '58452441', Called: '13900002222', CallId: 'c1' }),
      }),
  },
  {
    name: 'warm transfer to a colleague after a consult',
    async play(s) {
      s.fake.push(ring(), OCCUPIED);
      s.tick(1_000);
      s.fake.push(phone(6));
      s.tick(5_000);
      await s.command(() => s.client.consultInner(2), 24);
      s.fake.push(phone(21));
      s.tick(3_000);
      s.fake.push(phone(22));
      s.tick(4_000);
      await s.command(() => s.client.transfer(), 29);
      s.fake.push(phone(33), phone(0), IDLE);
    },
    expected: (start) =>
      callRecordAt(start, {
        answeredAt: start + 1_000,
        endedAt: start + 13_000,
        wrapUpEndedAt: start + 13_000,
        ringMs: 1_000,
        talkMs: 12_000,
        consults: [{ target: { type: 'agent', agentId: 2 }, at: start + 6_000, connected: true, threeWay: false }],
        transfers: [{ target: { type: 'agent', agentId: 2 }, mode: 'warm', at: start + 13_000 }],
        endReason: 'transferred',
        params: paramsOf(ring(), phone(33)),
      }),
  },
  {
    name: 'blind transfer to a queue; a refused blind transfer before it is not listed',
    async play(s) {
      s.fake.push(ring(), OCCUPIED);
      s.tick(1_000);
      s.fake.push(phone(6));
      s.tick(5_000);
      await s.command(() => s.client.blindTransfer('13700000000'), 46, 1);
      await s.command(() => s.client.transferToQueue(6251), 44);
      s.fake.push(phone(0), IDLE);
    },
    expected: (start) =>
      callRecordAt(start, {
        answeredAt: start + 1_000,
        endedAt: start + 6_000,
        wrapUpEndedAt: start + 6_000,
        ringMs: 1_000,
        talkMs: 5_000,
        transfers: [{ target: { type: 'queue', queueId: 6251 }, mode: 'blind', at: start + 6_000 }],
        endReason: 'transferred',
        params: paramsOf(ring(), phone(6)),
      }),
  },
  {
    name: 'sent to the IVR and back with digits, then the customer hangs up',
    async play(s) {
      s.fake.push(ring(), OCCUPIED);
      s.tick(1_000);
      s.fake.push(phone(6));
      s.tick(2_000);
      await s.command(() => s.client.transferToIvr(), 43);
      s.tick(4_000);
      s.fake.push({ MT: 7, IvrResult: '1#', CallId: 'c1' });
      s.tick(3_000);
      s.fake.push(phone(0), IDLE);
    },
    expected: (start) =>
      callRecordAt(start, {
        answeredAt: start + 1_000,
        endedAt: start + 10_000,
        wrapUpEndedAt: start + 10_000,
        ringMs: 1_000,
        talkMs: 9_000,
        transfers: [{ target: { type: 'ivr' }, mode: 'blind', at: start + 3_000 }],
        ivrDigits: ['1#'],
        endReason: 'remoteHangup',
        params: paramsOf(ring(), phone(6), { MT: 7, IvrResult: '1#', CallId: 'c1' }),
      }),
  },
  {
    name: 'a consult leg: a colleague consults this agent, who answers; the colleague ends it',
    async play(s) {
      const leg = { OAgId: 2, Caller: '8002', Called: '8001', CallId: 'c1' };
      s.fake.push({ MT: 3, PhoSta: 5, RingType: 4, ...leg }, OCCUPIED);
      s.tick(2_000);
      s.fake.push({ MT: 3, PhoSta: 6, ...leg });
      s.tick(9_000);
      s.fake.push({ MT: 3, PhoSta: 0, ...leg }, IDLE);
    },
    expected: (start) => {
      const leg = { OAgId: 2, Caller: '8002', Called: '8001', CallId: 'c1' };
      return callRecordAt(start, {
        kind: 'consult',
        otherParty: '8002',
        callerNumber: '8001',
        queue: null,
        answeredAt: start + 2_000,
        endedAt: start + 11_000,
        wrapUpEndedAt: start + 11_000,
        ringMs: 2_000,
        talkMs: 9_000,
        params: paramsOf({ MT: 3, PhoSta: 5, RingType: 4, ...leg }, { MT: 3, PhoSta: 6 }),
      });
    },
  },
  {
    name: 'a supervisor monitors an agent, then stops',
    async play(s) {
      const spy = { OAgId: 3, Caller: '13800138000', Called: '8003', CallId: 'c1' };
      await s.command(() => s.client.chanspy(3), 30);
      s.fake.push({ MT: 3, PhoSta: 5, RingType: 3, ...spy }, OCCUPIED);
      s.tick(1_000);
      s.fake.push({ MT: 3, PhoSta: 31, ...spy });
      s.tick(30_000);
      await s.command(() => s.client.hangup(), 23);
      s.fake.push({ MT: 3, PhoSta: 0, ...spy }, IDLE);
    },
    expected: (start) => {
      const spy = { OAgId: 3, Caller: '13800138000', Called: '8003', CallId: 'c1' };
      return callRecordAt(start, {
        kind: 'chanspy',
        direction: 'outbound',
        otherParty: '8003',
        callerNumber: '13800138000',
        queue: null,
        answeredAt: start + 1_000,
        endedAt: start + 31_000,
        wrapUpEndedAt: start + 31_000,
        ringMs: 1_000,
        talkMs: 30_000,
        endReason: 'agentHangup',
        params: paramsOf({ MT: 3, PhoSta: 5, RingType: 3, ...spy }, { MT: 3, PhoSta: 31 }),
      });
    },
  },
  {
    name: 'an auto-dial call with project and task, answered, the customer hangs up',
    async play(s) {
      const auto = { OAgId: 0, Caller: '58452440', Called: '13600000001', CallId: 'c1', AcPro: 7, AcTask: 70 };
      s.fake.push({ MT: 3, PhoSta: 5, RingType: 5, ...auto }, OCCUPIED);
      s.tick(1_500);
      s.fake.push({ MT: 3, PhoSta: 6, ...auto });
      s.tick(20_000);
      s.fake.push({ MT: 3, PhoSta: 0, ...auto }, IDLE);
    },
    expected: (start) => {
      const auto = { OAgId: 0, Caller: '58452440', Called: '13600000001', CallId: 'c1', AcPro: 7, AcTask: 70 };
      return callRecordAt(start, {
        kind: 'autocall',
        direction: 'outbound',
        otherParty: '13600000001',
        callerNumber: '58452440',
        queue: null,
        autoDial: { projectId: 7, taskId: 70 },
        answeredAt: start + 1_500,
        endedAt: start + 21_500,
        wrapUpEndedAt: start + 21_500,
        ringMs: 1_500,
        talkMs: 20_000,
        params: paramsOf({ MT: 3, PhoSta: 5, RingType: 5, ...auto }, { MT: 3, PhoSta: 6 }),
      });
    },
  },
  {
    name: 'a supervisor signs the agent out while a call rings: forced sign-out, missed',
    async play(s) {
      s.fake.push(ring(), OCCUPIED);
      s.tick(2_000);
      s.fake.push({ MT: 10, Code: 4 });
    },
    expected: (start) =>
      callRecordAt(start, { endedAt: start + 2_000, wrapUpEndedAt: start + 2_000, ringMs: 2_000, endReason: 'forcedSignOut', missed: true, params: paramsOf(ring()) }),
  },
  {
    name: 'the connection drops mid-call and the resync finds the call over',
    async play(s) {
      s.fake.push(ring(), OCCUPIED);
      s.tick(1_000);
      s.fake.push(phone(6));
      s.tick(4_000);
      s.fake.setStatus('reconnecting');
      s.tick(3_000);
      s.fake.setStatus('connected');
      await s.fake.waitForAction(100, 2);
      s.fake.push(result(100, 1));
      await s.fake.waitForAction(2, 2);
      s.fake.push(result(2, 0));
      await s.fake.waitForAction(6);
      s.fake.push(IDLE);
    },
    // The call died with the connection (+5 s): talk time stops there, not at the resync (+8 s).
    expected: (start) =>
      callRecordAt(start, {
        answeredAt: start + 1_000,
        endedAt: start + 5_000,
        wrapUpEndedAt: start + 8_000,
        ringMs: 1_000,
        talkMs: 4_000,
        endReason: 'connectionLost',
        params: paramsOf(ring(), phone(6)),
      }),
  },
  {
    name: 'the connection drops mid-call, the resync finds it still going; the customer hangs up later',
    async play(s) {
      s.fake.push(ring(), OCCUPIED);
      s.tick(1_000);
      s.fake.push(phone(6));
      s.tick(4_000);
      s.fake.setStatus('reconnecting');
      s.tick(3_000);
      s.fake.setStatus('connected');
      await s.fake.waitForAction(100, 2);
      s.fake.push(result(100, 1));
      await s.fake.waitForAction(2, 2);
      s.fake.push(result(2, 0));
      await s.fake.waitForAction(6);
      s.fake.push(OCCUPIED, phone(6));
      s.tick(2_000);
      s.fake.push(phone(0), IDLE);
    },
    expected: (start) =>
      callRecordAt(start, {
        answeredAt: start + 1_000,
        endedAt: start + 10_000,
        wrapUpEndedAt: start + 10_000,
        ringMs: 1_000,
        talkMs: 9_000,
        endReason: 'remoteHangup',
        params: paramsOf(ring(), phone(6)),
      }),
  },
  {
    name: 'the client gives up reconnecting during a call',
    async play(s) {
      s.fake.push(ring(), OCCUPIED);
      s.tick(1_000);
      s.fake.push(phone(6));
      s.tick(4_000);
      s.fake.setStatus('reconnecting');
      s.tick(30_000);
      s.fake.setStatus('disconnected');
    },
    expected: (start) =>
      callRecordAt(start, {
        answeredAt: start + 1_000,
        endedAt: start + 5_000,
        wrapUpEndedAt: start + 35_000,
        ringMs: 1_000,
        talkMs: 4_000,
        endReason: 'connectionLost',
        params: paramsOf(ring(), phone(6)),
      }),
  },
];

describe('call records: one complete record for every way a call ends', () => {
  it.each(ROWS)('$name', async (row) => {
    const s = await scene();
    s.tick(1_000);
    const start = t;
    await row.play(s, start);
    expect(s.records).toEqual([row.expected(start)]);
    // More traffic after the end never yields a second record for the same call.
    s.fake.push(IDLE, agent(2, 1), IDLE);
    expect(s.records).toHaveLength(1);
    expect(s.memory()?.draft ?? null).toBeNull();
  });

  it('a call still going has no record; the record comes when its wrap-up is over', async () => {
    const s = await scene();
    const start = t;
    s.fake.push(ring(), OCCUPIED, phone(6));
    expect(s.records).toEqual([]);
    s.tick(1_000);
    s.fake.push(phone(0), ACW);
    expect(s.records).toEqual([]);
    s.tick(2_000);
    s.fake.push(ring({ CallId: 'c2' }));
    expect(s.records).toEqual([
      callRecordAt(start, { answeredAt: start, endedAt: start + 1_000, wrapUpEndedAt: start + 3_000, talkMs: 1_000, afterCallWorkMs: 2_000, params: paramsOf(ring(), phone(6)) }),
    ]);
  });
});

describe('call records across a page reload (the record draft kept in the vault)', () => {
  it('a reload mid-call continues the same record: one record, with the times from before the reload', async () => {
    const first = await scene();
    first.tick(1_000);
    const start = t;
    first.fake.push(ring(), OCCUPIED);
    first.tick(2_000);
    first.fake.push(phone(6));
    first.tick(5_000);
    const kept = first.memory();
    first.client.destroy();
    first.tick(4_000);

    const second = await scene(JSON.parse(JSON.stringify(kept)) as CallRecorderMemory, 'resume');
    await second.fake.waitForAction(6);
    second.fake.push(OCCUPIED, phone(6));
    second.tick(3_000);
    second.fake.push(phone(0), IDLE);
    expect(first.records).toEqual([]);
    expect(second.records).toEqual([
      callRecordAt(start, {
        answeredAt: start + 2_000,
        endedAt: start + 14_000,
        wrapUpEndedAt: start + 14_000,
        ringMs: 2_000,
        talkMs: 12_000,
        params: paramsOf(ring(), phone(6)),
      }),
    ]);
  });

  it('a reload during which the call ended: connectionLost, once', async () => {
    const first = await scene();
    const start = t;
    first.fake.push(ring(), OCCUPIED, phone(6));
    first.tick(5_000);
    const kept = first.memory();
    first.client.destroy();
    first.tick(4_000);
    const second = await scene(kept, 'resume');
    await second.fake.waitForAction(6);
    second.fake.push(ACW);
    expect(second.records).toEqual([]);
    second.tick(1_000);
    second.fake.push(IDLE);
    expect(second.records).toEqual([
      callRecordAt(start, {
        answeredAt: start,
        endedAt: start + 9_000,
        wrapUpEndedAt: start + 10_000,
        talkMs: 9_000,
        afterCallWorkMs: 1_000,
        endReason: 'connectionLost',
        params: paramsOf(ring(), phone(6)),
      }),
    ]);
  });

  it('a reload during wrap-up finishes the record after it, with the whole wrap-up time', async () => {
    const first = await scene();
    const start = t;
    first.fake.push(ring(), OCCUPIED, phone(6));
    first.tick(5_000);
    first.fake.push(phone(0), ACW);
    first.tick(2_000);
    const kept = first.memory();
    first.client.destroy();
    first.tick(3_000);
    const second = await scene(kept, 'resume');
    await second.fake.waitForAction(6);
    second.fake.push(agent(5, 10));
    expect(second.records).toEqual([]);
    second.tick(10_000);
    second.fake.push(IDLE);
    expect(second.records).toEqual([
      callRecordAt(start, {
        answeredAt: start,
        endedAt: start + 5_000,
        wrapUpEndedAt: start + 20_000,
        talkMs: 5_000,
        afterCallWorkMs: 15_000,
        params: paramsOf(ring(), phone(6)),
      }),
    ]);
  });

  it('a reload right after a record was emitted never emits it again, even if the same call is reported', async () => {
    const first = await scene();
    first.fake.push(ring(), OCCUPIED, phone(6));
    first.tick(5_000);
    const before = first.memory();
    first.fake.push(phone(0), IDLE);
    expect(first.records).toHaveLength(1);
    const after = first.memory();
    first.client.destroy();
    // A stale vault (the draft from before the end) next to the recent ids of the fresh one.
    const second = await scene({ ...before!, recent: after!.recent }, 'resume');
    await second.fake.waitForAction(6);
    second.fake.push(IDLE);
    expect(second.records).toEqual([]);
  });
});
