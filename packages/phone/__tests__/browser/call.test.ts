import { PhoneError } from '@wincall/core/phone';
import type { PhoneStatsSample } from '@wincall/core';
import { afterEach, describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import { collect, createPhone, destroyPhones, measureStreamTone, nextEvent, untilState } from '../support/phone';
import { AGENT_HZ, CUSTOMER_HZ, EXTENSIONS } from './extensions';

const USER = '8001';

afterEach(async () => {
  destroyPhones();
  await commands.setMicrophonePermission('granted');
});

async function registeredPhone(options: Parameters<typeof createPhone>[0] = {}) {
  const phone = createPhone(options);
  await phone.register({ user: USER, password: EXTENSIONS[USER] });
  return phone;
}

async function ringing(phone: ReturnType<typeof createPhone>, from = '13800138000') {
  const id = await commands.sipDial(USER, { from });
  const state = await untilState(phone, (s) => s.leg?.phase === 'ringing', 'the ring');
  await commands.sipWaitFor(id, 'ringing');
  return { id, leg: state.leg! };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs of equal values: [[true, 12], [false, 16], …]. */
function runs(values: readonly boolean[]): [boolean, number][] {
  const out: [boolean, number][] = [];
  for (const value of values) {
    const last = out.at(-1);
    if (last && last[0] === value) last[1]++;
    else out.push([value, 1]);
  }
  return out;
}

describe('a customer calls the agent’s browser', () => {
  it('rings, is answered, carries audio both ways, goes silent while muted, and ends when the customer hangs up', async () => {
    const phone = await registeredPhone();
    const { id, leg } = await ringing(phone);
    expect(leg.remote).toContain('13800138000');

    const stats = collect(phone, 'stats');
    await phone.answer();
    expect(phone.getState()).toMatchObject({ microphone: 'granted', leg: { phase: 'connected' } });
    expect(phone.getState().leg?.connectedAt).toBeGreaterThanOrEqual(leg.since);
    expect(await commands.sipWaitFor(id, 'answered')).toMatchObject({ phase: 'answered' });

    // The agent hears the customer's 440 Hz; the same analysis finds no 1000 Hz there (it can fail).
    const remote = phone.getRemoteStream()!;
    const heard = await measureStreamTone(remote, CUSTOMER_HZ, 2);
    expect(heard.toneSeconds, JSON.stringify(heard)).toBeGreaterThan(1.2);
    expect((await measureStreamTone(remote, AGENT_HZ, 0.5)).toneSeconds).toBe(0);

    // Muted: the sent track is disabled (the far end hears silence), and the agent still talking is noticed.
    await pause(1_500);
    const mutedAt = performance.now();
    phone.setMuted(true);
    expect(phone.getState().muted).toBe(true);
    expect(phone.getLocalStream()!.getAudioTracks()[0]!.enabled).toBe(false);
    await untilState(phone, (s) => s.speakingWhileMuted, 'talking while muted', 5_000);
    await pause(Math.max(0, 4_000 - (performance.now() - mutedAt)));
    phone.setMuted(false);
    const mutedMs = performance.now() - mutedAt;
    expect(phone.getState()).toMatchObject({ muted: false, speakingWhileMuted: false });
    await pause(3_000);

    // Quality samples came in while connected, counters rising.
    const samples: PhoneStatsSample[] = stats.events;
    expect(samples.length).toBeGreaterThanOrEqual(5);
    const [first, last] = [samples[0]!, samples.at(-1)!];
    expect(last.packetsReceived).toBeGreaterThan(first.packetsReceived);
    expect(last.packetsSent).toBeGreaterThan(first.packetsSent);
    expect(last.rttMs).not.toBeNull();
    expect(phone.getState().quality).toMatchObject({ packetLossPercent: expect.any(Number), mos: expect.any(Number) });

    const ended = nextEvent(phone, 'legEnded');
    await commands.sipHangup(id);
    expect(await ended).toMatchObject({ reason: 'remote', failure: null, leg: { id: leg.id, phase: 'connected' } });
    expect(phone.getState()).toMatchObject({ leg: null, muted: false, quality: null });
    expect(phone.getRemoteStream()).toBeNull();

    // The caller heard the agent's 1000 Hz, then a silence as long as the mute, then the tone again.
    const recording = await commands.sipRecordingTone(id, AGENT_HZ);
    const blocks = runs(recording.present);
    const gaps = blocks.filter(([present], i) => !present && i > 0 && i < blocks.length - 1);
    const longestGap = Math.max(0, ...gaps.map(([, n]) => n)) * recording.blockSeconds;
    const detail = JSON.stringify({ mutedMs: Math.round(mutedMs), blocks, seconds: recording.seconds });
    expect(longestGap, detail).toBeGreaterThan(mutedMs / 1000 - 1.5);
    expect(longestGap, detail).toBeLessThan(mutedMs / 1000 + 1.5);
    const toneBefore = blocks.slice(0, blocks.findIndex((b) => !b[0] && b[1] * recording.blockSeconds === longestGap));
    expect(toneBefore.filter(([p]) => p).reduce((s, [, n]) => s + n, 0) * recording.blockSeconds, detail).toBeGreaterThan(1.5);
    expect(blocks.at(-1)?.[0] === true || blocks.at(-2)?.[0] === true, detail).toBe(true);
  });

  it('hanging up in the browser sends BYE: the caller’s leg ends, the device says local', async () => {
    const phone = await registeredPhone();
    const { id } = await ringing(phone);
    await phone.answer();
    await commands.sipWaitFor(id, 'answered');
    const ended = nextEvent(phone, 'legEnded');
    await phone.hangup();
    expect(await ended).toMatchObject({ reason: 'local', failure: null });
    expect(await commands.sipWaitFor(id, 'ended')).toMatchObject({ phase: 'ended', reason: 'remoteHangup', wasAnswered: true });
  });

  it('declining the ring answers 486 Busy Here', async () => {
    const phone = await registeredPhone();
    const { id } = await ringing(phone);
    const ended = nextEvent(phone, 'legEnded');
    await phone.decline();
    expect(await ended).toMatchObject({ reason: 'declined', failure: null });
    expect(await commands.sipWaitFor(id, 'ended')).toMatchObject({ reason: 'rejected', status: 486, wasAnswered: false });
  });

  it('the customer giving up during the ring (CANCEL) ends the leg as remote', async () => {
    const phone = await registeredPhone();
    const { id } = await ringing(phone);
    const ended = nextEvent(phone, 'legEnded');
    await commands.sipHangup(id);
    expect(await ended).toMatchObject({ reason: 'remote', leg: { phase: 'ringing' } });
    expect(phone.getState().leg).toBeNull();
  });

  it('a second call while one rings is refused with 486, and the first keeps ringing', async () => {
    const phone = await registeredPhone();
    const first = await ringing(phone, '13900000001');
    const second = await commands.sipDial(USER, { from: '13900000002' });
    expect(await commands.sipWaitFor(second, 'ended')).toMatchObject({ reason: 'rejected', status: 486 });
    expect(phone.getState().leg).toMatchObject({ id: first.leg.id, phase: 'ringing' });
    await phone.decline();
  });

  it('a microphone the agent blocked: answer() fails with MICROPHONE_DENIED and the leg ends with it', async () => {
    await commands.setMicrophonePermission('denied');
    const phone = await registeredPhone();
    const { id } = await ringing(phone);
    const ended = nextEvent(phone, 'legEnded');
    const failure = await phone.answer().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(PhoneError);
    expect((failure as PhoneError).code).toBe('MICROPHONE_DENIED');
    expect(await ended).toMatchObject({ reason: 'failed', failure: { code: 'MICROPHONE_DENIED' } });
    expect(phone.getState()).toMatchObject({ microphone: 'denied', leg: null, failure: { code: 'MICROPHONE_DENIED' } });
    // The PBX hears "temporarily unavailable", not a hang: it can route the customer elsewhere.
    expect(await commands.sipWaitFor(id, 'ended')).toMatchObject({ status: 480, wasAnswered: false });
  });

  it('a state listener may answer the moment the ring appears (the CTI said "answer" first)', async () => {
    const phone = await registeredPhone();
    const answers: Promise<void>[] = [];
    phone.subscribe((state, previous) => {
      if (state.leg?.phase === 'ringing' && previous.leg === null) answers.push(phone.answer());
    });
    const id = await commands.sipDial(USER);
    await untilState(phone, (s) => s.leg?.phase === 'connected', 'answered from the listener');
    await expect(Promise.all(answers)).resolves.toHaveLength(1);
    expect(await commands.sipWaitFor(id, 'answered')).toMatchObject({ phase: 'answered' });
    await phone.hangup();
  });

  it('with autoAnswer, a ring is answered at once (a headset agent)', async () => {
    const phone = await registeredPhone({ autoAnswer: true });
    const id = await commands.sipDial(USER);
    await untilState(phone, (s) => s.leg?.phase === 'connected', 'answered by itself');
    expect(await commands.sipWaitFor(id, 'answered')).toMatchObject({ phase: 'answered' });
    await phone.hangup();
    expect(await commands.sipWaitFor(id, 'ended')).toMatchObject({ reason: 'remoteHangup' });
  });
});
