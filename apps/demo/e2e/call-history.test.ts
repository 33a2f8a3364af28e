/**
 * The call log is built on the core's call records: a missed call, a call transferred to the
 * survey and a normal call (with a page reload in the middle of it) each show once, with the right
 * end reason, also after another reload; and each agrees with the simulator's own account.
 */
import { expect, it } from 'vitest';
import { bar, deskPerTest, screenshot, signIn, sim, UI_TIMEOUT, waitForBar } from './support/e2e';
import { AGENTS } from './support/seed';

const desk = deskPerTest();

it('logs a missed, a transferred and a normal call with their end reasons, across reloads', async () => {
  const page = await desk().open();
  await signIn(page, AGENTS['1001']);

  // 1. A customer calls 1001 and gives up before anyone answers.
  const missed = await sim.placeCall({ caller: '13900002222', agentNum: '1001' });
  await waitForBar(page, 'ringing');
  await sim.post(`/sim/calls/${missed.callId}/hangup`);
  await waitForBar(page, 'idle');

  // 2. A customer is answered and sent to the satisfaction survey.
  const surveyed = await sim.placeCall({ caller: '13800138000', agentNum: '1001' });
  await waitForBar(page, 'ringing');
  await sim.post('/sim/phones/8001/answer');
  await waitForBar(page, 'connected');
  // The survey is in the bar's "more" menu, and asks for confirmation in the transfer sheet.
  await bar(page).getByRole('button', { name: '更多操作' }).click();
  await page.getByRole('menuitem', { name: '转满意度评价' }).click();
  await page.getByRole('dialog', { name: '咨询与转接' }).getByRole('button', { name: '转满意度评价', exact: true }).last().click();
  await waitForBar(page, 'afterCallWork');
  await waitForBar(page, 'idle');

  // 3. A normal call; the page reloads while the agent is talking, then the customer hangs up.
  const normal = await sim.placeCall({ caller: '13700003333', agentNum: '1001' });
  await waitForBar(page, 'ringing');
  await sim.post('/sim/phones/8001/answer');
  await waitForBar(page, 'connected');
  await page.reload();
  await waitForBar(page, 'connected');
  await sim.post(`/sim/calls/${normal.callId}/hangup`);
  await waitForBar(page, 'afterCallWork');
  await waitForBar(page, 'idle');

  await page.reload();
  await waitForBar(page, 'idle');
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '通话记录' }).click();
  const row = (callId: string) => page.locator(`tr[data-call-id="${callId}"]`);
  await row(missed.callId).waitFor({ timeout: UI_TIMEOUT });
  const expected: [string, string, string][] = [
    [missed.callId, 'missed', '未接来电'],
    [surveyed.callId, 'transferred', '坐席转出'],
    [normal.callId, 'remoteHangup', '客户挂断'],
  ];
  for (const [callId, reason, text] of expected) {
    await row(callId).getByText(text, { exact: true }).waitFor({ timeout: UI_TIMEOUT });
    expect(await row(callId).getAttribute('data-end-reason')).toBe(reason);
    // Exactly one row per call, also for the call that lived through a reload.
    expect(await row(callId).count()).toBe(1);
  }
  expect(await row(missed.callId).getAttribute('data-missed')).toBe('true');
  expect(await row(normal.callId).getAttribute('data-missed')).toBeNull();
  await row(missed.callId).getByText('未接通', { exact: true }).waitFor({ timeout: UI_TIMEOUT });
  await screenshot(page, '51-call-history-after-reload');

  // The simulator's own account agrees on who ended each call and whether it was missed.
  const legs = (await sim.state()).legs.filter((leg) => leg.agentNum === '1001');
  expect(legs.map((leg) => [leg.callId, leg.endedBy, leg.missed])).toEqual([
    [missed.callId, 'remote', true],
    [surveyed.callId, 'transfer', false],
    [normal.callId, 'remote', false],
  ]);
  // The stored log holds one record per call and nothing of the sign-in.
  const stored = await page.evaluate(() => localStorage.getItem('wincall-demo:call-log:v2') ?? '');
  expect((JSON.parse(stored) as { callId: string }[]).map((r) => r.callId)).toEqual([normal.callId, surveyed.callId, missed.callId]);
  expect(stored).not.toContain(AGENTS['1001'].password);
});
