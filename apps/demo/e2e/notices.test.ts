/**
 * Issue 24, an agent's day in Chromium: whenever the server, the network or the far end changes the
 * agent's world, the bar says what happened and offers what to do next; the CRM (the demo) hears of
 * it through the client's `notice` event and keeps it in its notices log; and where a call ended,
 * its record in the call log says the same. Also: supervisor-only actions, timers that agree to the
 * second, Decline on a ringing desk phone, consult rows on both sides, hang-up in one place, and
 * the next status chosen during a call.
 */
import { expect, it } from 'vitest';
import { bar, chooseStatus, deskPerTest, expectAgent, screenshot, signIn, sim, UI_TIMEOUT, waitForBar } from './support/e2e';
import {
  callRow,
  cells,
  dialFromBar,
  hangUpX,
  notice,
  noticeRows,
  noticeWords,
  openCallLog,
  seconds,
  talkFor,
  talkTimer,
} from './support/notices';
import { startOwnSimulator } from './support/ownSimulator';
import { AGENTS } from './support/seed';

const desk = deskPerTest();

it('a missed ring: the server sets the agent busy, the bar says why and offers Ready; the CRM logs a missed call', async () => {
  // Only this scenario lets a ring time out by itself (3 s), on a simulator of its own.
  const own = await startOwnSimulator({ ringTimeout: 3_000 });
  try {
    const page = await (await desk().newContext()).newPage();
    await page.goto(own.appUrl());
    await signIn(page, AGENTS['1001']);

    // A customer calls the presales queue; 1001's desk phone rings and nobody lifts it.
    const { callId } = await own.control.placeCall({ caller: '13800138000', queueId: 6250 });
    await waitForBar(page, 'ringing');
    const missed = notice(page, 'missedRing');
    await missed.getByText(/系统已将您置为忙碌/).waitFor({ timeout: UI_TIMEOUT });
    await waitForBar(page, 'busy');
    const words = await noticeWords(missed);
    expect(words.title).toBe('未接来电');
    expect(words.detail).toMatch(/^13800138000 响铃 0:0\d 无人接听。系统已将您置为忙碌，不会再分配来电；准备好后请置闲。$/);
    await own.expectAgent('1001', { status: 'busy', callId: null });
    await screenshot(page, '71-missed-ring');

    // The customer gives up waiting; the agent reads the notice and takes its action.
    await own.control.post(`/sim/calls/${callId}/hangup`);
    await missed.getByRole('button', { name: '置闲', exact: true }).click();
    await missed.waitFor({ state: 'detached', timeout: UI_TIMEOUT });
    await waitForBar(page, 'idle');
    await own.expectAgent('1001', { status: 'idle' });

    // The CRM heard of it: one notice (updated in place when the server set the agent busy) and the missed call.
    await openCallLog(page);
    const rows = noticeRows(page, 'missedRing');
    await expect.poll(() => rows.count(), { timeout: UI_TIMEOUT }).toBe(1);
    const [, kind, logged, number, agentNum] = await cells(rows.first());
    expect([kind, logged, number, agentNum]).toEqual(['未接来电', `未接来电 ${words.detail}`, '13800138000', '1001']);
    expect(await rows.first().getAttribute('data-notice-call-id')).toBe(callId);
    const call = callRow(page, callId);
    await call.getByText('未接来电', { exact: true }).waitFor({ timeout: UI_TIMEOUT });
    expect(await call.getAttribute('data-end-reason')).toBe('missed');
    await call.getByText('未接通', { exact: true }).waitFor({ timeout: UI_TIMEOUT });
  } finally {
    await desk().close();
    await own.close();
  }
});

