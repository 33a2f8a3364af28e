/**
 * A consult and a transfer between two agents whose phones are both in their browsers (two
 * contexts: two computers). The colleague's browser rings for the consult, the transfer ends the
 * first agent's SIP leg, and the colleague's leg carries the call's audio both ways.
 */
import { expect, it } from 'vitest';
import { bar, expectAgent, screenshot, signIn, sim, UI_TIMEOUT, waitForBar } from '../support/e2e';
import { AGENTS } from '../support/seed';
import { AGENT_HZ, CUSTOMER_HZ, expectLeg, heard, HEARD_SECONDS, note, recordingOf, softphoneDesk, toneSecondsIn, toneTimeline, waitForPhone } from './support/softphone';

const desk = softphoneDesk('file');

it('consults a colleague whose browser rings, transfers the customer, and the colleague’s leg carries the audio', async () => {
  const [agent, colleague] = await Promise.all([desk().open(), desk().open()]);
  await signIn(agent, AGENTS['1001']);
  await signIn(colleague, AGENTS['1002']);
  await Promise.all([waitForPhone(agent, 'registered'), waitForPhone(colleague, 'registered')]);

  const { callId } = await sim.placeCall({ caller: '13800138000', agentNum: '1001' });
  await waitForBar(agent, 'ringing');
  await bar(agent).getByRole('region', { name: '来电' }).getByRole('button', { name: '接听', exact: true }).click();
  await waitForBar(agent, 'connected');

  // 1001 consults 1002, picked from the free agents.
  await bar(agent).getByRole('button', { name: '转接/咨询', exact: true }).click();
  const consult = bar(agent).getByRole('dialog', { name: '咨询与转接' });
  await consult.getByRole('button', { name: /^1002 李娜/ }).click({ timeout: UI_TIMEOUT });
  await consult.getByRole('button', { name: '咨询坐席', exact: true }).click();
  await waitForBar(agent, 'consulting');

  // The colleague's browser rings, for a consult from 1001 张伟.
  await waitForBar(colleague, 'ringing');
  await expectLeg(callId, '8002', { phase: 'ringing', ringType: 4 });
  const ringing = bar(colleague).getByRole('region', { name: '来电' });
  await ringing.getByText('1001 张伟').waitFor({ timeout: UI_TIMEOUT });
  await ringing.getByText('咨询来电').waitFor({ timeout: UI_TIMEOUT });
  await screenshot(colleague, '11-colleague-consult-rings-in-the-browser');
  await ringing.getByRole('button', { name: '接听', exact: true }).click();
  await waitForBar(colleague, 'connected');
  await waitForBar(agent, 'consultConnected');
  await expectLeg(callId, '8002', { phase: 'answered' });
  expect(note('colleague hears the consult (440 Hz)', await heard(colleague, CUSTOMER_HZ, 1.5)).toneSeconds).toBeGreaterThan(HEARD_SECONDS / 2);

  // The transfer: 1001's leg ends, 1002 keeps the customer.
  await bar(agent).getByRole('button', { name: '转接', exact: true }).click();
  await waitForBar(agent, 'idle');
  await expectLeg(callId, '8001', { phase: 'ended', released: true });
  await expectLeg(callId, '8002', { phase: 'answered', released: false });
  await expectAgent('1002', { phase: 'connected', callId });
  expect(await bar(agent).getByRole('button', { name: '静音', exact: true }).count()).toBe(0);
  expect(note('first agent hears after the transfer', await heard(agent, CUSTOMER_HZ, 1))).toMatchObject({ toneSeconds: 0, liveTracks: 0 });
  expect(note('colleague hears the customer (440 Hz)', await heard(colleague, CUSTOMER_HZ, 2)).toneSeconds).toBeGreaterThan(HEARD_SECONDS);
  await screenshot(colleague, '12-colleague-has-the-customer');

  // The colleague hangs up: what the caller side of the new leg heard is the colleague's microphone.
  await bar(colleague).getByRole('button', { name: '挂断', exact: true }).click();
  await waitForBar(colleague, 'idle');
  const timeline = note('caller recording on 8002, 1000 Hz', await toneTimeline(await recordingOf(callId, '8002'), AGENT_HZ));
  expect(toneSecondsIn(timeline)).toBeGreaterThan(2 * HEARD_SECONDS);
  expect((await sim.state()).calls.find((call) => call.callId === callId)?.state).toBe('ended');
});
