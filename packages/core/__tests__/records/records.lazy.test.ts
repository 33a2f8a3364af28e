import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import type { CallRecord, WinCallClient } from '../../src';
import { chunks } from '../../src/client/chunks';
import { signedInClient, result, type createFakeTransport } from '../support/fakeTransport';
import { callRecordAt, countingRecorders } from '../support/records';

/**
 * The call-record builder is a chunk of its own, fetched when records are first wanted. These
 * tests watch the loader (`chunks.records`): what a client fetches, and what the recorder is fed
 * once it arrives. The tests depend on their order: the first fetch of the file is held back
 * until the test releases it, later clients find the recorder already in.
 */

const T0 = 1_700_000_000_000;
let t = T0;
const CUSTOMER = { OAgId: 0, Caller: '13800138000', Called: '4008001000', CallId: 'c1', QueId: 6250, ServNum: '4008001000' };
const SECOND = { ...CUSTOMER, Caller: '13900139000', CallId: 'c2' };
const ring = (who = CUSTOMER) => ({ MT: 3, PhoSta: 5, RingType: 1, ...who });
const phone = (phoSta: number, who = CUSTOMER) => ({ MT: 3, PhoSta: phoSta, ...who });
const OCCUPIED = { MT: 4, AgSta: 4 };
const IDLE = { MT: 4, AgSta: 3 };
const ACW = { MT: 4, AgSta: 5, AgStaParam: 15 };

// The loader, watched: how often it is called, and how many inputs its recorders are fed.
const realLoad = chunks.records;
const realConfigApi = chunks.configApi;
let fed = 0;
let release: () => void = () => undefined;
const firstFetch = new Promise<void>((resolve) => (release = resolve));
const loadRecords = vi.spyOn(chunks, 'records').mockImplementation(async () => {
  const chunk = await realLoad();
  await firstFetch;
  return countingRecorders(chunk, () => fed++);
});
const loadConfigApi = vi.spyOn(chunks, 'configApi');
afterAll(() => {
  vi.restoreAllMocks();
  chunks.records = realLoad;
  chunks.configApi = realConfigApi;
});

interface Agent {
  fake: ReturnType<typeof createFakeTransport>;
  client: WinCallClient;
  records: CallRecord[];
  listen(): void;
}

const clients: WinCallClient[] = [];
afterEach(() => {
  for (const client of clients.splice(0)) client.destroy();
});

async function signedIn(count: number, apiUrl?: string): Promise<Agent[]> {
  return Promise.all(
    Array.from({ length: count }, async () => {
      const { fake, client } = await signedInClient({ now: () => t, ...(apiUrl ? { apiUrl } : {}) }, { created: (c) => clients.push(c) });
      const records: CallRecord[] = [];
      return { fake, client, records, listen: () => void client.on('callRecord', (event) => records.push(event.record)) };
    }),
  );
}

/** The same server traffic and the same agent's clicks, on every client at once. */
function stage(agents: Agent[]) {
  return {
    push: (...messages: object[]) => agents.forEach((a) => a.fake.push(...messages)),
    async command(run: (client: WinCallClient) => Promise<unknown>, action: number) {
      for (const a of agents) {
        const sent = a.fake.sent.filter((c) => c.Action === action).length;
        const pending = run(a.client).catch(() => undefined);
        await a.fake.waitForAction(action, sent + 1);
        a.fake.push(result(action));
        await pending;
      }
    },
  };
}

/**
 * A queue call answered, held, a colleague consulted and taken back, the customer hangs up,
 * 15 s of wrap-up (ending while a query is unanswered); then a second call that the customer
 * ends. `at` runs the listeners' subscriptions.
 */
async function playCalls(agents: Agent[], at: (moment: 'ringing' | 'consulting' | 'wrapUp' | 'idle') => void) {
  const s = stage(agents);
  s.push(ring(), OCCUPIED);
  at('ringing');
  t += 2_000;
  s.push(phone(6));
  t += 4_000;
  await s.command((c) => c.hold(), 33);
  t += 3_000;
  await s.command((c) => c.restore(), 34);
  await s.command((c) => c.consultInner(2), 24);
  s.push(phone(21));
  at('consulting');
  t += 1_000;
  s.push(phone(22));
  t += 5_000;
  await s.command((c) => c.consultBack(), 26);
  s.push(phone(6));
  t += 6_000;
  s.push(phone(0), ACW);
  at('wrapUp');
  t += 15_000;
  // Wrap-up ends while a state query waits for its answer: the record is out before anything is settled.
  const queries = agents.map((a) => a.client.query().catch(() => undefined));
  await Promise.all(agents.map((a) => a.fake.waitForAction(6, a.fake.sent.filter((c) => c.Action === 6).length)));
  s.push(IDLE);
  at('idle');
  s.push(result(6));
  await Promise.all(queries);
  t += 60_000;
  s.push(ring(SECOND), OCCUPIED, phone(6, SECOND));
  t += 30_000;
  s.push(phone(0, SECOND), IDLE);
}