it('failed outbound calls: busy, no answer and unreachable numbers, each with Call back; and a dial the server refuses', async () => {
  const page = await desk().open();
  await signIn(page, AGENTS['1001']);

  // The simulator decides by the last digits: 486 busy, 408 rings and nobody answers, 404 unreachable.
  const failures: [string, string][] = [
    ['13800000486', '13800000486：对方忙或号码无法接通'],
    ['13800000408', '13800000408：无人接听'],
    ['13800000404', '13800000404：对方忙或号码无法接通'],
  ];
  for (const [number, detail] of failures) {
    await dialFromBar(page, number);
    const failed = notice(page, 'dialFailed');
    await failed.getByText(detail, { exact: true }).waitFor({ timeout: UI_TIMEOUT });
    expect(await noticeWords(failed)).toEqual({ title: '呼叫未接通', detail });
    await failed.getByRole('button', { name: '回拨', exact: true }).waitFor({ timeout: UI_TIMEOUT });
    await waitForBar(page, 'idle');
  }

  // "Call back" dials the last number again (it fails again: nobody answers there).
  await notice(page, 'dialFailed').getByRole('button', { name: '回拨', exact: true }).click();
  await expect
    .poll(async () => (await sim.state()).calls.filter((c) => c.kind === 'outbound' && c.customer === '13800000404').length, { timeout: UI_TIMEOUT })
    .toBe(2);
  await notice(page, 'dialFailed').getByText('13800000404：对方忙或号码无法接通').waitFor({ timeout: UI_TIMEOUT });
  await waitForBar(page, 'idle');

  // A dial the server refuses: 1001 picks colleague 1002 from the directory, 1002 takes a
  // customer's call meanwhile, and the server answers "not idle" (021006) when 1001 calls.
  const colleague = await desk().open();
  await signIn(colleague, AGENTS['1002']);
  await bar(page).getByRole('button', { name: '拨号', exact: true }).click();
  const sheet = bar(page).getByRole('dialog', { name: '外呼' });
  await sheet.getByRole('button', { name: /^1002 李娜/ }).click({ timeout: UI_TIMEOUT });
  const { callId: colleagueCall } = await sim.placeCall({ caller: '13700137000', agentNum: '1002' });
  await waitForBar(colleague, 'ringing');
  await sim.post('/sim/phones/8002/answer');
  await expectAgent('1002', { phase: 'connected', callId: colleagueCall });
  await sheet.getByRole('button', { name: '呼叫坐席', exact: true }).click();
  const refused = notice(page, 'dialFailed');
  await refused.getByText('被叫状态不空闲').waitFor({ timeout: UI_TIMEOUT });
  expect(await noticeWords(refused)).toEqual({ title: '呼叫未接通', detail: '被叫状态不空闲' });
  // Nothing to call back: the colleague is busy.
  expect(await refused.getByRole('button', { name: '回拨' }).count()).toBe(0);
  await expectAgent('1001', { status: 'idle', callId: null });

  // The CRM logged each failure in the agent's words, and each placed call with its end reason.
  await openCallLog(page);
  const rows = noticeRows(page, 'dialFailed');
  await expect.poll(() => rows.count(), { timeout: UI_TIMEOUT }).toBe(5);
  const logged = await Promise.all([0, 1, 2, 3, 4].map(async (i) => (await cells(rows.nth(i))).slice(1, 4)));
  expect(logged).toEqual([
    ['呼叫未接通', '呼叫未接通 被叫状态不空闲', '—'],
    ['呼叫未接通', '呼叫未接通 13800000404：对方忙或号码无法接通', '13800000404'],
    ['呼叫未接通', '呼叫未接通 13800000404：对方忙或号码无法接通', '13800000404'],
    ['呼叫未接通', '呼叫未接通 13800000408：无人接听', '13800000408'],
    ['呼叫未接通', '呼叫未接通 13800000486：对方忙或号码无法接通', '13800000486'],
  ]);
  const placed = (await sim.state()).calls.filter((c) => c.kind === 'outbound');
  expect(placed).toHaveLength(4);
  for (const call of placed) {
    const row = callRow(page, call.callId);
    await row.getByText('呼叫未接通', { exact: true }).waitFor({ timeout: UI_TIMEOUT });
    expect(await row.getAttribute('data-end-reason')).toBe('failed');
  }
  await page.getByRole('region', { name: '通知记录', exact: true }).scrollIntoViewIfNeeded();
  await screenshot(page, '73-notices-log');
});

