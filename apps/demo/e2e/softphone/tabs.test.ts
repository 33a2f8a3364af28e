/**
 * One agent, two tabs of the CRM: one SIP registration (the leader tab's), the call rings in the
 * leader, the other tab shows it and its Answer asks the leader to answer; closing the leader
 * hands the registration over to the tab that is left.
 */
import type { Page, WebSocket } from 'playwright-core';
import { expect, inject, it } from 'vitest';
import { appUrl, bar, screenshot, signIn, sim, UI_TIMEOUT, waitForBar, waitForTabRole } from '../support/e2e';
import { AGENTS } from '../support/seed';
import { CUSTOMER_HZ, expectLeg, heard, HEARD_SECONDS, note, sipState, softphoneDesk, waitForPhone } from './support/softphone';

const desk = softphoneDesk('file');

/** The tab's WebSockets to the SIP server, and the SIP requests each received. */
function watchSip(page: Page) {
  const sockets: WebSocket[] = [];
  const received: string[] = [];
  page.on('websocket', (socket) => {
    if (!socket.url().startsWith(inject('demoSoftphone').sipWsUrl)) return;
    sockets.push(socket);
    socket.on('framereceived', ({ payload }) => {
      const line = String(payload).split('\r\n', 1)[0] ?? '';
      if (!line.startsWith('SIP/2.0')) received.push(line.split(' ', 1)[0] ?? '');
    });
  });
  return { opened: () => sockets.length, open: () => sockets.filter((s) => !s.isClosed()).length, received };
}

const contactsOf8001 = async () => (await sipState()).contacts?.['8001'] ?? [];

it('registers once for two tabs, rings in the leader, answers from the other tab, and hands the registration over when the leader closes', async () => {
  const context = await desk().newContext();
  const leader = await context.newPage();
  const leaderSip = watchSip(leader);
  await leader.goto(appUrl());
  await signIn(leader, AGENTS['1001']);
  await waitForTabRole(leader, 'leader');
  await waitForPhone(leader, 'registered');

  const other = await context.newPage();
  const otherSip = watchSip(other);
  await other.goto(appUrl());
  await waitForTabRole(other, 'follower');
  await waitForBar(other, 'idle');
  // The other tab shows the leader's phone.
  await waitForPhone(other, 'registered');
  expect(leaderSip.open()).toBe(1);
  expect(otherSip.opened()).toBe(0);
  expect(await contactsOf8001()).toHaveLength(1);
  const firstContact = (await contactsOf8001())[0];

  // The call rings in the leader: the INVITE reaches its SIP socket; both tabs show the call.
  const { callId } = await sim.placeCall({ caller: '13800138000', queueId: 6250 });
  await Promise.all([waitForBar(leader, 'ringing'), waitForBar(other, 'ringing')]);
  await expectLeg(callId, '8001', { phase: 'ringing' });
  await expect.poll(() => leaderSip.received, { timeout: UI_TIMEOUT }).toContain('INVITE');
  await screenshot(other, '41-other-tab-ringing');

  // Answer in the other tab: the leader's phone picks up, and carries the audio.
  await bar(other).getByRole('region', { name: '来电' }).getByRole('button', { name: '接听', exact: true }).click();
  await Promise.all([waitForBar(leader, 'connected'), waitForBar(other, 'connected')]);
  await expectLeg(callId, '8001', { phase: 'answered' });
  expect(note('leader tab hears the customer', await heard(leader, CUSTOMER_HZ, 1.5)).toneSeconds).toBeGreaterThan(HEARD_SECONDS / 2);
  expect(note('other tab plays no call audio', await heard(other, CUSTOMER_HZ, 1)).liveTracks).toBe(0);
  expect(otherSip.opened()).toBe(0);
  await bar(other).getByRole('button', { name: '挂断', exact: true }).click();
  await Promise.all([waitForBar(leader, 'idle'), waitForBar(other, 'idle')]);
  await expectLeg(callId, '8001', { phase: 'ended', released: true });

  // The leader closes: the other tab takes over the connection and the registration.
  await leader.close();
  await waitForTabRole(other, 'leader');
  await waitForPhone(other, 'registered');
  await expect.poll(contactsOf8001, { timeout: UI_TIMEOUT }).toEqual([expect.not.stringContaining(firstContact!)]);
  expect(otherSip.open()).toBe(1);

  const next = await sim.placeCall({ caller: '13900001111', queueId: 6250 });
  await waitForBar(other, 'ringing');
  await bar(other).getByRole('region', { name: '来电' }).getByRole('button', { name: '接听', exact: true }).click();
  await waitForBar(other, 'connected');
  await expectLeg(next.callId, '8001', { phase: 'answered' });
  expect(note('new leader hears the customer', await heard(other, CUSTOMER_HZ, 1.5)).toneSeconds).toBeGreaterThan(HEARD_SECONDS / 2);
  await screenshot(other, '42-handed-over-connected');
  await sim.post(`/sim/calls/${next.callId}/hangup`);
  await waitForBar(other, 'idle');
});
