import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { listenerFields, result, INIT_OK } from './fakeSocket';
import { createHarness, PASSWORD } from './harness';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('fn_login', () => {
  it.each([
    { queState: 1, State: 1, queStatus: '空闲', toggle: 'busy' },
    { queState: 2, State: 2, queStatus: '忙碌', toggle: 'unbusy' },
  ] as const)('signs in $queStatus: INIT now, LOGIN (State $State) 500 ms after INIT succeeds', ({ queState, State, queStatus, toggle }) => {
    const h = createHarness();
    h.wincall.init();
    h.socket.serverConnect();

    expect(h.wincall.fn_login('1001', PASSWORD, '8001', queState)).toBeUndefined();
    expect(h.sent).toEqual([{ Action: 100, VccCode: 'demo', AgNum: '1001', AgPass: PASSWORD, AgPhoneNum: '8001' }]);

    h.socket.serverSend(INIT_OK);
    expect(listenerFields(h.last!)).toMatchObject({ code: '001000', msg: '初始化成功', type: '' });
    expect(h.wincall.fn_get_que()).toEqual([6250, 6251]);
    expect(h.wincall.fn_get_caller()).toEqual(['58452440', '58452441']);

    vi.advanceTimersByTime(499);
    expect(h.sent).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(h.sent[1]).toEqual({ Action: 2, State });
    expect(h.wincall.isLogin).toBe(false);

    h.socket.serverSend(result(2, 0));
    expect(listenerFields(h.last!)).toEqual({
      code: '003000',
      msg: '签入成功',
      type: 'login_action',
      agStatus: '已签入',
      queStatus,
      enableActions: [toggle, 'enable_autocall', 'logout', 'dialinner', 'dialouter', 'chanspy'],
      disableActions: ['login'],
      data: '',
    });
    expect(h.wincall.isLogin).toBe(true);
    expect(h.wincall.QUEUESTATE).toBe(queState);
  });

  it('reads the initial state like the legacy client: only something that parses as 2 means busy', () => {
    const h = createHarness();
    for (const [queState, expected] of [['2', 2], [' 2 ', 2], [3, 1], [undefined, 1], ['busy', 1]] as const) {
      h.wincall.fn_login('1001', PASSWORD, '8001', queState);
      expect(h.wincall.QUEUESTATE, String(queState)).toBe(expected);
    }
  });

  it('sends the always-on flag with LOGIN when one is given', () => {
    const h = createHarness();
    h.wincall.init();
    h.socket.serverConnect();
    h.wincall.fn_login('1001', PASSWORD, '8001', 1, 1);
    h.socket.serverSend(INIT_OK);
    vi.advanceTimersByTime(500);
    expect(h.sent[1]).toEqual({ Action: 2, State: 1, OnLine: 1 });
  });

  it('drops the session (UNINIT) when LOGIN fails', () => {
    const h = createHarness();
    h.wincall.init();
    h.socket.serverConnect();
    h.wincall.fn_login('1001', PASSWORD, '8001');
    h.socket.serverSend(INIT_OK);
    vi.advanceTimersByTime(500);
    h.socket.serverSend(result(2, 2));
    expect(h.sent.map((c) => c.Action)).toEqual([100, 2, 1]);
    expect(h.last).toMatchObject({ code: '003001', type: '' });
    expect(h.wincall.isLogin).toBe(false);
  });

  it('reports 100 (missing parameter) locally and sends nothing', () => {
    const h = createHarness();
    h.wincall.init();
    h.socket.serverConnect();
    for (const args of [[], ['', PASSWORD, '8001'], ['1001', '', '8001'], ['1001', PASSWORD, '']] as const) {
      expect(h.wincall.fn_login(...args)).toBe(false);
    }
    expect(h.sent).toEqual([]);
    expect(h.responses.map(listenerFields)).toEqual(
      Array(4).fill({
        code: '001100',
        msg: '初始化参数为空',
        type: '',
        agStatus: '',
        queStatus: '',
        enableActions: [],
        disableActions: [],
        data: '',
      }),
    );
  });

  it('refuses a second sign-in while signed in', () => {
    const h = createHarness().signIn();
    expect(h.wincall.fn_login('1001', PASSWORD, '8001')).toBe(false);
    expect(h.sent.filter((c) => c.Action === 100)).toHaveLength(1);
  });

  it('signs out with fn_logout (UNINIT) and shows every button but login disabled', () => {
    const h = createHarness().signIn();
    expect(h.wincall.fn_logout()).toBeUndefined();
    expect(h.sent.at(-1)).toEqual({ Action: 1 });
    h.socket.serverSend(result(1, 0));
    expect(h.last).toMatchObject({ code: '002000', type: 'logout_action', agStatus: '未签入', enableActions: ['login'] });
    expect(h.last!.disableActions).toHaveLength(26);
    expect(h.wincall.isLogin).toBe(false);
    expect(h.wincall.fn_logout()).toBe(false);
  });

  it('answers a server-side LOGOUT result by dropping the session too', () => {
    const h = createHarness().signIn();
    h.socket.serverSend(result(3, 0));
    expect(h.sent.at(-1)).toEqual({ Action: 1 });
    expect(h.last).toMatchObject({ code: '004000', type: 'logout_action' });
    expect(h.wincall.QUEUESTATE).toBe(0);
  });
});

describe('early fn_login', () => {
  it('without init() opens one socket and sends INIT once it connects', () => {
    const h = createHarness();
    h.wincall.fn_login('1001', PASSWORD, '8001');
    expect(h.fake.sockets).toHaveLength(1);
    expect(h.sent).toEqual([]);

    // The page's usual init() call after that must not open a second socket.
    h.wincall.init();
    h.wincall.init();
    expect(h.fake.sockets).toHaveLength(1);

    h.socket.serverConnect();
    expect(h.sent).toEqual([{ Action: 100, VccCode: 'demo', AgNum: '1001', AgPass: PASSWORD, AgPhoneNum: '8001' }]);

    // Connecting for the first time is not a reconnect: no re-sign-in loop starts.
    vi.advanceTimersByTime(30_000);
    expect(h.sent).toHaveLength(1);
  });

  it('between init() and the connection does not open a second socket either', () => {
    const h = createHarness();
    h.wincall.init();
    h.wincall.fn_login('1001', PASSWORD, '8001', 2);
    expect(h.fake.sockets).toHaveLength(1);
    h.socket.serverConnect();
    h.socket.serverSend(INIT_OK);
    vi.advanceTimersByTime(500);
    expect(h.sent.map((c) => c.Action)).toEqual([100, 2]);
  });
});
