import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WinCall } from '../../src/compat';
import { createFakeIo, listenerFields, result, INIT_OK } from './fakeSocket';
import { createHarness, PASSWORD } from './harness';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const SIGNED_OUT_BY_DISCONNECT = {
  code: '004003',
  msg: '连接断开自动签出',
  type: 'logout_action',
  agStatus: '未签入',
  queStatus: '未签入',
  enableActions: ['login'],
  disableActions: [
    'login',
    'logout',
    'dialinner',
    'dialouter',
    'hangup',
    'answer',
    'consultinner',
    'consultouter',
    'consultback',
    'busy',
    'unbusy',
    'hold',
    'restore',
    'transfer',
    'threeway',
    'threewayback',
    'chanspy',
    'intercept',
    'breakin',
    'evaluate',
    'enable_autocall',
    'disable_autocall',
    'transivr',
    'transque',
    'transvccque',
    'blindtrans',
  ],
  data: '',
};

describe('init()', () => {
  it.each([
    // The legacy script's own default is 80 (the vendor guide says 6050): pages that work today rely on it.
    { options: {}, url: 'http://10.0.0.5:80' },
    { options: { wintel_server_port: 6050 }, url: 'http://10.0.0.5:6050' },
    { options: { https: true, wintel_server_port: 80 }, url: 'https://10.0.0.5:443' },
    { options: { wintel_server_port: undefined }, url: 'http://10.0.0.5:80' },
  ])('connects to $url with the legacy socket.io options', ({ options, url }) => {
    const h = createHarness(options);
    h.wincall.init();
    expect(h.socket.url).toBe(url);
    expect(h.socket.options).toMatchObject({
      multiplex: false,
      reconnection: true,
      reconnectionAttempts: 30,
      reconnectionDelay: 2000,
      reconnectionDelayMax: 600_000,
    });
  });

  it('follows reconnect and reconnect_limit', () => {
    const h = createHarness({ reconnect: false, reconnect_limit: 3 });
    h.wincall.init();
    expect(h.socket.options).toMatchObject({ reconnection: false, reconnectionAttempts: 3 });
  });

  it("uses the page's global io when no io option is given", () => {
    const fake = createFakeIo();
    vi.stubGlobal('io', fake.io);
    const wincall = new WinCall({ wintel_server_ip: 'cti.example', event_listener: () => {} });
    wincall.init();
    expect(fake.sockets).toHaveLength(1);
    expect(fake.socket.url).toBe('http://cti.example:80');
    wincall.disconnect();
  });

  it('exposes the merged options as opts', () => {
    const h = createHarness({ busy_reasons: { 100: '开会' } });
    expect(h.wincall.opts).toMatchObject({
      wintel_server_ip: '10.0.0.5',
      wintel_server_port: 80,
      phonetype: 'telephone',
      busy_reasons: { 100: '开会' },
      debug: false,
    });
  });
});

describe('a lost connection', () => {
  it('is shown as the legacy "signed out by disconnect" result (LOGOUT, Ret 3)', () => {
    const h = createHarness().signIn();
    h.socket.serverDrop();
    expect(listenerFields(h.last!)).toEqual(SIGNED_OUT_BY_DISCONNECT);
    expect(h.wincall.isLogin).toBe(false);
    expect(h.wincall.isConnect).toBe(false);
    expect(h.wincall.fn_hangup()).toBe(false);
  });

  it('is followed, once reconnected, by a new sign-in every 10 s until LOGIN succeeds', () => {
    const h = createHarness().signIn(2);
    h.socket.serverDrop();
    h.socket.serverConnect();
    expect(h.sent.filter((c) => c.Action === 100)).toHaveLength(1);

    vi.advanceTimersByTime(10_000);
    expect(h.sent.at(-1)).toEqual({ Action: 100, VccCode: 'demo', AgNum: '1001', AgPass: PASSWORD, AgPhoneNum: '8001' });
    h.socket.serverSend(INIT_OK);
    vi.advanceTimersByTime(500);
    expect(h.sent.at(-1)).toEqual({ Action: 2, State: 2 });
    h.socket.serverSend(result(2, 0));
    expect(h.wincall.isLogin).toBe(true);

    vi.advanceTimersByTime(60_000);
    expect(h.sent.filter((c) => c.Action === 100)).toHaveLength(2);
  });

  it('is reconnected the same way a second time (the legacy client only managed once)', () => {
    const h = createHarness().signIn();
    for (let round = 2; round <= 3; round++) {
      h.socket.serverDrop();
      h.socket.serverConnect();
      vi.advanceTimersByTime(10_000);
      expect(h.sent.filter((c) => c.Action === 100)).toHaveLength(round);
      h.socket.serverSend(INIT_OK);
      vi.advanceTimersByTime(500);
      h.socket.serverSend(result(2, 0));
    }
  });
});

describe('disconnect()', () => {
  it('closes the socket, shows the disconnect result and stops every timer', () => {
    const h = createHarness();
    h.wincall.init();
    h.socket.serverConnect();
    h.wincall.fn_login('1001', PASSWORD, '8001');
    h.socket.serverSend(INIT_OK);
    h.wincall.disconnect();
    expect(h.socket.connected).toBe(false);
    expect(listenerFields(h.last!)).toEqual(SIGNED_OUT_BY_DISCONNECT);
    expect(h.codes().filter((code) => code === '004003')).toHaveLength(1);
    vi.advanceTimersByTime(60_000);
    expect(h.sent.map((c) => c.Action)).toEqual([100]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('before init() or twice is harmless', () => {
    const h = createHarness();
    h.wincall.disconnect();
    h.wincall.init();
    h.wincall.disconnect();
    h.wincall.disconnect();
    expect(h.responses).toEqual([]);
  });

  it('can be followed by init() for a new connection', () => {
    const h = createHarness().signIn();
    h.wincall.disconnect();
    h.wincall.init();
    expect(h.fake.sockets).toHaveLength(2);
    h.socket.serverConnect();
    expect(h.wincall.isConnect).toBe(true);
  });
});

describe('after fn_logout', () => {
  it('a reconnect does not sign the agent in again (the legacy client did)', () => {
    const h = createHarness().signIn();
    h.wincall.fn_logout();
    h.socket.serverSend(result(1, 0));
    h.socket.serverDrop();
    h.socket.serverConnect();
    vi.advanceTimersByTime(60_000);
    expect(h.sent.filter((c) => c.Action === 100)).toHaveLength(1);
  });
});
