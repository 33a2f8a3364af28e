/**
 * An agent's calls with the phone in the browser (issue 23): the extension registers when the
 * agent signs in, a queue call rings the page over SIP, Answer connects it with audio both ways
 * (the page hears the customer's 440 Hz, the caller's recording holds the microphone's 1000 Hz),
 * Mute silences what the caller hears, Hold, the keypad, and hanging up from either side.
 */
import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { bar, expectAgent, screenshot, signIn, sim, UI_TIMEOUT, waitForBar } from '../support/e2e';
import { AGENTS } from '../support/seed';
import {
  AGENT_HZ,
  barScreenshot,
  CUSTOMER_HZ,
  expectLeg,
  heard,
  HEARD_SECONDS,
  note,
  recordingOf,
  sipState,
  softphoneDesk,
  toneSecondsIn,
  toneTimeline,
  waitForPhone,
} from './support/softphone';

const desk = softphoneDesk('file');
let agent: Page;

/** A customer calls the presales queue; 1001, its only agent signed in, answers in the bar. */
async function answeredQueueCall(caller: string): Promise<string> {
  const { callId } = await sim.placeCall({ caller, queueId: 6250 });
  await waitForBar(agent, 'ringing');
  await bar(agent).getByRole('region', { name: '来电' }).getByRole('button', { name: '接听', exact: true }).click();
  await waitForBar(agent, 'connected');
  await expectLeg(callId, '8001', { phase: 'answered' });
  return callId;
}

beforeAll(async () => {
  agent = await desk().open();
  await signIn(agent, AGENTS['1001']);
});

it('registers the agent’s extension from the browser when the agent signs in', async () => {
  await waitForPhone(agent, 'registered');
  // Ready is an icon with its words for assistive technology.
  await bar(agent).getByText('电话就绪', { exact: true }).waitFor({ state: 'attached', timeout: UI_TIMEOUT });
  const sip = await sipState();
  expect(sip.registered).toEqual(['8001']);
  expect(sip.contacts?.['8001']).toEqual([expect.stringContaining('transport=ws')]);
  await screenshot(agent, '01-signed-in-phone-ready');
});