const expectedFirst = (start: number) =>
  callRecordAt(start, {
    answeredAt: start + 2_000,
    endedAt: start + 21_000,
    wrapUpEndedAt: start + 36_000,
    ringMs: 2_000,
    talkMs: 16_000,
    hold: { totalMs: 3_000, count: 1 },
    afterCallWorkMs: 15_000,
    consults: [{ target: { type: 'agent', agentId: 2 }, at: start + 9_000, connected: true, threeWay: false }],
    params: expect.any(Object),
  });

describe('call records on demand', () => {
  it('a client that never asks for records never fetches the recorder, nor the config API it never calls', async () => {
    const [a] = await signedIn(1, 'http://127.0.0.1:9');
    const ended: unknown[] = [];
    a!.client.on('callEnded', (event) => ended.push(event.call));
    a!.client.on('stateChanged', () => undefined);
    await playCalls([a!], () => undefined);
    expect(ended).toHaveLength(2);
    expect(a!.client.api).not.toBeNull();
    expect(loadRecords).not.toHaveBeenCalled();
    expect(loadConfigApi).not.toHaveBeenCalled();
  });

  it('a listener that subscribes mid-call, or during its wrap-up, gets exactly the record a listener from the start gets; one after the call gets only the next call', async () => {
    // While the recorder is still being fetched (held back until the calls are over): nothing is lost.
    const agents = await signedIn(4);
    const [fromStart, midCall, wrapUp, after] = agents as [Agent, Agent, Agent, Agent];
    fromStart.listen();
    const start = t;
    await playCalls(agents, (moment) => {
      if (moment === 'consulting') midCall.listen();
      if (moment === 'wrapUp') wrapUp.listen();
      if (moment === 'idle') after.listen();
    });
    expect(agents.map((a) => a.records)).toEqual([[], [], [], []]);
    expect(loadRecords).toHaveBeenCalled();
    release();
    await expect.poll(() => fromStart.records.length).toBe(2);
    await expect.poll(() => after.records.length).toBe(1);
    expect(fromStart.records[0]).toEqual(expectedFirst(start));
    expect(midCall.records).toEqual(fromStart.records);
    expect(wrapUp.records).toEqual(fromStart.records);
    expect(after.records).toEqual([fromStart.records[1]]);

    // Once the recorder is in, a late listener gets the same at once.
    const again = await signedIn(3);
    const [first, middle, late] = again as [Agent, Agent, Agent];
    first.listen();
    const second = t;
    await playCalls(again, (moment) => {
      if (moment === 'consulting') middle.listen();
      if (moment === 'idle') late.listen();
    });
    expect(first.records).toHaveLength(2);
    expect(first.records[0]).toEqual(expectedFirst(second));
    expect(middle.records).toEqual(first.records);
    expect(late.records).toEqual([first.records[1]]);
  });

  it('a record that was emitted before anyone listened is not emitted to a later listener', async () => {
    const agents = await signedIn(2);
    const [fromStart, late] = agents as [Agent, Agent];
    fromStart.listen();
    const s = stage(agents);
    s.push(ring(), OCCUPIED, phone(6));
    t += 5_000;
    // The next call rings during wrap-up: the first one's record is emitted then.
    s.push(phone(0), ACW, ring(SECOND), OCCUPIED);
    expect(fromStart.records.map((r) => r.callId)).toEqual(['c1']);
    late.listen();
    s.push(phone(6, SECOND));
    t += 5_000;
    s.push(phone(0, SECOND), IDLE);
    expect(fromStart.records.map((r) => r.callId)).toEqual(['c1', 'c2']);
    expect(late.records).toEqual([fromStart.records[1]]);

  });

  it('without a listener the client keeps no more than the call in progress, however many calls went before', async () => {
    /** How many inputs the recorder is fed when `agent` starts listening. */
    const replayed = (agent: Agent) => {
      const before = fed;
      agent.listen();
      return fed - before;
    };
    const agents = await signedIn(2);
    const [fresh, veteran] = agents as [Agent, Agent];
    const veteranOnly = stage([veteran]);
    for (let call = 0; call < 200; call++) {
      await playCalls([veteran], () => undefined);
      veteranOnly.push({ MT: 4, AgSta: 2, AgStaParam: 1 }, IDLE);
    }
    // Idle after 400 calls: nothing to replay.
    expect(replayed(veteran)).toBe(0);
    const again = await signedIn(1);
    let sameCallFresh = 0;
    let sameCallVeteran = 0;
    const [other] = again as [Agent];
    for (let call = 0; call < 50; call++) await playCalls([other], () => undefined);
    await playCalls([fresh, other], (moment) => {
      if (moment !== 'wrapUp') return;
      sameCallFresh = replayed(fresh);
      sameCallVeteran = replayed(other);
    });
    // During a call's wrap-up: that call's inputs only, the same as a client whose first call it is.
    expect(sameCallFresh).toBeGreaterThan(10);
    expect(sameCallVeteran).toBe(sameCallFresh);
    expect(other.records).toEqual(fresh.records);
    expect(other.records).toHaveLength(2);
  });
});
