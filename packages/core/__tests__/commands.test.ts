import { afterEach, describe, expect, it } from 'vitest';
import type { WinCallClient } from '../src';
import type { WireCommand } from '../src/protocol';
import type { createFakeTransport} from './support/fakeTransport';
import { result, signedInClient } from './support/fakeTransport';

let client: WinCallClient | undefined;
afterEach(() => client?.destroy());

type Fake = ReturnType<typeof createFakeTransport>;

/** The server messages that put the agent's call in each phase. */
const PHASES: Record<string, object[]> = {
  none: [],
  connected: [{ MT: 3, PhoSta: 5, RingType: 1, OAgId: 0, CallId: 'c1' }, { MT: 3, PhoSta: 6 }],
  held: [{ MT: 3, PhoSta: 5, RingType: 1, OAgId: 0 }, { MT: 3, PhoSta: 6 }, { MT: 1, Retact: 33, Ret: 0, Retmsg: '' }],
  consultConnected: [{ MT: 3, PhoSta: 5, RingType: 1, OAgId: 0 }, { MT: 3, PhoSta: 6 }, { MT: 3, PhoSta: 21 }, { MT: 3, PhoSta: 22 }],
  threeWay: [{ MT: 3, PhoSta: 5, RingType: 1, OAgId: 0 }, { MT: 3, PhoSta: 6 }, { MT: 3, PhoSta: 25 }],
  monitoring: [{ MT: 3, PhoSta: 5, RingType: 3, OAgId: 0 }, { MT: 3, PhoSta: 31 }],
  alwaysOnRinging: [{ MT: 3, PhoSta: 7, RingType: 1, OAgId: 0 }],
  busy: [{ MT: 4, AgSta: 2, AgStaParam: 100 }],
  autoDial: [result(9, 0)],
};

interface Row {
  call: (c: WinCallClient) => Promise<unknown>;
  phase: keyof typeof PHASES;
  wire: WireCommand;
}

/** Every command: the state it needs, and the exact payload the legacy client sent for it (protocol.md §2). */
const ROWS: Record<string, Row> = {
  'busy()': { call: (c) => c.busy(), phase: 'none', wire: { Action: 4, Reason: 1 } },
  'busy(102)': { call: (c) => c.busy(102), phase: 'none', wire: { Action: 4, Reason: 102 } },
  'unbusy()': { call: (c) => c.unbusy(), phase: 'busy', wire: { Action: 5 } },
  'hangup()': { call: (c) => c.hangup(), phase: 'connected', wire: { Action: 23 } },
  'answer()': { call: (c) => c.answer(), phase: 'alwaysOnRinging', wire: { Action: 51 } },
  'hold()': { call: (c) => c.hold(), phase: 'connected', wire: { Action: 33 } },
  'restore()': { call: (c) => c.restore(), phase: 'held', wire: { Action: 34 } },
  'dialInner(3)': { call: (c) => c.dialInner(3), phase: 'none', wire: { Action: 21, AgID: 3, CallerID: '58452440' } },
  'dialInner(3, caller)': {
    call: (c) => c.dialInner(3, { caller: '5845 2441' }),
    phase: 'none',
    wire: { Action: 21, AgID: 3, CallerID: '58452441' },
  },
  'dialOuter(full)': {
    call: (c) => c.dialOuter('13800138000', { caller: '58452441', queueId: 6251, outChannel: 2, projectId: 1, taskId: 11 }),
    phase: 'none',
    wire: { Action: 22, Called: '13800138000', CallerID: '58452441', GroupID: 6251, OutChan: 2, ProID: 1, TaskID: 11 },
  },
  'consultInner(2)': { call: (c) => c.consultInner(2), phase: 'connected', wire: { Action: 24, AgID: 2 } },
  'consultOuter(number)': {
    call: (c) => c.consultOuter('+86 139 0000 1111'),
    phase: 'connected',
    wire: { Action: 25, Called: '8613900001111', Caller: '58452440' },
  },
  'consultBack()': { call: (c) => c.consultBack(), phase: 'consultConnected', wire: { Action: 26 } },
  'transfer()': { call: (c) => c.transfer(), phase: 'consultConnected', wire: { Action: 29 } },
  'threeWay()': { call: (c) => c.threeWay(), phase: 'consultConnected', wire: { Action: 27 } },
  'threeWayBack()': { call: (c) => c.threeWayBack(), phase: 'threeWay', wire: { Action: 28 } },
  'chanspy(1)': { call: (c) => c.chanspy(1), phase: 'none', wire: { Action: 30, AgID: 1 } },
  'intercept()': { call: (c) => c.intercept(), phase: 'monitoring', wire: { Action: 31 } },
  'breakin()': { call: (c) => c.breakin(), phase: 'monitoring', wire: { Action: 32 } },
  'evaluate()': { call: (c) => c.evaluate(), phase: 'connected', wire: { Action: 41 } },
  'dtmf("12#")': { call: (c) => c.dtmf('12#'), phase: 'connected', wire: { Action: 42, Dtmf: '12#' } },
  'transferToIvr()': { call: (c) => c.transferToIvr(), phase: 'connected', wire: { Action: 43, IvrID: 0, IvrParm: 'IVR' } },
  'transferToQueue(6251)': {
    call: (c) => c.transferToQueue(6251),
    phase: 'connected',
    wire: { Action: 44, TransType: 1, TransParam1: 6251 },
  },
  'transferToTenantQueue(7000, 2)': {
    call: (c) => c.transferToTenantQueue(7000, 2),
    phase: 'connected',
    wire: { Action: 47, TransVcc: 2, TransQue: 7000 },
  },
  'blindTransfer(number)': {
    call: (c) => c.blindTransfer('010-5845-2440', { caller: '58452441' }),
    phase: 'connected',
    wire: { Action: 46, Called: '01058452440', Caller: '58452441' },
  },
  'joinAutoDial(1)': { call: (c) => c.joinAutoDial(1), phase: 'none', wire: { Action: 9, ProID: 1 } },
  'leaveAutoDial()': { call: (c) => c.leaveAutoDial(), phase: 'autoDial', wire: { Action: 10 } },
  'query()': { call: (c) => c.query(), phase: 'none', wire: { Action: 6 } },
  'logout()': { call: (c) => c.logout(), phase: 'none', wire: { Action: 1 } },
};