it('rings the browser; Answer connects the call with audio both ways; Mute silences what the caller hears; 挂断 ends the SIP leg', async () => {
  const { callId } = await sim.placeCall({ caller: '13800138000', queueId: 6250 });
  await waitForBar(agent, 'ringing');
  // The INVITE reached the page, which rings (180).
  await expectLeg(callId, '8001', { phase: 'ringing' });
  const ringing = bar(agent).getByRole('region', { name: '来电' });
  await ringing.getByText('13800138000').waitFor({ timeout: UI_TIMEOUT });
  const answer = ringing.getByRole('button', { name: '接听', exact: true });
  await expect.poll(() => answer.isEnabled(), { timeout: UI_TIMEOUT }).toBe(true);
  await bar(agent).getByRole('group', { name: '可用操作' }).getByRole('button', { name: '拒接', exact: true }).waitFor({ timeout: UI_TIMEOUT });
  await screenshot(agent, '02-ringing-answer-in-the-browser');
  await barScreenshot(agent, 'bar-ringing-answer');

  await answer.click();
  await waitForBar(agent, 'connected');
  await expectLeg(callId, '8001', { phase: 'answered' });
  await expectAgent('1001', { phase: 'connected', callId });
  const mute = bar(agent).getByRole('button', { name: '静音', exact: true });
  expect(await mute.getAttribute('aria-pressed')).toBe('false');

  // The agent hears the customer; the measurement tells the customer's tone from the agent's own.
  const customer = note('agent hears the customer (440 Hz)', await heard(agent, CUSTOMER_HZ, 2));
  expect(customer.toneSeconds).toBeGreaterThan(HEARD_SECONDS);
  expect(customer.marginDb).toBeGreaterThan(20);
  expect(note('agent hears its own voice (1000 Hz)', await heard(agent, AGENT_HZ, 1)).toneSeconds).toBeLessThan(0.3);
  await screenshot(agent, '03-connected-with-mute');
  await barScreenshot(agent, 'bar-connected-mute');

  // Muted: said beside the status, louder while the agent talks anyway; the agent still hears the customer.
  await mute.click();
  await expect.poll(() => mute.getAttribute('aria-pressed'), { timeout: UI_TIMEOUT }).toBe('true');
  await waitForPhone(agent, 'speaking');
  await bar(agent).getByRole('alert').filter({ hasText: '已静音，您在说话' }).waitFor({ timeout: UI_TIMEOUT });
  await screenshot(agent, '04-muted-while-speaking');
  expect(note('agent hears the customer while muted', await heard(agent, CUSTOMER_HZ, 3)).toneSeconds).toBeGreaterThan(HEARD_SECONDS);
  await mute.click();
  await expect.poll(() => mute.getAttribute('aria-pressed'), { timeout: UI_TIMEOUT }).toBe('false');
  await waitForPhone(agent, 'registered');
  expect((await heard(agent, CUSTOMER_HZ, 2)).toneSeconds).toBeGreaterThan(HEARD_SECONDS);

  // 挂断 in the bar: the wintel call and the browser's SIP leg both end.
  await bar(agent).getByRole('button', { name: '挂断', exact: true }).click();
  await waitForBar(agent, 'idle');
  await expectLeg(callId, '8001', { phase: 'ended', released: true });
  expect((await sim.state()).calls.find((call) => call.callId === callId)?.state).toBe('ended');
  expect(await mute.count()).toBe(0);
  // Silence control: with the leg gone the page has nothing of the customer to hear.
  const afterwards = note('agent hears after hanging up', await heard(agent, CUSTOMER_HZ, 1));
  expect(afterwards).toMatchObject({ toneSeconds: 0, liveTracks: 0 });
  expect(afterwards.blocks).toBeGreaterThan(0);

  // The caller heard the agent's microphone, then two seconds and more of nothing while muted, then the agent again.
  const timeline = note('caller recording, 1000 Hz per quarter second', await toneTimeline(await recordingOf(callId, '8001'), AGENT_HZ));
  expect(timeline).toMatch(/T{4,}\.{8,}T{4,}/);
  expect(toneSecondsIn(timeline)).toBeGreaterThan(2 * HEARD_SECONDS);

  // The call log has it, hung up by the agent.
  await agent.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '通话记录' }).click();
  await agent.locator(`tr[data-call-id="${callId}"][data-end-reason="agentHangup"]`).getByText('坐席挂断').waitFor({ timeout: UI_TIMEOUT });
  await agent.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '客户' }).click();
});

it('holds and resumes, sends the keypad’s digits, and leaves the call when the customer hangs up', async () => {
  const callId = await answeredQueueCall('13900001111');

  await bar(agent).getByRole('button', { name: '保持', exact: true }).click();
  await waitForBar(agent, 'held');
  await expectAgent('1001', { phase: 'held' });
  await bar(agent).getByRole('button', { name: '恢复通话', exact: true }).click();
  await waitForBar(agent, 'connected');
  await expectAgent('1001', { phase: 'connected' });
  // Held and resumed on the CTI side only: the browser's leg carried on.
  await expectLeg(callId, '8001', { phase: 'answered', released: false });

  await bar(agent).getByRole('button', { name: '拨号键盘', exact: true }).click();
  const keypad = bar(agent).getByRole('group', { name: '拨号键盘' });
  for (const digit of ['1', '2', '3', '#']) await keypad.getByRole('button', { name: digit, exact: true }).click();
  await expect.poll(async () => (await sim.state()).calls.find((call) => call.callId === callId)?.dtmf, { timeout: UI_TIMEOUT }).toBe('123#');

  // The customer hangs up: the bar leaves the call and the simulator ends the browser's leg.
  await sim.post(`/sim/calls/${callId}/hangup`);
  await waitForBar(agent, 'idle');
  await expectLeg(callId, '8001', { phase: 'ended', endReason: 'localHangup', released: true });
  await waitForPhone(agent, 'registered');
  expect(await bar(agent).getByRole('button', { name: '静音', exact: true }).count()).toBe(0);
  expect(await heard(agent, CUSTOMER_HZ, 1)).toMatchObject({ toneSeconds: 0, liveTracks: 0 });
});