it('a call lost with the connection: the outage and its time, Reconnect now, then the lost call with its talk time, as the record has it', async () => {
  // The server gives a dropped session 3 s before it ends the session and its call.
  const own = await startOwnSimulator({ sessionGrace: 3_000 });
  try {
    const context = await desk().newContext();
    const page = await context.newPage();
    await page.goto(own.appUrl());
    await signIn(page, AGENTS['1001']);
    const { callId } = await own.control.placeCall({ caller: '13700137000', agentNum: '1001' });
    await waitForBar(page, 'ringing');
    await own.control.post('/sim/phones/8001/answer');
    await waitForBar(page, 'connected');
    await talkFor(page, 2);

    // The agent's network goes.
    await context.setOffline(true);
    const outage = notice(page, 'reconnecting');
    expect(await noticeWords(outage)).toEqual({ title: '连接中断，正在重新连接', detail: '恢复前无法接打电话或转接。' });
    // It counts the outage, not the call.
    await outage.getByRole('timer', { name: '已断开' }).waitFor({ timeout: UI_TIMEOUT });
    // What needs the server is gone from the bar while it cannot be reached.
    for (const name of ['转接/咨询', '拨号键盘', '保持']) expect(await bar(page).getByRole('button', { name, exact: true }).count()).toBe(0);
    // "Reconnect now" tries at once; with the network still down the notice stays.
    await outage.getByRole('button', { name: '立即重连', exact: true }).click();
    expect(await outage.isVisible()).toBe(true);

    // The server waits out the session's grace, then ends the session and the call.
    await own.expectAgent('1001', { signedIn: false, callId: null }, 60_000);
    await context.setOffline(false);

    // The bar is back: signed in again, and it says the call was lost, with its talk time until the drop.
    const lost = notice(page, 'callLost');
    const words = await noticeWords(lost);
    expect(words.title).toBe('连接中断，通话已丢失');
    const talk = /^13700137000 · 通话 (\d+:\d\d)$/.exec(words.detail)?.[1];
    expect(talk, words.detail).toBeDefined();
    expect(seconds(talk!)).toBeGreaterThanOrEqual(2);
    await outage.waitFor({ state: 'detached', timeout: UI_TIMEOUT });
    await waitForBar(page, 'idle');
    await own.expectAgent('1001', { signedIn: true, connected: true, status: 'idle' });

    // The record agrees: ended by the lost connection, the same talk time to the second.
    await openCallLog(page);
    const row = callRow(page, callId);
    await row.getByText('连接中断，通话已丢失', { exact: true }).waitFor({ timeout: UI_TIMEOUT });
    expect(await row.getAttribute('data-end-reason')).toBe('connectionLost');
    const [, , , , , recorded] = await cells(row);
    expect(seconds(recorded!)).toBe(seconds(talk!));
    // The CRM heard of the outage and of the lost call.
    expect((await cells(noticeRows(page, 'callLost').first())).slice(1, 4)).toEqual(['通话丢失', `连接中断，通话已丢失 ${words.detail}`, '13700137000']);
    await noticeRows(page, 'reconnecting').first().waitFor({ timeout: UI_TIMEOUT });

    // "Call back" calls the customer again.
    await lost.getByRole('button', { name: '回拨', exact: true }).click();
    await waitForBar(page, 'connected');
    await own.expectAgent('1001', { phase: 'connected' });
    await bar(page).getByRole('button', { name: '挂断', exact: true }).click();
    await waitForBar(page, 'afterCallWork');
  } finally {
    await desk().close();
    await own.close();
  }
});

it('supervisor actions are for supervisors: nothing of them in the DOM for agent 1001, Monitor for 1005', async () => {
  const agent = await desk().open();
  await signIn(agent, AGENTS['1001']);
  // Not in the bar, and not in its "more" menu either.
  const more = bar(agent).getByRole('button', { name: '更多操作', exact: true });
  if ((await more.count()) > 0) {
    await more.click();
    await agent.getByRole('menu').waitFor({ timeout: UI_TIMEOUT });
    expect(await agent.getByRole('menuitem').allInnerTexts()).not.toContain('监听坐席');
    await agent.keyboard.press('Escape');
  }
  expect(await agent.getByText('监听坐席').count()).toBe(0);
  expect(await agent.getByText('班长监控').count()).toBe(0);

  const supervisor = await desk().open();
  await signIn(supervisor, AGENTS['1005']);
  await bar(supervisor).getByRole('button', { name: '监听坐席', exact: true }).waitFor({ timeout: UI_TIMEOUT });
});