async function signedInWith(messages: object[]): Promise<Fake> {
  const signedIn = await signedInClient();
  client = signedIn.client;
  for (const message of messages) signedIn.fake.push(message);
  return signedIn.fake;
}

describe('every command', () => {
  it.each(Object.entries(ROWS))('%s sends the exact wire payload and resolves on the result', async (_name, row) => {
    const fake = await signedInWith(PHASES[row.phase]!);
    const before = fake.sent.length;
    const earlier = fake.sent.filter((c) => c.Action === row.wire.Action).length;
    const pending = row.call(client!);
    const sent = await fake.waitForAction(row.wire.Action, earlier + 1);
    expect(sent).toEqual(row.wire);
    expect(fake.sent.length).toBe(before + 1);
    fake.push(result(row.wire.Action, 0));
    await expect(pending).resolves.toMatchObject({ code: expect.any(String) });
    expect(client!.getState().pending).toBeNull();
  });

  it.each(Object.entries(ROWS).filter(([, row]) => row.phase !== 'none' && row.phase !== 'busy' && row.phase !== 'autoDial'))(
    '%s is refused locally without a call in the right phase',
    async (_name, row) => {
      const fake = await signedInWith([]);
      const before = fake.sent.length;
      await expect(row.call(client!)).rejects.toMatchObject({ code: 'NOT_AVAILABLE', reason: 'unavailable' });
      expect(fake.sent.length).toBe(before);
    },
  );

  it.each([
    ['dtmf("x")', (c: WinCallClient) => c.dtmf('x')],
    ['busy(-1)', (c: WinCallClient) => c.busy(-1)],
    ['transferToQueue(1.5)', (c: WinCallClient) => c.transferToQueue(1.5)],
    ['joinAutoDial(NaN)', (c: WinCallClient) => c.joinAutoDial(Number.NaN)],
    ['dialOuter(queueId -3)', (c: WinCallClient) => c.dialOuter('13800138000', { queueId: -3 })],
  ])('%s is a programmer error (RangeError), nothing sent', async (_name, call) => {
    const fake = await signedInWith(PHASES.connected!);
    const before = fake.sent.length;
    await expect(call(client!)).rejects.toBeInstanceOf(RangeError);
    expect(fake.sent.length).toBe(before);
  });

  it.each([
    ['consultOuter("")', (c: WinCallClient) => c.consultOuter(''), '025505'],
    ['consultOuter("abc")', (c: WinCallClient) => c.consultOuter('abc'), '025506'],
    ['blindTransfer("13800138000", caller x)', (c: WinCallClient) => c.blindTransfer('13800138000', { caller: 'x' }), '046507'],
  ])('%s fails locally with the legacy code', async (_name, call, code) => {
    await signedInWith(PHASES.connected!);
    await expect(call(client!)).rejects.toMatchObject({ code, reason: 'invalidInput' });
  });
});
