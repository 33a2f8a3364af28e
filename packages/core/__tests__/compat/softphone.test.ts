import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WinCallOptions, WinCallResponse } from '../../src/compat';
import { fakePhoneModule } from '../support/fakePhone';
import { INIT_OK, listenerFields, result } from './fakeSocket';
import { createHarness, PASSWORD } from './harness';

/**
 * `phonetype: 'softphone'` in the legacy facade, with a stand-in for `@wincall/phone`'s device
 * (the real one is tested against kamailio in packages/phone and the demo's end-to-end project).
 * The test plays the wintel server (the fake socket) and the PBX (the fake device).
 */
beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

const WS_URL = 'wss://sip.example.com:8443/ws';
/** INIT_OK hands over this phone password (`Retmsg[2]`). */
const SERVER_PHONE_PASSWORD = 'phone-secret';

/** Lets the device's promises (load, register, answer) settle. */
const settle = () => vi.advanceTimersByTimeAsync(0);

function softphone(options: WinCallOptions = {}) {
  const phone = fakePhoneModule();
  const h = createHarness({ phonetype: 'softphone', softphone_ws_url: WS_URL, softphone_load: phone.load, ...options });
  const phoneEvents = () => h.responses.filter((r) => r.type === 'phone_state_event' || r.type === 'phone_failed_event');
  return { h, phone, phoneEvents };
}

async function signedIn(options: WinCallOptions = {}) {
  const setup = softphone(options);
  setup.h.signIn();
  await settle();
  return setup;
}

const codes = (responses: WinCallResponse[]) => responses.map((r) => r.code);