it('timers: talk time leaves the hold out, the hold shows as hold, and the bar at hang-up says what the record says', async () => {
  const page = await desk().open();
  await signIn(page, AGENTS['1001']);
  const { callId } = await sim.placeCall({ caller: '13700137000', agentNum: '1001' });
  await waitForBar(page, 'ringing');
  await sim.post('/sim/phones/8001/answer');
  await waitForBar(page, 'connected');
  await talkFor(page, 2);

  // On hold: talk time stops where it was; the hold counts on its own.
  await bar(page).getByRole('button', { name: '保持', exact: true }).click();
  await waitForBar(page, 'held');
  expect(await talkTimer(page).getAttribute('data-state')).toBe('stopped');
  const beforeHold = seconds(await talkTimer(page).innerText());
  const holdTimer = bar(page).getByRole('timer', { name: '保持时长' });
  await expect.poll(async () => seconds(await holdTimer.innerText()), { timeout: UI_TIMEOUT, interval: 200 }).toBeGreaterThanOrEqual(3);
  expect(seconds(await talkTimer(page).innerText())).toBe(beforeHold);

  // Back to the customer: talk time goes on from where it stopped.
  await bar(page).getByRole('button', { name: '恢复通话', exact: true }).click();
  await waitForBar(page, 'connected');
  await talkFor(page, beforeHold + 1);

  // On hold again, and the agent hangs up from there: the talk time the bar shows is final.
  await bar(page).getByRole('button', { name: '保持', exact: true }).click();
  await waitForBar(page, 'held');
  expect(await talkTimer(page).getAttribute('data-state')).toBe('stopped');
  const atHangUp = seconds(await talkTimer(page).innerText());
  await bar(page).getByRole('button', { name: '挂断', exact: true }).click();
  await waitForBar(page, 'afterCallWork');

  // The record: the same talk time to the second, and the holds (over 3 s) in their own column.
  await openCallLog(page);
  const row = callRow(page, callId);
  await row.getByText('坐席挂断', { exact: true }).waitFor({ timeout: UI_TIMEOUT });
  const [, number, , , , talk, hold] = await cells(row);
  expect(number).toContain('13700137000');
  expect(seconds(talk!)).toBe(atHangUp);
  expect(seconds(hold!)).toBeGreaterThanOrEqual(3);
  // Nothing to tell the agent: they ended the call themselves.
  expect(await bar(page).locator('.wincall-notice').count()).toBe(0);
});

it('a ringing desk phone offers Decline (not Hang up) and says what it does; the sign-in form explains always-on', async () => {
  const page = await desk().open();
  const form = bar(page);
  await form.getByRole('checkbox', { name: '常接通' }).waitFor({ timeout: UI_TIMEOUT });
  await form.getByText('常接通：签入期间电话线路一直保持接通，来电直接在这里点“接听”，无需摘机。', { exact: true }).waitFor({ timeout: UI_TIMEOUT });
  await signIn(page, AGENTS['1001']);

  const { callId } = await sim.placeCall({ caller: '13800138000', queueId: 6250 });
  await waitForBar(page, 'ringing');
  const decline = bar(page).getByRole('button', { name: '拒接', exact: true });
  await decline.waitFor({ timeout: UI_TIMEOUT });
  expect(await bar(page).getByRole('button', { name: '挂断', exact: true }).count()).toBe(0);
  await bar(page).getByText('拒接后，队列来电回到队列，由其他坐席接听。', { exact: true }).waitFor({ timeout: UI_TIMEOUT });

  // Declining sends the call back to the queue, where it waits for another agent.
  await decline.click();
  await waitForBar(page, 'idle');
  await expect.poll(async () => (await sim.state()).calls.find((c) => c.callId === callId)?.state, { timeout: UI_TIMEOUT }).toBe('queued');
  await expectAgent('1001', { status: 'idle', callId: null });
  // The agent's own choice is no notice; the record says it was declined.
  expect(await bar(page).locator('.wincall-notice').count()).toBe(0);
  await openCallLog(page);
  const row = callRow(page, callId);
  await row.getByText('坐席拒接', { exact: true }).waitFor({ timeout: UI_TIMEOUT });
  expect(await row.getAttribute('data-end-reason')).toBe('declined');
});

