import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { SimulatorSip, SipPhoneLeg } from '../../src';
import { measureToneInWav, writeToneWav, type SipCallerLeg } from '../../src/sip';
import type { TestAgent } from '../support/agent';
import { callIn, startTestSim, type TestSim } from '../support/sim';
import type { IncomingCall, RegisterResult } from './fixtures/phonePage';
import { startPhoneBrowser, type PhoneBrowser } from './support/phoneBrowser';

/**
 * Softphone mode end to end: the simulator's own rig (kamailio + rtpengine + a baresip per leg),
 * agents on the wintel wire (socket.io), and headless Chromium pages registered as their
 * extensions with the password INIT handed out. The model rings, the browser answers and hangs
 * up, and the wintel events follow as they do for a desk phone.
 */

const CUSTOMER_HZ = 440;
const AGENT_HZ = 1000;
const SIP_WAIT = 20_000;
const WAIT = { timeoutMs: SIP_WAIT };

let workDir = '';
let t: TestSim;
let sip: SimulatorSip;
let browser: PhoneBrowser;
/** 1001 on 8001 and 1004 on 8004, each with its browser phone. */
let a: TestAgent;
let b: TestAgent;
let pageA: Page;
let pageB: Page;

function phone(page: Page) {
  return {
    register: (extension: string, password: string) =>
      page.evaluate((options) => window.phone.register(options), { wsUrl: sip.wsUrl, domain: sip.domain, extension, password }) as Promise<RegisterResult>,
    waitForInvitation: () => page.evaluate((ms) => window.phone.waitForInvitation(ms), SIP_WAIT) as Promise<IncomingCall>,
    accept: () => page.evaluate(() => window.phone.accept()),
    decline: () => page.evaluate(() => window.phone.decline()),
    hangup: () => page.evaluate(() => window.phone.hangup()),
    waitForSessionState: (state: string) => page.evaluate(([wanted, ms]) => window.phone.waitForSessionState(wanted, ms), [state, SIP_WAIT] as const),
    measureRemoteTone: (hz: number, seconds: number) => page.evaluate(([f, s]) => window.phone.measureRemoteTone(f, s), [hz, seconds] as const),
  };
}

/** The simulator's record of the latest SIP leg that rang `extension` for `callId`. */
function legView(callId: string, extension: string): SipPhoneLeg {
  const view = sip.legs().filter((leg) => leg.callId === callId && leg.extension === extension).at(-1);
  if (!view) throw new Error(`${extension} never rang for call ${callId}; legs: ${JSON.stringify(sip.legs())}`);
  return view;
}

/** The rig's handle on that leg, to wait for its SIP events. */
function sipLeg(callId: string, extension: string): SipCallerLeg {
  const id = legView(callId, extension).sipLeg;
  const leg = sip.rig.legs().find((candidate) => candidate.id === id);
  if (!leg) throw new Error(`no rig leg ${String(id)} for ${extension}`);
  return leg;
}

/** Signs in and registers the agent's browser with the SIP password INIT answered with. */
async function agentWithBrowserPhone(agentNum: string, extension: string): Promise<{ agent: TestAgent; page: Page }> {
  const agent = await t.connect();
  const init = await agent.login(agentNum, extension);
  const password = (JSON.parse(init.Retmsg as string) as [number[], string[], string])[2];
  const page = await browser.newPhone();
  expect(await phone(page).register(extension, password)).toEqual({ ok: true });
  return { agent, page };
}

async function queueCall(queueId = 6250, caller = '13900001111'): Promise<string> {
  const { status, body } = await t.post('/sim/calls', { caller, queueId });
  expect(status).toBe(201);
  return body.callId as string;
}

/** A customer from queue 6250 rings 8001, and the agent answers in the browser. */
async function talkingToCustomer(): Promise<string> {
  const callId = await queueCall();
  await a.phone(5);
  await phone(pageA).waitForInvitation();
  await phone(pageA).accept();
  await a.phone(6, SIP_WAIT);
  return callId;
}

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'wincall-softphone-test-'));
  const microphone = await writeToneWav(join(workDir, 'agent-microphone.wav'), { frequencyHz: AGENT_HZ, sampleRate: 48_000, seconds: 10, amplitude: 0.5 });
  [t, browser] = await Promise.all([startTestSim('instant', undefined, { phone: 'softphone', sip: { callerAudioSeconds: 60 } }), startPhoneBrowser(microphone)]);
  if (!t.sim.sip) throw new Error('softphone mode started without its SIP side');
  sip = t.sim.sip;
  ({ agent: a, page: pageA } = await agentWithBrowserPhone('1001', '8001'));
  ({ agent: b, page: pageB } = await agentWithBrowserPhone('1004', '8004'));
});

