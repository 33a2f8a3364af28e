import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { result } from './fakeSocket';
import { createHarness } from './harness';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

const QUEUE_CALL = { Caller: '13800138000', Called: '58452440', CallId: 'c-1', QueId: 6250, ServNum: '4008001234' };

describe('a queue call', () => {
  it('rings, connects and hangs up; the call parameters live exactly as long as the call', () => {
    const h = createHarness();
    expect(h.wincall.fn_getParam('Caller')).toBe(false);
    h.signIn();
    expect(h.wincall.fn_getParam('Caller')).toBe('');

    h.socket.serverSend({ MT: 3, PhoSta: 5, RingType: 1, OAgId: 0, ...QUEUE_CALL });
    expect(h.last).toMatchObject({ code: '0501', type: 'ring_queue_event', agStatus: '技能组分配来电', enableActions: ['hangup'] });
    expect(h.wincall.fn_getParam('Caller')).toBe('13800138000');
    expect(h.wincall.fn_getParam('QueId')).toBe(6250);
    expect(h.wincall.fn_getParam('Custom')).toBe('');
    expect(h.wincall.fn_getParam()).toEqual({ MT: 3, PhoSta: 5, RingType: 1, OAgId: 0, ...QUEUE_CALL });
    expect(h.wincall.isCalling).toBe(false);

    h.socket.serverSend({ MT: 3, PhoSta: 6, RingType: '', OAgId: '', CallId: 'c-1' });
    expect(h.last).toMatchObject({ code: '0600', type: 'call_connected_event' });
    expect(h.wincall.isCalling).toBe(true);
    expect(h.wincall.fn_getParam('PhoSta')).toBe(6);
    expect(h.wincall.fn_getParam('Caller')).toBe('13800138000');

    expect(h.wincall.fn_hangup()).toBeUndefined();
    expect(h.sent.at(-1)).toEqual({ Action: 23 });
    h.socket.serverSend(result(23, 0), { MT: 3, PhoSta: 0, RingType: '', OAgId: '' });
    expect(h.codes().slice(-2)).toEqual(['023000', '0000']);
    expect(h.last).toMatchObject({ type: 'call_done_event', enableActions: ['enable_autocall', 'chanspy', 'busy', 'unbusy'] });
    expect(h.wincall.fn_getParam('Caller')).toBe('');
    expect(h.wincall.fn_getParam()).toEqual({});
    expect(h.wincall.isCalling).toBe(false);
  });

  it('keeps the IVR digits as a parameter and in the response data', () => {
    const h = createHarness().signIn().connectCall(QUEUE_CALL);
    h.socket.serverSend({ MT: 7, IvrResult: '5#' });
    expect(h.last).toMatchObject({ code: '070', type: 'ivr_return_event', data: '5#' });
    expect(h.wincall.fn_getParam('IvrResult')).toBe('5#');
  });

  it('stores the busy reason and the after-call seconds as parameters', () => {
    const h = createHarness().signIn();
    h.socket.serverSend({ MT: 4, AgSta: 2, AgStaParam: 101 });
    expect(h.wincall.fn_getParam('BusyReason')).toBe(101);
    h.socket.serverSend({ MT: 4, AgSta: 5, AgStaParam: 30 });
    expect(h.wincall.fn_getParam('CallAfterwardsSecs')).toBe(30);
    expect(h.wincall.QUEUESTATE).toBe(5);
  });

  it('dialling in after-call work sends UNBUSY first; while occupied it sends nothing', () => {
    const h = createHarness().signIn();
    h.socket.serverSend({ MT: 4, AgSta: 5, AgStaParam: 30 });
    h.wincall.fn_dialouter('13800138000', '58452440', 6250);
    expect(h.sent.slice(-2).map((c) => c.Action)).toEqual([5, 22]);

    h.socket.serverSend({ MT: 4, AgSta: 4, AgStaParam: '' });
    const before = h.sent.length;
    expect(h.wincall.fn_dialouter('13800138000', '58452440', 6250)).toBe(false);
    expect(h.wincall.fn_dialinner(2389)).toBe(false);
    expect(h.sent).toHaveLength(before);
  });

  it('reads a frame of several messages in order and skips a piece that is not JSON', () => {
    const h = createHarness().signIn();
    const before = h.responses.length;
    h.socket.serverSend({ MT: 4, AgSta: 4, AgStaParam: '' }, '{not json}', { MT: 3, PhoSta: 4, RingType: '', OAgId: '' });
    expect(h.codes().slice(before)).toEqual(['004', '0400']);
  });

  it('ignores a payload that is not a string of JSON objects, as the legacy client did', () => {
    const h = createHarness().signIn();
    const before = h.responses.length;
    h.socket.serverSend('hello');
    h.socket.serverSend('');
    expect(h.responses).toHaveLength(before);
  });
});