it('a consult: the colleague sees who consults them by name, the consulting agent sees both parties, and hang-up keeps its place', async () => {
  // 1001 signs in first; 1002 signs in while 1001 is free. The wire names the consulting agent by
  // extension and id only; the bar names them from the free agents the config API listed, which
  // 1002's bar fetched while 1001 was among them.
  const agent = await desk().open();
  await signIn(agent, AGENTS['1001']);
  const colleague = await desk().open();
  await signIn(colleague, AGENTS['1002']);

  const { callId } = await sim.placeCall({ caller: '13800138000', agentNum: '1001' });
  await waitForBar(agent, 'ringing');
  await sim.post('/sim/phones/8001/answer');
  await waitForBar(agent, 'connected');
  const x = { connected: await hangUpX(agent) } as Record<string, number>;
  await bar(agent).getByRole('button', { name: '保持', exact: true }).click();
  await waitForBar(agent, 'held');
  x.held = await hangUpX(agent);
  await bar(agent).getByRole('button', { name: '恢复通话', exact: true }).click();
  await waitForBar(agent, 'connected');

  await bar(agent).getByRole('button', { name: '转接/咨询', exact: true }).click();
  const sheet = bar(agent).getByRole('dialog', { name: '咨询与转接' });
  await sheet.getByRole('button', { name: /^1002 李娜/ }).click({ timeout: UI_TIMEOUT });
  await sheet.getByRole('button', { name: '咨询坐席', exact: true }).click();
  await waitForBar(agent, 'consulting');
  x.consulting = await hangUpX(agent);

  // The colleague's phone rings: named "1001 张伟", not by the extension 8001.
  await waitForBar(colleague, 'ringing');
  const incoming = bar(colleague).getByRole('region', { name: '来电' });
  await incoming.getByText('1001 张伟').waitFor({ timeout: UI_TIMEOUT });
  expect(await incoming.getByText('8001').count()).toBe(0);

  // The consulting agent: the customer on hold, the colleague ringing, each since when.
  const parties = bar(agent).getByRole('list', { name: '通话各方' });
  const customerRow = parties.locator('li[data-role="customer"]');
  const consultedRow = parties.locator('li[data-role="consulted"]');
  await customerRow.getByText('保持等待中').waitFor({ timeout: UI_TIMEOUT });
  await customerRow.getByText('13800138000').waitFor({ timeout: UI_TIMEOUT });
  await consultedRow.getByText('1002 李娜').waitFor({ timeout: UI_TIMEOUT });
  await consultedRow.getByText('振铃中').waitFor({ timeout: UI_TIMEOUT });
  for (const row of [customerRow, consultedRow]) await row.getByRole('timer').waitFor({ timeout: UI_TIMEOUT });

  // 1002 lifts the phone: talking to 1001 张伟; on 1001's side the colleague row says talking.
  await sim.post('/sim/phones/8002/answer');
  await waitForBar(agent, 'consultConnected');
  await consultedRow.getByText('通话中').waitFor({ timeout: UI_TIMEOUT });
  await customerRow.getByText('保持等待中').waitFor({ timeout: UI_TIMEOUT });
  x.consultConnected = await hangUpX(agent);
  await waitForBar(colleague, 'connected');
  await bar(colleague).getByRole('group', { name: '当前通话' }).getByText('1001 张伟').waitFor({ timeout: UI_TIMEOUT });
  // The customer's hold time counts on (the picture shows both parties a few seconds in).
  await expect.poll(async () => seconds(await customerRow.getByRole('timer').innerText()), { timeout: UI_TIMEOUT, interval: 200 }).toBeGreaterThanOrEqual(2);
  await screenshot(agent, '72-consult-both-parties');

  // Hang-up sat at one x position through all four states.
  expect(new Set(Object.values(x)).size, JSON.stringify(x)).toBe(1);

  // 1001 takes the customer back; 1002 is free again.
  await bar(agent).getByRole('button', { name: '取回', exact: true }).click();
  await waitForBar(agent, 'connected');
  await waitForBar(colleague, 'idle');
  await sim.post(`/sim/calls/${callId}/hangup`);
  await waitForBar(agent, 'afterCallWork');
});

