import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WinCall } from '../../src/compat';
import { listenerFields } from './fakeSocket';
import { createHarness } from './harness';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

type Call = (w: WinCall) => unknown;

/** Each `fn_*` command: the call, when the legacy client allowed it, and what it put on the wire. */
const COMMANDS: { name: string; call: Call; when: 'signedIn' | 'inCall' | 'notInCall'; wire: object[] }[] = [
  { name: 'fn_logout()', call: (w) => w.fn_logout(), when: 'signedIn', wire: [{ Action: 1 }] },
  { name: 'fn_busy()', call: (w) => w.fn_busy(), when: 'notInCall', wire: [{ Action: 4, Reason: 1 }] },
  { name: "fn_busy('101')", call: (w) => w.fn_busy('101'), when: 'notInCall', wire: [{ Action: 4, Reason: 101 }] },
  { name: "fn_busy('lunch')", call: (w) => w.fn_busy('lunch'), when: 'notInCall', wire: [{ Action: 4, Reason: 0 }] },
  { name: 'fn_unbusy()', call: (w) => w.fn_unbusy(), when: 'notInCall', wire: [{ Action: 5 }] },
  { name: 'fn_hangup()', call: (w) => w.fn_hangup(), when: 'signedIn', wire: [{ Action: 23 }] },
  { name: 'fn_answer()', call: (w) => w.fn_answer(), when: 'signedIn', wire: [] },
  { name: 'fn_hold()', call: (w) => w.fn_hold(), when: 'inCall', wire: [{ Action: 33 }] },
  { name: 'fn_restore()', call: (w) => w.fn_restore(), when: 'inCall', wire: [{ Action: 34 }] },
  {
    name: "fn_dialinner('2389', '58452440')",
    call: (w) => w.fn_dialinner('2389', '58452440'),
    when: 'notInCall',
    wire: [{ Action: 21, AgID: 2389, CallerID: '58452440' }],
  },
  {
    name: "fn_dialouter('138 0013-8000', '+58452440', '6250', '2', '7', '9')",
    call: (w) => w.fn_dialouter('138 0013-8000', '+58452440', '6250', '2', '7', '9'),
    when: 'notInCall',
    wire: [{ Action: 22, Called: '13800138000', CallerID: '58452440', GroupID: 6250, OutChan: 2, ProID: 7, TaskID: 9 }],
  },
  {
    name: "fn_dialouter('+86 138-0013-8000 ')",
    call: (w) => w.fn_dialouter('+86 138-0013-8000 '),
    when: 'notInCall',
    wire: [{ Action: 22, Called: '8613800138000', CallerID: '', GroupID: 0, OutChan: 0, ProID: 0, TaskID: 0 }],
  },
  { name: "fn_consultinner('2389')", call: (w) => w.fn_consultinner('2389'), when: 'inCall', wire: [{ Action: 24, AgID: 2389 }] },
  {
    name: "fn_consultouter('010-1234 5678', '58452440')",
    call: (w) => w.fn_consultouter('010-1234 5678', '58452440'),
    when: 'inCall',
    wire: [{ Action: 25, Called: '01012345678', Caller: '58452440' }],
  },
  { name: 'fn_consultback()', call: (w) => w.fn_consultback(), when: 'inCall', wire: [{ Action: 26 }] },
  { name: 'fn_transfer()', call: (w) => w.fn_transfer(), when: 'inCall', wire: [{ Action: 29 }] },
  { name: 'fn_3way()', call: (w) => w.fn_3way(), when: 'inCall', wire: [{ Action: 27 }] },
  { name: 'fn_3wayback()', call: (w) => w.fn_3wayback(), when: 'inCall', wire: [{ Action: 28 }] },
  { name: "fn_chanspy('2389')", call: (w) => w.fn_chanspy('2389'), when: 'signedIn', wire: [{ Action: 30, AgID: 2389 }] },
  { name: 'fn_intercept()', call: (w) => w.fn_intercept(), when: 'signedIn', wire: [{ Action: 31 }] },
  { name: 'fn_breakin()', call: (w) => w.fn_breakin(), when: 'signedIn', wire: [{ Action: 32 }] },
  { name: 'fn_evaluate()', call: (w) => w.fn_evaluate(), when: 'inCall', wire: [{ Action: 41 }] },
  { name: "fn_dtmf('5')", call: (w) => w.fn_dtmf('5'), when: 'inCall', wire: [{ Action: 42, Dtmf: '5' }] },
  { name: "fn_autocallin('12')", call: (w) => w.fn_autocallin('12'), when: 'signedIn', wire: [{ Action: 9, ProID: 12 }] },
  { name: 'fn_autocallout()', call: (w) => w.fn_autocallout(), when: 'signedIn', wire: [{ Action: 10 }] },
  { name: 'fn_transivr()', call: (w) => w.fn_transivr(), when: 'signedIn', wire: [{ Action: 43, IvrID: 0, IvrParm: 'IVR' }] },
  {
    name: 'fn_transque(6251)',
    call: (w) => w.fn_transque(6251),
    when: 'signedIn',
    wire: [{ Action: 44, TransType: 1, TransParam1: 6251 }],
  },
  {
    name: "fn_transvccque('6251', '3')",
    call: (w) => w.fn_transvccque('6251', '3'),
    when: 'signedIn',
    wire: [{ Action: 47, TransVcc: 3, TransQue: 6251 }],
  },
  {
    name: "fn_bindtrans('13800138000', '58452440')",
    call: (w) => w.fn_bindtrans('13800138000', '58452440'),
    when: 'signedIn',
    wire: [{ Action: 46, Called: '13800138000', Caller: '58452440' }],
  },
];