afterAll(async () => {
  await browser?.close();
  await t?.close();
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

describe('softphone mode', () => {
  it('tells tests and the demo where to register, and who is registered', async () => {
    const { status, body } = await t.get('/sim/sip');
    expect(status).toBe(200);
    expect(body).toMatchObject({ phone: 'softphone', wsUrl: sip.wsUrl, domain: '127.0.0.1' });
    expect(body.registered).toEqual(expect.arrayContaining(['8001', '8004']));
    expect(body.registered).not.toContain('8002');
  });

  it('a queue call rings the browser over SIP; answering there connects the agent; the agent’s HANGUP ends the SIP leg', async () => {
    const callId = await queueCall();
    expect(await a.phone(5)).toMatchObject({ RingType: 1, CallId: callId });
    const invitation = await phone(pageA).waitForInvitation();
    expect(invitation.from).toBe('13900001111');
    expect(invitation.headers).toMatchObject({ 'x-wincall-call': callId, 'x-wincall-ring-type': '1', 'x-wincall-agent': '1001' });

    // The desk phone's control API cannot lift a browser phone.
    expect(await t.post('/sim/phones/8001/answer')).toEqual({ status: 409, body: { error: 'extension 8001 is a browser phone: answer it in the browser' } });

    await phone(pageA).accept();
    await a.phone(6, SIP_WAIT);
    expect(callIn(await t.state(), callId)).toMatchObject({ state: 'connected', agents: ['1001'] });

    expect(await a.request({ Action: 23 })).toMatchObject({ Ret: 0 });
    await a.phone(0);
    expect(await sipLeg(callId, '8001').waitFor('ended', WAIT)).toMatchObject({ reason: 'localHangup', wasAnswered: true });
    await phone(pageA).waitForSessionState('Terminated');
  });

  it('the browser hanging up ends the wintel call, and the caller heard the agent', async () => {
    const callId = await talkingToCustomer();
    // The agent hears the customer while the call carries audio both ways.
    expect((await phone(pageA).measureRemoteTone(CUSTOMER_HZ, 1)).toneSeconds).toBeGreaterThan(0.5);
    await phone(pageA).hangup();
    await a.phone(0, SIP_WAIT);
    expect(callIn(await t.state(), callId).state).toBe('ended');
    expect((await t.state()).legs.at(-1)).toMatchObject({ agentNum: '1001', callId, endedBy: 'agent' });

    // The control API gives the caller side's recording once the leg has ended.
    const recording = await vi.waitFor(
      async () => {
        const { body } = await t.get(`/sim/sip/legs?callId=${callId}`);
        const [leg] = body as unknown as SipPhoneLeg[];
        expect(leg).toMatchObject({ extension: '8001', endReason: 'remoteHangup', released: true });
        if (!leg?.recording) throw new Error('no recording yet');
        return leg.recording;
      },
      { timeout: SIP_WAIT, interval: 100 },
    );
    const heard = await measureToneInWav(recording, { frequencyHz: AGENT_HZ });
    expect(heard.toneSeconds).toBeGreaterThan(0.5);
  });

  it('the customer hanging up (control API) ends both sides', async () => {
    const callId = await talkingToCustomer();
    expect((await t.post(`/sim/calls/${callId}/hangup`)).status).toBe(200);
    await a.phone(0);
    expect(await sipLeg(callId, '8001').waitFor('ended', WAIT)).toMatchObject({ reason: 'localHangup' });
    await phone(pageA).waitForSessionState('Terminated');
  });

  it('declining in the browser gives the queue call back to its queue', async () => {
    const callId = await queueCall();
    await a.phone(5);
    await phone(pageA).waitForInvitation();
    await phone(pageA).decline();
    await a.phone(0, SIP_WAIT);
    expect(legView(callId, '8001')).toMatchObject({ released: true });
    expect(await sipLeg(callId, '8001').waitFor('ended', WAIT)).toMatchObject({ reason: 'rejected', status: 486 });
    const state = await t.state();
    expect(state.queues.find((queue) => queue.id === 6250)?.waiting).toEqual([callId]);
    expect(state.legs.at(-1)).toMatchObject({ agentNum: '1001', callId, endedBy: 'agent', missed: false });
    await t.post(`/sim/calls/${callId}/hangup`);
  });

  it('an extension nobody registered: the ring fails, the call goes back to its queue, the agent is set busy', async () => {
    const alice = await t.connect();
    await alice.login('2001', '9001', 1, { tenant: 'acme' });
    const callId = await queueCall(7000, '13900004444');
    await alice.phone(5);
    await alice.phone(0, SIP_WAIT);
    expect(await alice.agentState(2)).toMatchObject({ AgStaParam: 0 });
    expect(legView(callId, '9001')).toMatchObject({ endReason: 'notRegistered', status: 480 });
    const state = await t.state();
    expect(state.queues.find((queue) => queue.id === 7000)?.waiting).toEqual([callId]);
    expect(state.agents.find((agent) => agent.agentNum === '2001')).toMatchObject({ status: 'busy', busyReasonId: 0 });
    await t.post(`/sim/calls/${callId}/hangup`);
    alice.close();
  });

  it('an outbound call rings the agent’s own browser phone first, and dials out once it is answered', async () => {
    a.send({ Action: 22, Called: '13900005555', CallerID: '58452440', GroupID: 0, OutChan: 0, ProID: 0, TaskID: 0 });
    const ring = await a.phone(5);
    expect(ring).toMatchObject({ RingType: 2 });
    const invitation = await phone(pageA).waitForInvitation();
    expect(invitation.headers).toMatchObject({ 'x-wincall-call': ring.CallId, 'x-wincall-ring-type': '2' });
    await phone(pageA).accept();
    await a.phone(10, SIP_WAIT);
    await a.phone(4);
    await a.phone(6);
    await phone(pageA).hangup();
    await a.phone(0, SIP_WAIT);
    expect(callIn(await t.state(), ring.CallId as string).state).toBe('ended');
  });

  it('a consult rings the colleague’s browser; a transfer ends the first agent’s leg and keeps the colleague’s', async () => {
    const callId = await talkingToCustomer();
    expect(await a.request({ Action: 24, AgID: 4 })).toMatchObject({ Ret: 0 });
    expect(await b.phone(5)).toMatchObject({ RingType: 4, CallId: callId });
    expect((await phone(pageB).waitForInvitation()).headers).toMatchObject({ 'x-wincall-call': callId, 'x-wincall-ring-type': '4' });
    await phone(pageB).accept();
    await b.phone(6, SIP_WAIT);
    await a.phone(22);

    expect(await a.request({ Action: 29 })).toMatchObject({ Ret: 0 });
    await a.phone(33);
    await a.phone(0);
    await b.phone(35);
    expect(await sipLeg(callId, '8001').waitFor('ended', WAIT)).toMatchObject({ reason: 'localHangup' });
    await phone(pageA).waitForSessionState('Terminated');
    expect(sipLeg(callId, '8004').state.phase).toBe('answered');
    expect(legView(callId, '8004').released).toBe(false);
    expect(callIn(await t.state(), callId)).toMatchObject({ state: 'connected', agents: ['1004'] });

    // The colleague now has the customer: hanging up in the browser ends the call.
    await phone(pageB).hangup();
    await b.phone(0, SIP_WAIT);
    expect(callIn(await t.state(), callId).state).toBe('ended');
  });
});

// Last in the file: a reset signs every agent out, and a kamailio restart loses every registration.
describe('the SIP servers from the control API', () => {
  it('a password changed on the registrar refuses the one INIT hands out, until a reset restores the seed’s', async () => {
    expect(await t.post('/sim/sip/extensions/8002/password', { password: 'changed-on-the-pbx' })).toEqual({ status: 200, body: { ok: true } });
    const refused = await browser.newPhone();
    expect(await phone(refused).register('8002', '8002pw')).toEqual({ ok: false, status: 403, reason: 'Forbidden' });
    const withNewPassword = await browser.newPhone();
    expect(await phone(withNewPassword).register('8002', 'changed-on-the-pbx')).toEqual({ ok: true });
    expect((await t.get('/sim/sip')).body.registered).toContain('8002');

    expect((await t.post('/sim/reset')).status).toBe(200);
    const withSeedPassword = await browser.newPhone();
    expect(await phone(withSeedPassword).register('8002', '8002pw')).toEqual({ ok: true });
    // Two browsers hold 8002 now: one contact each.
    expect(((await t.get('/sim/sip')).body.contacts as Record<string, string[]>)['8002']).toHaveLength(2);
    await Promise.all([refused, withNewPassword, withSeedPassword].map((page) => page.context().close()));
  });

  it('answers bad password changes with a 400 or a 404', async () => {
    expect(await t.post('/sim/sip/extensions/8002/password', {})).toMatchObject({ status: 400 });
    expect(await t.post('/sim/sip/extensions/8002/password', { password: '' })).toMatchObject({ status: 400 });
    expect(await t.post('/sim/sip/extensions/8002/password', { password: 42 })).toMatchObject({ status: 400 });
    expect(await t.post('/sim/sip/extensions/7777/password', { password: 'x' })).toEqual({ status: 404, body: { error: 'no extension 7777 on the SIP server' } });
    expect(await t.post('/sim/sip/servers/asterisk/kill')).toMatchObject({ status: 404 });
  });

  it('kills kamailio (nobody is registered) and starts it again, with a changed password kept', async () => {
    await t.post('/sim/sip/extensions/8003/password', { password: 'kept-across-restarts' });
    expect(await t.post('/sim/sip/servers/kamailio/kill')).toEqual({ status: 200, body: { server: 'kamailio', running: false } });
    expect((await t.get('/sim/sip')).body).toMatchObject({ phone: 'softphone', registered: null, contacts: null });

    expect(await t.post('/sim/sip/servers/kamailio/restart')).toEqual({ status: 200, body: { server: 'kamailio', running: true } });
    const { body } = await t.get('/sim/sip');
    expect(body.registered).toEqual(expect.any(Array));
    expect(body.registered).not.toContain('8003');
    const page = await browser.newPhone();
    expect(await phone(page).register('8003', '8003pw')).toMatchObject({ ok: false, status: 403 });
    const again = await browser.newPhone();
    expect(await phone(again).register('8003', 'kept-across-restarts')).toEqual({ ok: true });
    await t.post('/sim/reset');
    await Promise.all([page, again].map((p) => p.context().close()));
  });
});