describe('the browser phone in the legacy facade', () => {
  it('leaves a desk phone alone: telephone (the default), or softphone without softphone_ws_url', async () => {
    for (const options of [{}, { phonetype: 'telephone' as const }, { phonetype: 'softphone' as const }]) {
      const phone = fakePhoneModule();
      const h = createHarness({ ...options, softphone_load: phone.load });
      h.signIn();
      h.connectCall();
      await settle();
      expect(h.wincall.fn_answer()).toBeUndefined();
      expect(h.wincall.fn_mute(true)).toBe(false);
      expect(phone.devices).toEqual([]);
      expect(h.responses.some((r) => r.type.startsWith('phone_'))).toBe(false);
      // Answering a desk phone sends nothing.
      expect(h.sent.map((c) => c.Action)).toEqual([100, 2]);
    }
  });

  it('registers the extension with the phone password of the sign-in, says so with the legacy softphone code, and keeps the password out of every response and log line', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const { h, phone, phoneEvents } = softphone({ softphone_domain: 'cc.example.com', softphone_ice_servers: [{ urls: 'turn:turn.example.com:3478' }], debug: true });
    h.wincall.init();
    h.socket.serverConnect();
    h.wincall.fn_login('1001', PASSWORD, '8001', 1);
    await settle();
    // Fetched at fn_login, registered only once signed in.
    expect(phone.devices).toHaveLength(1);
    expect(phone.device.calls).toEqual([]);
    h.socket.serverSend(INIT_OK);
    vi.advanceTimersByTime(500);
    h.socket.serverSend(result(2, 0));
    await settle();

    expect(phone.device.options).toMatchObject({ wsUrl: WS_URL, domain: 'cc.example.com', iceServers: [{ urls: 'turn:turn.example.com:3478' }], autoAnswer: false });
    expect(phone.device.registrations).toEqual([{ user: '8001', password: SERVER_PHONE_PASSWORD }]);
    expect(listenerFields(phoneEvents()[0]!)).toEqual({
      code: '20001',
      msg: '软电话注册成功',
      type: 'phone_state_event',
      agStatus: '',
      queStatus: '',
      enableActions: [],
      disableActions: ['answer'],
      data: { registration: 'registered', leg: null, muted: false, microphone: 'unknown' },
    });
    expect(JSON.stringify(h.responses)).not.toContain(SERVER_PHONE_PASSWORD);
    expect(JSON.stringify(log.mock.calls)).not.toContain(SERVER_PHONE_PASSWORD);
    expect(JSON.stringify(log.mock.calls)).not.toContain(PASSWORD);
    log.mockRestore();
  });

  it('takes softphone_user and softphone_password over the extension and the server\'s password', async () => {
    const { phone } = await signedIn({ softphone_user: 'agent-8001', softphone_password: 'explicit-pw' });
    expect(phone.device.registrations).toEqual([{ user: 'agent-8001', password: 'explicit-pw' }]);
  });

  it('answers a ring in the browser with fn_answer(), mutes with fn_mute(), and drops the leg with the wintel call', async () => {
    const { h, phone, phoneEvents } = await signedIn();
    const device = phone.device;
    expect(h.wincall.fn_mute(true)).toBe(false);

    h.socket.serverSend({ MT: 3, PhoSta: 5, RingType: 1, OAgId: 0, Caller: '13800138000' });
    device.ring();
    expect(listenerFields(h.last!)).toMatchObject({ code: 'PHONE_RINGING', msg: '浏览器来电振铃', type: 'phone_state_event', enableActions: ['answer'], data: { leg: 'ringing' } });
    // Not answered by itself: a queue call waits for the agent.
    await settle();
    expect(device.calls).not.toContain('answer');

    expect(h.wincall.fn_answer()).toBeUndefined();
    await settle();
    expect(device.calls).toContain('answer');
    expect(listenerFields(h.last!)).toMatchObject({ code: 'PHONE_CONNECTED', msg: '浏览器通话中', disableActions: ['answer'], data: { leg: 'connected' } });
    // Nothing went to the wintel server for it: the PBX tells it.
    expect(h.sent.map((c) => c.Action)).toEqual([100, 2]);
    h.socket.serverSend({ MT: 3, PhoSta: 6, RingType: '', OAgId: 0 });

    expect(h.wincall.fn_mute()).toBeUndefined();
    expect(listenerFields(h.last!)).toMatchObject({ code: 'PHONE_MUTED', msg: '已静音', data: { muted: true } });
    expect(h.wincall.fn_mute(0)).toBeUndefined();
    expect(listenerFields(h.last!)).toMatchObject({ code: 'PHONE_UNMUTED', msg: '已取消静音', data: { muted: false } });
    expect(device.calls.filter((c) => c.startsWith('mute'))).toEqual(['mute true', 'mute false']);

    h.socket.serverSend({ MT: 3, PhoSta: 0 });
    await settle();
    expect(device.calls.at(-1)).toBe('hangup');
    expect(listenerFields(h.last!)).toMatchObject({ code: 'PHONE_ENDED', msg: '浏览器通话结束', disableActions: ['answer'], data: { leg: null } });
    expect(codes(phoneEvents())).toEqual(['20001', 'PHONE_RINGING', 'PHONE_CONNECTED', 'PHONE_MUTED', 'PHONE_UNMUTED', 'PHONE_ENDED']);
  });

  it('waits for the SIP ring when fn_answer() comes first, and says so when it never comes', async () => {
    const { h, phone, phoneEvents } = await signedIn();
    h.socket.serverSend({ MT: 3, PhoSta: 5, RingType: 1, OAgId: 0 });
    h.wincall.fn_answer();
    await vi.advanceTimersByTimeAsync(3_000);
    phone.device.ring();
    await settle();
    expect(phone.device.calls.filter((c) => c === 'answer')).toHaveLength(1);
    expect(phone.device.state.leg?.phase).toBe('connected');

    h.socket.serverSend({ MT: 3, PhoSta: 0 });
    h.socket.serverSend({ MT: 3, PhoSta: 5, RingType: 1, OAgId: 0 });
    h.wincall.fn_answer();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(listenerFields(phoneEvents().at(-1)!)).toMatchObject({ code: 'SIP_TIMEOUT', msg: '电话服务器没有及时响应', type: 'phone_failed_event', data: { code: 'SIP_TIMEOUT' } });
  });

  it.each([
    ['a dial out', (h: ReturnType<typeof createHarness>) => h.wincall.fn_dialouter('13800138000')],
    ['a call to another agent', (h: ReturnType<typeof createHarness>) => h.wincall.fn_dialinner('1002')],
    ['a monitor', (h: ReturnType<typeof createHarness>) => h.wincall.fn_chanspy('1002')],
  ])('picks up the agent\'s own phone by itself for %s', async (_name, act) => {
    const { h, phone } = await signedIn();
    expect(act(h)).toBeUndefined();
    phone.device.ring('8001');
    await settle();
    expect(phone.device.calls).toContain('answer');
    expect(phone.device.state.leg?.phase).toBe('connected');
  });

  it('picks up by itself when the server says the ring is the agent\'s own (RingType 2 or 3), or always with softphone_auto_answer', async () => {
    const own = await signedIn();
    own.phone.device.ring();
    own.h.socket.serverSend({ MT: 3, PhoSta: 5, RingType: 2, OAgId: 0 });
    await settle();
    expect(own.phone.device.calls).toContain('answer');

    const auto = await signedIn({ softphone_auto_answer: true });
    auto.h.socket.serverSend({ MT: 3, PhoSta: 5, RingType: 1, OAgId: 0 });
    auto.phone.device.ring();
    await settle();
    expect(auto.phone.device.calls).toContain('answer');
  });

  it('reports a refused registration and a failed call with the failure code and its Chinese text', async () => {
    const { h, phone, phoneEvents } = softphone();
    h.wincall.fn_login('1001', PASSWORD, '8001', 1);
    await settle();
    phone.device.refuseWith = 'SIP_AUTH_FAILED';
    h.socket.serverConnect();
    h.socket.serverSend(INIT_OK);
    vi.advanceTimersByTime(500);
    h.socket.serverSend(result(2, 0));
    await settle();
    expect(phoneEvents().map(listenerFields)).toEqual([
      expect.objectContaining({ code: '20003', msg: '软电话注册失败', type: 'phone_state_event', data: expect.objectContaining({ registration: 'failed' }) }),
      expect.objectContaining({
        code: 'SIP_AUTH_FAILED',
        msg: '电话注册被拒绝：分机号或电话密码不正确',
        type: 'phone_failed_event',
        data: { code: 'SIP_AUTH_FAILED', sipStatus: null },
      }),
    ]);

    phone.device.refuseWith = null;
    phone.device.set({ registration: 'registered', failure: null });
    phone.device.ring();
    phone.device.endLeg('failed', 'MEDIA_TIMEOUT');
    expect(listenerFields(phoneEvents().at(-1)!)).toMatchObject({ code: 'MEDIA_TIMEOUT', msg: '几秒内没有收到对方的声音，通话已断开', type: 'phone_failed_event' });
  });

  it('reports a device that could not be downloaded, and fetches it again at the next sign-in', async () => {
    const { h, phone, phoneEvents } = softphone();
    phone.failNext();
    h.signIn();
    await settle();
    expect(phoneEvents().map(listenerFields)).toEqual([
      expect.objectContaining({ code: 'DEVICE_UNAVAILABLE', msg: '浏览器电话未能加载', type: 'phone_failed_event' }),
    ]);
    expect(phone.devices).toEqual([]);

    h.wincall.fn_logout();
    h.socket.serverSend(result(1, 0));
    h.signIn();
    await settle();
    expect(phone.device.registrations).toEqual([{ user: '8001', password: SERVER_PHONE_PASSWORD }]);
  });

  it('says when the server gave no phone password', async () => {
    const { h, phone, phoneEvents } = softphone();
    h.wincall.init();
    h.socket.serverConnect();
    h.wincall.fn_login('1001', PASSWORD, '8001', 1);
    h.socket.serverSend(result(100, 0, JSON.stringify([[6250], ['58452440']])));
    vi.advanceTimersByTime(500);
    h.socket.serverSend(result(2, 0));
    await settle();
    expect(codes(phoneEvents())).toEqual(['NO_PASSWORD']);
    expect(phone.device.registrations).toEqual([]);
  });

  it('unregisters when the agent signs out or is signed out, but not when the socket drops (the call\'s audio goes on)', async () => {
    const dropped = await signedIn();
    dropped.h.socket.serverDrop();
    await settle();
    expect(dropped.phone.device.calls).not.toContain('unregister');

    const loggedOut = await signedIn();
    loggedOut.h.wincall.fn_logout();
    await settle();
    expect(loggedOut.phone.device.calls.at(-1)).toBe('unregister');

    const forced = await signedIn();
    forced.h.socket.serverSend({ MT: 10, Code: 4 });
    await settle();
    expect(forced.phone.device.calls.at(-1)).toBe('unregister');

    const closed = await signedIn();
    closed.h.wincall.disconnect();
    await settle();
    expect(closed.phone.device.calls.at(-1)).toBe('unregister');
  });

  it.each([
    [{ softphone_ws_url: 'https://sip.example.com/ws' }, /softphone_ws_url must be a ws:\/\/ or wss:\/\/ URL, got "https:\/\/sip\.example\.com\/ws"/],
    [{ softphone_ws_url: WS_URL, softphone_load: 'wincall-phone.js' as never }, /softphone_load must be a function/],
  ])('refuses malformed softphone options with a TypeError: %o', (options, message) => {
    const create = () => createHarness({ phonetype: 'softphone', ...options });
    expect(create).toThrow(TypeError);
    expect(create).toThrow(message);
  });
});
