import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measureToneInWav, SipRigError, startSipRig, writeToneWav, type SipRig } from '../../src/sip';
import type { IncomingCall, RegisterResult } from './fixtures/phonePage';
import { startPhoneBrowser, type PhoneBrowser } from './support/phoneBrowser';

/**
 * The first end-to-end call: a customer (baresip) calls extension 8001, registered from headless
 * Chromium with sip.js over WebSocket, through kamailio, with rtpengine turning the browser's
 * DTLS-SRTP/ICE media into the caller's plain RTP. The customer's voice is a 440 Hz tone, the
 * agent's microphone a 1000 Hz tone; each side must hear the other's, and silence must not pass
 * for a tone.
 */

const CUSTOMER_HZ = 440;
const AGENT_HZ = 1000;
const WAIT = { timeoutMs: 20_000 };
const EXTENSIONS = { '8001': '8001pw', '8002': '8002pw', '8003': '8003pw' };

let workDir = '';
let rig: SipRig;
let browser: PhoneBrowser;
let agent: Page;
const measured: Record<string, unknown> = {};

function phone(page: Page) {
  return {
    register: (extension: string, password: string) =>
      page.evaluate((options) => window.phone.register(options), { wsUrl: rig.wsUrl, domain: rig.domain, extension, password }) as Promise<RegisterResult>,
    // No INVITE: the failure carries the servers' side too (kamailio's and the caller's log tails).
    waitForInvitation: () =>
      (page.evaluate(() => window.phone.waitForInvitation(20_000)) as Promise<IncomingCall>).catch((error: unknown) => {
        throw new Error(`${(error as Error).message}\n--- rig ---\n${rig.logs(30)}`);
      }),
    accept: (muteMicrophone = false) => page.evaluate((mute) => window.phone.accept({ muteMicrophone: mute }), muteMicrophone),
    decline: () => page.evaluate(() => window.phone.decline()),
    hangup: () => page.evaluate(() => window.phone.hangup()),
    waitForSessionState: (state: string) => page.evaluate((wanted) => window.phone.waitForSessionState(wanted, 20_000), state),
    measureRemoteTone: (hz: number, seconds: number) => page.evaluate(([f, s]) => window.phone.measureRemoteTone(f, s), [hz, seconds] as const),
  };
}

/** The codec of the first payload type on the SDP's audio line, as its rtpmap (`PCMU/8000`). */
function negotiatedCodec(sdp: string): string | undefined {
  const payload = /^m=audio \d+ \S+ (\d+)/m.exec(sdp)?.[1];
  return new RegExp(`^a=rtpmap:${payload} (\\S+)`, 'm').exec(sdp)?.[1];
}

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'wincall-sip-test-'));
  const microphone = await writeToneWav(join(workDir, 'agent-microphone.wav'), { frequencyHz: AGENT_HZ, sampleRate: 48_000, seconds: 10, amplitude: 0.5 });
  const started = performance.now();
  rig = await startSipRig({ extensions: EXTENSIONS, callerToneHz: CUSTOMER_HZ, callerAudioSeconds: 60 });
  measured.rigStartMs = Math.round(performance.now() - started);
  measured.serverStartMs = { ...rig.startupMs };
  browser = await startPhoneBrowser(microphone);
  agent = await browser.newPhone();
});

afterAll(async () => {
  await browser?.close();
  await rig?.stop();
  if (workDir) await rm(workDir, { recursive: true, force: true });
  if (process.env.SIP_RIG_REPORT) console.info(`SIP rig measurements: ${JSON.stringify(measured, null, 2)}`);
});

describe('registration', () => {
  it('refuses a wrong password after the digest, and the extension stays unregistered', async () => {
    const intruder = await browser.newPhone();
    const result = await phone(intruder).register('8002', 'not-the-password');
    expect(result).toEqual({ ok: false, status: 403, reason: 'Forbidden' });
    expect(await rig.isRegistered('8002')).toBe(false);
    await intruder.context().close();
  });

  it('registers 8001 from the browser over WebSocket with the right password', async () => {
    expect(await rig.isRegistered('8001')).toBe(false);
    expect(await phone(agent).register('8001', '8001pw')).toEqual({ ok: true });
    expect(await rig.isRegistered('8001')).toBe(true);
    expect((await rig.contacts('8001'))[0]).toContain('transport=ws');
  });
});

