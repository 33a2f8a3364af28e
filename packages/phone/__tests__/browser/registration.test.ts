import { PhoneError } from '@wincall/core/phone';
import type { PhoneRegistration, PhoneSipMessage } from '@wincall/core';
import { afterEach, describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import { collect, createPhone, destroyPhones, untilState } from '../support/phone';
import { EXTENSIONS } from './extensions';

afterEach(() => {
  destroyPhones();
});

const registrations = (phone: ReturnType<typeof createPhone>) => {
  const seen: PhoneRegistration[] = [phone.getState().registration];
  phone.subscribe((state, previous) => {
    if (state.registration !== previous.registration) seen.push(state.registration);
  });
  return seen;
};

describe('registering the agent’s extension', () => {
  it('registers 8001 over the WebSocket: registering → registered, and the SIP server has the binding', async () => {
    const phone = createPhone();
    const seen = registrations(phone);
    const sip = collect(phone, 'sip');
    await phone.register({ user: '8001', password: EXTENSIONS['8001'] });
    expect(phone.getState()).toMatchObject({ registration: 'registered', failure: null });
    expect(seen).toEqual(['unregistered', 'registering', 'registered']);
    expect(await commands.sipIsRegistered('8001')).toBe(true);
    expect((await commands.sipContacts('8001'))[0]).toContain('transport=ws');

    // Devtools see the exchange, digest redacted, and the password nowhere.
    const summaries = sip.events.map((m: PhoneSipMessage) => `${m.direction} ${m.summary}`);
    expect(summaries).toContain('out REGISTER sip:127.0.0.1 SIP/2.0');
    expect(summaries.some((s) => s.startsWith('in SIP/2.0 401'))).toBe(true);
    expect(summaries.some((s) => s.startsWith('in SIP/2.0 200'))).toBe(true);
    const authorized = sip.events.find((m) => /^Authorization:/im.test(m.text));
    expect(authorized?.text).toMatch(/^Authorization: \[redacted\]\r?$/m);
    expect(sip.events.every((m) => !m.text.includes(EXTENSIONS['8001']) && !/response="/.test(m.text))).toBe(true);
    expect(JSON.stringify(phone.getState())).not.toContain(EXTENSIONS['8001']);
  });

  it('a wrong password fails with SIP_AUTH_FAILED, does not retry, and leaves the extension unregistered', async () => {
    const phone = createPhone();
    const sip = collect(phone, 'sip');
    const failure = await phone.register({ user: '8002', password: 'not-the-password' }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(PhoneError);
    expect((failure as PhoneError).code).toBe('SIP_AUTH_FAILED');
    expect(phone.getState().registration).toBe('failed');
    expect(phone.getState().failure).toMatchObject({ code: 'SIP_AUTH_FAILED', sipStatus: 403 });
    expect(await commands.sipIsRegistered('8002')).toBe(false);
    // No retry by itself: a second later no further REGISTER went out.
    const registersSent = sip.events.filter((m) => m.direction === 'out' && m.summary.startsWith('REGISTER')).length;
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(sip.events.filter((m) => m.direction === 'out' && m.summary.startsWith('REGISTER')).length).toBe(registersSent);
    expect(phone.getState().registration).toBe('failed');

    // The right password afterwards registers.
    await phone.register({ user: '8002', password: EXTENSIONS['8002'] });
    expect(phone.getState()).toMatchObject({ registration: 'registered', failure: null });
  });

  it('kamailio killed and started again: reconnecting, then registered again by itself, without a reload', async () => {
    const phone = createPhone();
    const seen = registrations(phone);
    await phone.register({ user: '8003', password: EXTENSIONS['8003'] });
    await commands.sipKill('kamailio');
    await untilState(phone, (s) => s.registration === 'reconnecting', 'reconnecting after the SIP server died');
    expect(phone.getState().failure?.code).toBe('SIP_UNREACHABLE');
    // Down for a few retries (the backoff goes on while nothing answers).
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect(phone.getState().registration).toBe('reconnecting');
    const restarted = performance.now();
    await commands.sipRestart('kamailio');
    await untilState(phone, (s) => s.registration === 'registered', 'registered again after the restart', 15_000);
    const backAfterMs = performance.now() - restarted;
    expect(phone.getState().failure).toBeNull();
    expect(await commands.sipIsRegistered('8003')).toBe(true);
    expect(seen).toEqual(['unregistered', 'registering', 'registered', 'reconnecting', 'registered']);
    // The backoff caps at 5 s: registered again within one cap plus the restart itself.
    expect(backAfterMs).toBeLessThan(10_000);
  });

  it('unregister() removes the binding; destroy() lets a new device register the same extension cleanly', async () => {
    const first = createPhone();
    await first.register({ user: '8004', password: EXTENSIONS['8004'] });
    await first.unregister();
    expect(first.getState().registration).toBe('unregistered');
    expect(await commands.sipIsRegistered('8004')).toBe(false);

    await first.register({ user: '8004', password: EXTENSIONS['8004'] });
    first.destroy();
    expect(first.getState().registration).toBe('unregistered');
    const second = createPhone();
    await second.register({ user: '8004', password: EXTENSIONS['8004'] });
    expect(second.getState().registration).toBe('registered');
    // The destroyed device's binding went with it: only the new one is left.
    await expect.poll(() => commands.sipContacts('8004'), { timeout: 5_000 }).toHaveLength(1);
    await expect(first.register({ user: '8004', password: EXTENSIONS['8004'] })).rejects.toThrow(TypeError);
  });
});
