import type { PhoneSipMessage } from '@wincall/core';
import { afterEach, describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import { collect, createPhone, destroyPhones, nextEvent, untilState } from '../support/phone';
import { EXTENSIONS } from './extensions';

const USER = '8003';

afterEach(async () => {
  destroyPhones();
  await commands.sipRestart('rtpengine');
});

describe('a call whose media dies', () => {
  it('the media relay crashing mid-call ends the leg with a media failure and a BYE, never an uncaught error', async () => {
    const phone = createPhone();
    const sip = collect(phone, 'sip');
    await phone.register({ user: USER, password: EXTENSIONS[USER] });
    const id = await commands.sipDial(USER);
    await untilState(phone, (s) => s.leg?.phase === 'ringing', 'the ring');
    await phone.answer();
    await commands.sipWaitFor(id, 'answered');
    const connected = await untilState(phone, (s) => s.quality !== null, 'a first quality sample');

    const ended = nextEvent(phone, 'legEnded', () => true, 40_000);
    await commands.sipKill('rtpengine');
    const event = await ended;
    expect(event.reason).toBe('failed');
    // No packet for 10 s (MEDIA_TIMEOUT), or ICE lost and its one restart refused (ICE_FAILED).
    expect(['MEDIA_TIMEOUT', 'ICE_FAILED']).toContain(event.failure?.code);
    expect(event.leg.id).toBe(connected.leg!.id);
    expect(phone.getState()).toMatchObject({ leg: null, failure: { code: event.failure!.code } });
    // The device said goodbye on the signalling path, which still works.
    await expect.poll(() => sip.events.some((m: PhoneSipMessage) => m.direction === 'out' && m.summary.startsWith('BYE')), { timeout: 5_000 }).toBe(true);
    expect(phone.getState().registration).toBe('registered');
    console.info(`media failure: ${event.failure!.code} after ${event.at - connected.leg!.connectedAt!} ms connected`);
  });
});