describe('a customer calls the agent', () => {
  it.each([
    ['pcmu', 'PCMU/8000'],
    ['opus', 'opus/48000/2'],
  ] as const)('rings the browser, carries audio both ways in %s, and ends with the browser hanging up', async (codec, rtpmap) => {
    const started = performance.now();
    const leg = await rig.dial('8001', { from: '13800138000', headers: { 'X-WinCall-Call': 'call-42' }, codecs: [codec] });
    measured[`callerStartMs (${codec})`] = leg.startupMs;
    const call = await phone(agent).waitForInvitation();
    expect(call.from).toBe('13800138000');
    expect(call.headers['x-wincall-call']).toBe('call-42');
    // Towards the browser rtpengine offers WebRTC media: SRTP over DTLS, ICE, rtcp-mux.
    expect(call.sdpOffer).toMatch(/m=audio \d+ (UDP\/TLS\/)?RTP\/SAVPF /);
    expect(call.sdpOffer).toMatch(/a=fingerprint:/);
    expect(call.sdpOffer).toMatch(/a=ice-ufrag:/);
    expect(call.sdpOffer).toMatch(/a=rtcp-mux/);
    await leg.waitFor('ringing', WAIT);

    const { sdpAnswer } = await phone(agent).accept();
    expect(negotiatedCodec(sdpAnswer)).toBe(rtpmap);
    await leg.waitFor('answered', WAIT);

    const heardByAgent = await phone(agent).measureRemoteTone(CUSTOMER_HZ, 2);
    measured[`agentHearsCustomer (${codec})`] = heardByAgent;
    expect(heardByAgent.toneSeconds).toBeGreaterThan(1);
    expect(heardByAgent.toneDb).toBeGreaterThan(-40);
    expect(heardByAgent.marginDb).toBeGreaterThan(20);

    await phone(agent).hangup();
    const ended = await leg.waitFor('ended', WAIT);
    expect(ended).toMatchObject({ reason: 'remoteHangup', wasAnswered: true });

    const heardByCustomer = await measureToneInWav(await leg.recordingPath(), { frequencyHz: AGENT_HZ });
    measured[`customerHearsAgent (${codec})`] = heardByCustomer;
    expect(heardByCustomer.toneSeconds).toBeGreaterThan(1);
    expect(heardByCustomer.toneDb).toBeGreaterThan(-40);
    expect(heardByCustomer.marginDb).toBeGreaterThan(20);
    measured[`callMs (${codec})`] = Math.round(performance.now() - started);
  });

  it('hears no tone when there is none: a silent customer and a muted agent, hung up by the customer', async () => {
    const started = performance.now();
    const leg = await rig.dial('8001', { audio: 'silence' });
    await phone(agent).waitForInvitation();
    await phone(agent).accept(true);
    await leg.waitFor('answered', WAIT);

    const heardByAgent = await phone(agent).measureRemoteTone(CUSTOMER_HZ, 2);
    measured.agentHearsSilentCustomer = heardByAgent;
    expect(heardByAgent.toneSeconds).toBe(0);
    expect(heardByAgent.toneDb).toBeLessThan(-60);

    expect(await leg.hangup()).toMatchObject({ reason: 'localHangup', wasAnswered: true });
    await phone(agent).waitForSessionState('Terminated');

    const heardByCustomer = await measureToneInWav(await leg.recordingPath(), { frequencyHz: AGENT_HZ });
    measured.customerHearsMutedAgent = heardByCustomer;
    expect(heardByCustomer.seconds).toBeGreaterThan(1);
    expect(heardByCustomer.toneSeconds).toBe(0);
    expect(heardByCustomer.toneDb).toBeLessThan(-60);
    measured['callMs (silence)'] = Math.round(performance.now() - started);
  });

  it('carries two legs at once, each with its own recording, like a consult ringing a second agent', async () => {
    const supervisor = await browser.newPhone();
    expect(await phone(supervisor).register('8002', '8002pw')).toEqual({ ok: true });

    const customerLeg = await rig.dial('8001');
    await phone(agent).waitForInvitation();
    await phone(agent).accept();
    await customerLeg.waitFor('answered', WAIT);

    const consultLeg = await rig.dial('8002');
    await phone(supervisor).waitForInvitation();
    await consultLeg.waitFor('ringing', WAIT);
    await phone(supervisor).accept(true);
    await consultLeg.waitFor('answered', WAIT);
    // Let both legs carry audio for a moment before either ends.
    await phone(agent).measureRemoteTone(CUSTOMER_HZ, 1);

    await phone(supervisor).hangup();
    expect(await consultLeg.waitFor('ended', WAIT)).toMatchObject({ reason: 'remoteHangup' });
    expect(customerLeg.state.phase).toBe('answered');
    expect(await customerLeg.hangup()).toMatchObject({ reason: 'localHangup' });

    const [customerHeard, consultHeard] = await Promise.all([customerLeg.recordingPath(), consultLeg.recordingPath()]);
    expect(customerHeard).not.toBe(consultHeard);
    expect((await measureToneInWav(customerHeard, { frequencyHz: AGENT_HZ })).toneSeconds).toBeGreaterThan(0.5);
    expect((await measureToneInWav(consultHeard, { frequencyHz: AGENT_HZ })).toneSeconds).toBe(0);
    await supervisor.context().close();
  });

  it('ends the caller leg as rejected with 486 when the agent declines the ring', async () => {
    const leg = await rig.dial('8001');
    await phone(agent).waitForInvitation();
    await leg.waitFor('ringing', WAIT);
    await phone(agent).decline();
    expect(await leg.waitFor('ended', WAIT)).toMatchObject({ reason: 'rejected', status: 486, wasAnswered: false });
  });

  it('cancels a ringing call when the caller gives up, and the browser stops ringing', async () => {
    const leg = await rig.dial('8001');
    await phone(agent).waitForInvitation();
    await leg.waitFor('ringing', WAIT);
    expect(await leg.hangup()).toMatchObject({ reason: 'cancelled', wasAnswered: false });
    await phone(agent).waitForSessionState('Terminated');
  });

  it('tells an offline extension (480) from an unknown one (404)', async () => {
    const offline = await rig.dial('8003');
    expect(await offline.waitFor('ended', WAIT)).toMatchObject({ reason: 'notRegistered', status: 480 });
    const unknown = await rig.dial('9999');
    expect(await unknown.waitFor('ended', WAIT)).toMatchObject({ reason: 'notRegistered', status: 404 });
    await expect(unknown.waitFor('answered')).rejects.toMatchObject({ code: 'legEnded' });
  });
});

