/**
 * The SIP server crashes mid-shift and comes back (kamailio killed, then started again: every
 * registration is lost). The bar says the phone is reconnecting, then ready again, without a
 * reload, and the next call rings in the browser and is answered.
 */
import { expect, it } from 'vitest';
import { bar, signIn, screenshot, sim, UI_TIMEOUT, waitForBar } from '../support/e2e';
import { AGENTS } from '../support/seed';
import { CUSTOMER_HZ, expectLeg, heard, HEARD_SECONDS, note, sipState, softphoneDesk, waitForPhone } from './support/softphone';

const desk = softphoneDesk('file');

it('shows the phone reconnecting while the SIP server is down, and ready again once it is back, without a reload', async () => {
  const agent = await desk().open();
  await signIn(agent, AGENTS['1001']);
  await waitForPhone(agent, 'registered');
  // A mark a reload would wipe.
  await agent.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));

  expect(await sim.post('/sim/sip/servers/kamailio/kill')).toEqual({ server: 'kamailio', running: false });
  await waitForPhone(agent, 'reconnecting');
  await bar(agent).getByText('电话重连中', { exact: true }).waitFor({ timeout: UI_TIMEOUT });
  const notReady = bar(agent).getByRole('alert').filter({ hasText: '浏览器电话未就绪' });
  await notReady.getByText('无法连接电话服务器', { exact: false }).waitFor({ timeout: UI_TIMEOUT });
  expect((await sipState()).registered).toBeNull();
  // The CTI side is untouched: the agent is still signed in and idle.
  await waitForBar(agent, 'idle');
  await screenshot(agent, '31-phone-reconnecting');

  expect(await sim.post('/sim/sip/servers/kamailio/restart')).toEqual({ server: 'kamailio', running: true });
  const restartedAt = Date.now();
  await waitForPhone(agent, 'registered', 30_000);
  note('registered again after the restart (ms)', Date.now() - restartedAt);
  // The notice goes once the phone is back: nothing is left to do.
  await notReady.waitFor({ state: 'detached', timeout: UI_TIMEOUT });
  await expect.poll(async () => (await sipState()).registered, { timeout: UI_TIMEOUT }).toEqual(['8001']);
  expect(await agent.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);

  // The next call rings in the browser and is answered, with audio.
  const { callId } = await sim.placeCall({ caller: '13900001111', queueId: 6250 });
  await waitForBar(agent, 'ringing');
  await bar(agent).getByRole('region', { name: '来电' }).getByRole('button', { name: '接听', exact: true }).click();
  await waitForBar(agent, 'connected');
  await expectLeg(callId, '8001', { phase: 'answered' });
  expect(note('agent hears the customer after the restart', await heard(agent, CUSTOMER_HZ, 1.5)).toneSeconds).toBeGreaterThan(HEARD_SECONDS / 2);
  await bar(agent).getByRole('button', { name: '挂断', exact: true }).click();
  await waitForBar(agent, 'idle');
  await expectLeg(callId, '8001', { phase: 'ended', released: true });
});