it('the next status chosen during a call ("after this call: busy — 午餐") applies when after-call work ends', async () => {
  const page = await desk().open();
  await signIn(page, AGENTS['1001']);
  const { callId } = await sim.placeCall({ caller: '13700137000', agentNum: '1001' });
  await waitForBar(page, 'ringing');
  await sim.post('/sim/phones/8001/answer');
  await waitForBar(page, 'connected');

  // During the call the status menu plans what comes after it.
  await bar(page).getByRole('button', { name: /^坐席状态/ }).click();
  await bar(page).getByText('本次通话结束后切换为').waitFor({ timeout: UI_TIMEOUT });
  await bar(page).getByRole('menuitemradio', { name: '午餐', exact: true }).click();
  await bar(page).getByText('通话后：忙碌 · 午餐', { exact: true }).waitFor({ timeout: UI_TIMEOUT });
  await expectAgent('1001', { status: 'occupied', phase: 'connected' });

  // The customer hangs up: after-call work (2 s), then busy for lunch, by itself.
  await sim.post(`/sim/calls/${callId}/hangup`);
  await waitForBar(page, 'afterCallWork');
  await waitForBar(page, 'busy');
  await expectAgent('1001', { status: 'busy', busyReasonId: 101 });
  await bar(page).getByRole('button', { name: /^坐席状态: 忙碌 午餐/ }).waitFor({ timeout: UI_TIMEOUT });
  expect(await bar(page).getByText('通话后：', { exact: false }).count()).toBe(0);
  // The agent chose it: no notice.
  expect(await bar(page).locator('.wincall-notice').count()).toBe(0);
});

it('a supervisor sets the agent busy, then signs them out: the bar says who did it, and offers to sign in again', async () => {
  const page = await desk().open();
  await signIn(page, AGENTS['1001']);

  await sim.post('/sim/agents/1001/force', { state: 'busy' });
  const forced = notice(page, 'forcedStatus');
  expect(await noticeWords(forced)).toEqual({ title: '班长已将您置为忙碌', detail: '忙碌期间不会分配来电。' });
  await waitForBar(page, 'busy');
  await expectAgent('1001', { status: 'busy' });
  // Choosing a status is the agent's answer to it.
  await chooseStatus(page, '空闲');
  await waitForBar(page, 'idle');
  await forced.waitFor({ state: 'detached', timeout: UI_TIMEOUT });

  await sim.post('/sim/agents/1001/force', { state: 'logout' });
  const signedOut = notice(page, 'forcedStatus');
  expect(await noticeWords(signedOut)).toEqual({ title: '班长已将您强制签出', detail: '如需继续工作，请重新签入。' });
  await waitForBar(page, 'signedOut');
  await expectAgent('1001', { signedIn: false });
  // "Sign in again" takes the agent to the sign-in form.
  await signedOut.getByRole('button', { name: '重新签入', exact: true }).click();
  await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.labels?.[0]?.textContent ?? ''), { timeout: UI_TIMEOUT }).toBe('工号');
  await signIn(page, AGENTS['1001']);
  await expectAgent('1001', { signedIn: true, status: 'idle' });

  // The CRM has both orders, in the agent's words, with the agent's number.
  await openCallLog(page);
  const rows = noticeRows(page, 'forcedStatus');
  await expect.poll(() => rows.count(), { timeout: UI_TIMEOUT }).toBe(2);
  expect((await cells(rows.nth(0))).slice(1)).toEqual(['状态被更改', '班长已将您强制签出 如需继续工作，请重新签入。', '—', '1001']);
  expect((await cells(rows.nth(1))).slice(1)).toEqual(['状态被更改', '班长已将您置为忙碌 忙碌期间不会分配来电。', '—', '1001']);
  // The log keeps notices, never the sign-in.
  const stored = await page.evaluate(() => localStorage.getItem('wincall-demo:notices:v1') ?? '');
  expect(stored).toContain('forcedStatus');
  expect(stored).not.toContain(AGENTS['1001'].password);

  // The log is in the page's language: in English, the same notices in English words.
  await page.getByLabel('界面语言').selectOption('en');
  const english = page.getByRole('region', { name: 'Notices', exact: true }).locator('tr[data-kind="forcedStatus"]');
  await english.first().getByText('A supervisor signed you out', { exact: true }).waitFor({ timeout: UI_TIMEOUT });
  expect((await cells(english.nth(0))).slice(1, 3)).toEqual(['Status changed', 'A supervisor signed you out Sign in again to continue.']);
  expect((await cells(english.nth(1))).slice(1, 3)).toEqual(['Status changed', 'A supervisor set you to Busy You get no calls while Busy.']);
});