describe('the SIP server crashes mid-shift', () => {
  it('the page reconnects and registers again once kamailio is back, and calls ring again', async () => {
    await agent.evaluate(() => window.phone.keepRegistered());
    await rig.kill('kamailio');
    expect(rig.isRunning('kamailio')).toBe(false);
    await agent.evaluate(() => window.phone.waitForDisconnect(20_000));

    const restarted = performance.now();
    await rig.restart('kamailio');
    measured.kamailioRestartMs = rig.startupMs.kamailio;
    await agent.evaluate(() => window.phone.waitForRegistration(30_000));
    measured.reRegisteredAfterMs = Math.round(performance.now() - restarted);
    expect(await rig.isRegistered('8001')).toBe(true);

    const leg = await rig.dial('8001');
    await phone(agent).waitForInvitation();
    await leg.waitFor('ringing', WAIT);
    await leg.hangup();
    // The kill was asked for; nothing else died on its own.
    expect(rig.unexpectedExits()).toEqual([]);
  });

  it('reports a media server that dies on its own, and carries audio again once it is restarted', async () => {
    let unsubscribe = () => {};
    const reported = new Promise((resolve) => (unsubscribe = rig.on('processExit', resolve)));
    const pid = rig.pid('rtpengine');
    expect(pid).toBeGreaterThan(1);
    process.kill(pid as number, 'SIGKILL');
    expect(await reported).toMatchObject({ name: 'rtpengine', signal: 'SIGKILL', expected: false });
    unsubscribe();
    expect(rig.unexpectedExits()).toHaveLength(1);

    await rig.restart('rtpengine');
    const leg = await rig.dial('8001');
    await phone(agent).waitForInvitation();
    await phone(agent).accept();
    await leg.waitFor('answered', WAIT);
    const heardByAgent = await phone(agent).measureRemoteTone(CUSTOMER_HZ, 1);
    expect(heardByAgent.toneSeconds).toBeGreaterThan(0.5);
    await leg.hangup();
  });
});

describe('starting and stopping', () => {
  it('says which Debian packages to install when a server binary is missing', async () => {
    const error = await startSipRig({ extensions: EXTENSIONS, binaryDirs: [workDir] }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SipRigError);
    expect(error).toMatchObject({ code: 'missingBinary' });
    expect((error as Error).message).toContain('apt-get install -y kamailio rtpengine-daemon baresip-core');
  });

  it('rejects bad input with a clear TypeError', async () => {
    await expect(startSipRig({ extensions: {} })).rejects.toThrow(TypeError);
    await expect(startSipRig({ extensions: { '80 01': 'x' } })).rejects.toThrow(/not a valid extension/);
    await expect(rig.dial('8001\r\nVia: evil')).rejects.toThrow(TypeError);
    await expect(rig.dial('8001', { headers: { 'X-Bad': 'a\r\nInjected: yes' } })).rejects.toThrow(/one-line/);
  });

  it('starts a second rig within seconds, and stopping it twice frees its ports', async () => {
    const started = performance.now();
    const second = await startSipRig({ extensions: { '7001': '7001pw' } });
    measured.secondRigStartMs = Math.round(performance.now() - started);
    await second.stop();
    await second.stop();
    expect(second.isRunning('kamailio')).toBe(false);
    expect(second.isRunning('rtpengine')).toBe(false);
    const port = Number(new URL(second.wsUrl).port);
    await new Promise<void>((resolve, reject) => {
      const probe = createServer().once('error', reject);
      probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()));
    });
  });
});