describe('server orders (MT 10)', () => {
  it.each([
    { Code: 6, code: '026', command: { Action: 4, Reason: 1 } },
    { Code: 5, code: '025', command: { Action: 5 } },
  ])('Code $Code sends $command before the listener hears $code', ({ Code, code, command }) => {
    const h = createHarness().signIn();
    let heard: { code: unknown; sentBefore: unknown } | undefined;
    h.wincall.opts.event_listener = (response) => {
      heard = { code: response.code, sentBefore: h.sent.at(-1) };
    };
    h.socket.serverSend({ MT: 10, Code });
    expect(heard).toEqual({ code, sentBefore: command });
    expect(h.wincall.isLogin).toBe(true);
  });

  it.each([{ Code: 6 }, { Code: 5 }])('Code $Code during a call sends nothing (the legacy guard)', ({ Code }) => {
    const h = createHarness().signIn().connectCall();
    const before = h.sent.length;
    h.socket.serverSend({ MT: 10, Code });
    expect(h.sent).toHaveLength(before);
  });

  it('Code 4 (forced sign-out) shows the agent signed out and refuses commands afterwards', () => {
    const h = createHarness().signIn();
    h.socket.serverSend({ MT: 10, Code: 4 });
    expect(h.last).toMatchObject({ code: '024', msg: '您已经被强制签出', type: 'logout_action', agStatus: '未签入' });
    expect(h.wincall.isLogin).toBe(false);
    const before = h.sent.length;
    expect(h.wincall.fn_busy()).toBe(false);
    expect(h.sent).toHaveLength(before);
  });

  it('Code 100 (network fault) shows signed out and signs in again every 10 s until LOGIN succeeds', () => {
    const h = createHarness().signIn();
    h.socket.serverSend({ MT: 10, Code: 4 });
    h.socket.serverSend({ MT: 10, Code: 100 });
    expect(h.last).toMatchObject({ code: 100, msg: '网络连接已断开，正在尝试重新连接，请稍后...', agStatus: '未签入' });
    const inits = () => h.sent.filter((c) => c.Action === 100);
    vi.advanceTimersByTime(9_999);
    expect(inits()).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(inits()).toHaveLength(2);
    vi.advanceTimersByTime(10_000);
    expect(inits()).toHaveLength(3);
    expect(inits()[2]).toEqual(inits()[0]);

    h.socket.serverSend(result(100, 0, '[[6250],[],""]'));
    vi.advanceTimersByTime(500);
    h.socket.serverSend(result(2, 0));
    vi.advanceTimersByTime(60_000);
    expect(inits()).toHaveLength(3);
    expect(h.wincall.isLogin).toBe(true);
  });

  it('Code 100 while still signed in: the first re-sign-in finds the agent signed in and stops', () => {
    const h = createHarness().signIn();
    h.socket.serverSend({ MT: 10, Code: 100 });
    vi.advanceTimersByTime(60_000);
    expect(h.sent.filter((c) => c.Action === 100)).toHaveLength(1);
  });
});

describe('heartbeat (MT 2)', () => {
  it('is answered with KEEP (Action 7), shown to nobody, and does not stop the rest of the frame', () => {
    const h = createHarness().signIn();
    const before = h.responses.length;
    h.socket.serverSend({ MT: 2 }, { MT: 4, AgSta: 2, AgStaParam: 1 });
    expect(h.sent.at(-1)).toEqual({ Action: 7 });
    expect(h.codes().slice(before)).toEqual(['002']);
    h.socket.serverSend(result(7, 0));
    expect(h.last).toMatchObject({ code: '', msg: '' });
  });
});

describe('two instances', () => {
  it('keep their own call parameters, queues and flags', () => {
    const a = createHarness().signIn();
    const b = createHarness().signIn();
    a.socket.serverSend({ MT: 3, PhoSta: 5, RingType: 1, OAgId: 0, ...QUEUE_CALL });
    a.socket.serverSend({ MT: 8, Param: 1, Data: [7000] });
    expect(a.wincall.fn_getParam('Caller')).toBe('13800138000');
    expect(b.wincall.fn_getParam('Caller')).toBe('');
    expect(b.wincall.fn_getParam()).toEqual({});
    expect(a.wincall.fn_get_que()).toEqual([7000]);
    expect(b.wincall.fn_get_que()).toEqual([6250, 6251]);
    a.socket.serverSend({ MT: 3, PhoSta: 6, RingType: '', OAgId: '' });
    expect(a.wincall.isCalling).toBe(true);
    expect(b.wincall.isCalling).toBe(false);
  });
});

describe('the page listener', () => {
  it('is called as a method of the options (as before), and a throwing one does not stop the next messages', () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const seen: unknown[] = [];
    const h = createHarness({
      event_listener(response) {
        seen.push(this === h.wincall.opts);
        if (response.code === '004') throw new Error('page bug');
      },
    });
    h.signIn();
    h.socket.serverSend({ MT: 4, AgSta: 4, AgStaParam: '' }, { MT: 3, PhoSta: 4, RingType: '', OAgId: '' });
    expect(seen.every(Boolean)).toBe(true);
    expect(seen).toHaveLength(4);
    expect(errors).toHaveBeenCalledTimes(1);
    errors.mockRestore();
  });
});