it('a consult that fails and a customer who hangs up on hold: the call stays or ends, and the bar and the CRM say which', async () => {
  const page = await desk().open();
  await signIn(page, AGENTS['1001']);
  const { callId } = await sim.placeCall({ caller: '13700137000', agentNum: '1001' });
  await waitForBar(page, 'ringing');
  await sim.post('/sim/phones/8001/answer');
  await waitForBar(page, 'connected');

  // A consult with a busy outside number: it does not go through, the customer is still there.
  await bar(page).getByRole('button', { name: '转接/咨询', exact: true }).click();
  const sheet = bar(page).getByRole('dialog', { name: '咨询与转接' });
  await sheet.getByLabel('搜索坐席、队列，或输入号码').fill('13900000486');
  await sheet.getByRole('button', { name: /^13900000486/ }).first().click({ timeout: UI_TIMEOUT });
  await sheet.getByRole('button', { name: '咨询号码', exact: true }).click();
  const failed = notice(page, 'transferFailed');
  const words = await noticeWords(failed);
  expect(words.title).toBe('咨询未成功');
  expect(words.detail).toMatch(/通话仍在您这里。$/);
  await waitForBar(page, 'connected');
  await expectAgent('1001', { phase: 'connected', callId });

  // On hold, the customer hangs up.
  await bar(page).getByRole('button', { name: '保持', exact: true }).click();
  await waitForBar(page, 'held');
  await sim.post(`/sim/calls/${callId}/hangup`);
  const ended = notice(page, 'endedWhileHeld');
  const endedWords = await noticeWords(ended);
  expect(endedWords.title).toBe('对方在保持中挂断了电话');
  expect(endedWords.detail).toMatch(/^13700137000 · 保持了 \d+:\d\d$/);
  await waitForBar(page, 'afterCallWork');

  await openCallLog(page);
  const row = callRow(page, callId);
  await row.getByText('客户挂断', { exact: true }).waitFor({ timeout: UI_TIMEOUT });
  expect(await row.getAttribute('data-end-reason')).toBe('remoteHangup');
  expect((await cells(noticeRows(page, 'transferFailed').first())).slice(1, 4)).toEqual(['咨询或转接未成功', `咨询未成功 ${words.detail}`, '13700137000']);
  expect((await cells(noticeRows(page, 'endedWhileHeld').first())).slice(1, 4)).toEqual(['保持中挂断', `对方在保持中挂断了电话 ${endedWords.detail}`, '13700137000']);

  // "Call back" calls the customer again.
  await ended.getByRole('button', { name: '回拨', exact: true }).click();
  await waitForBar(page, 'connected');
  await expect
    .poll(async () => (await sim.state()).calls.filter((c) => c.kind === 'outbound' && c.customer === '13700137000' && c.state === 'connected').length, { timeout: UI_TIMEOUT })
    .toBe(1);
});