/** A signed-in facade, in a connected call or not. */
function signedIn(inCall: boolean) {
  const h = createHarness().signIn();
  if (inCall) h.connectCall();
  return { h, before: h.sent.length };
}

describe('fn_* commands', () => {
  it.each(COMMANDS)('$name sends exactly $wire', ({ call, when, wire }) => {
    const { h, before } = signedIn(when === 'inCall');
    expect(call(h.wincall)).toBeUndefined();
    expect(h.sent.slice(before)).toEqual(wire);
  });

  it.each(COMMANDS)('$name sends nothing and returns false when not signed in', ({ call }) => {
    const h = createHarness();
    h.wincall.init();
    h.socket.serverConnect();
    const before = h.responses.length;
    expect(call(h.wincall)).toBe(false);
    expect(h.sent).toEqual([]);
    expect(h.responses).toHaveLength(before);
  });

  it.each(COMMANDS.filter((c) => c.when !== 'signedIn'))(
    '$name sends nothing and returns false $when is not the case',
    ({ call, when }) => {
      const { h, before } = signedIn(when === 'notInCall');
      expect(call(h.wincall)).toBe(false);
      expect(h.sent).toHaveLength(before);
    },
  );
});

/** Local validation results: the listener hears them, nothing is sent (protocol.md §2). */
const LOCAL_RESULTS: { name: string; call: Call; inCall: boolean; code: string; msg: string }[] = [
  { name: "fn_dialouter('')", call: (w) => w.fn_dialouter(''), inCall: false, code: '022505', msg: '外呼号码为空' },
  { name: 'fn_dialouter(0)', call: (w) => w.fn_dialouter(0), inCall: false, code: '022505', msg: '外呼号码为空' },
  { name: "fn_dialouter(' - ')", call: (w) => w.fn_dialouter(' - '), inCall: false, code: '022505', msg: '外呼号码为空' },
  { name: "fn_dialouter('1380a')", call: (w) => w.fn_dialouter('1380a'), inCall: false, code: '022506', msg: '外呼号码为非数字' },
  { name: "fn_dialouter('12.5')", call: (w) => w.fn_dialouter('12.5'), inCall: false, code: '022506', msg: '外呼号码为非数字' },
  {
    name: "fn_dialouter('1380', 'x9')",
    call: (w) => w.fn_dialouter('1380', 'x9'),
    inCall: false,
    code: '022507',
    msg: '外呼时主叫号码为非数字',
  },
  { name: "fn_dialinner('')", call: (w) => w.fn_dialinner(''), inCall: false, code: '021505', msg: '外呼坐席为空' },
  // The legacy client reported consult-out failures as DIAL OUT results; pages may key on it.
  { name: "fn_consultouter('')", call: (w) => w.fn_consultouter(''), inCall: true, code: '022505', msg: '外呼号码为空' },
  { name: "fn_consultouter('x')", call: (w) => w.fn_consultouter('x'), inCall: true, code: '022506', msg: '外呼号码为非数字' },
  {
    name: "fn_consultouter('1380', '5a')",
    call: (w) => w.fn_consultouter('1380', '5a'),
    inCall: true,
    code: '022507',
    msg: '外呼时主叫号码为非数字',
  },
];

describe('local validation', () => {
  it.each(LOCAL_RESULTS)('$name → $code $msg, nothing sent', ({ call, inCall, code, msg }) => {
    const { h, before } = signedIn(inCall);
    expect(call(h.wincall)).toBe(false);
    expect(h.sent).toHaveLength(before);
    expect(listenerFields(h.last!)).toEqual({
      code,
      msg,
      type: '',
      agStatus: '',
      queStatus: '',
      enableActions: [],
      disableActions: [],
      data: '',
    });
  });
});

describe('call records', () => {
  it('keep the last 10 numbers dialled out or consulted, newest first, without duplicates', () => {
    const h = createHarness().signIn();
    for (let i = 0; i < 12; i++) h.wincall.fn_dialouter(`1380013800${i}`);
    h.wincall.fn_dialouter('13800138005');
    expect(h.wincall.fn_get_callrecord()).toEqual([
      '13800138005',
      '138001380011',
      '138001380010',
      '13800138009',
      '13800138008',
      '13800138007',
      '13800138006',
      '13800138004',
      '13800138003',
      '13800138002',
    ]);
    expect(h.wincall.fn_set_callrecord('')).toBe(false);
  });
});
