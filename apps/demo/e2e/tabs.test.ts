/**
 * Issue 8 in a real browser: one agent, several tabs, one socket; the next tab takes over when
 * the leader closes; a reload resumes the session without the password, which is stored nowhere.
 */
import type { Page, WebSocket } from 'playwright-core';
import { expect, it } from 'vitest';
import { appUrl, chooseStatus, deskPerTest, expectAgent, screenshot, signIn, sim, UI_TIMEOUT, waitForBar, waitForTabRole } from './support/e2e';
import { AGENTS, SECRET_PASSWORD } from './support/seed';

const desk = deskPerTest();

/** socket.io traffic of one tab: its long-polling requests and its WebSockets. */
function watchSockets(page: Page) {
  const sockets: WebSocket[] = [];
  let requests = 0;
  page.on('websocket', (socket) => {
    if (socket.url().includes('/socket.io/')) sockets.push(socket);
  });
  page.on('request', (request) => {
    if (request.url().includes('/socket.io/')) requests++;
  });
  return {
    open: () => sockets.filter((s) => !s.isClosed()).length,
    used: () => requests + sockets.length,
  };
}

it('shares one socket between tabs, hands over when the leader closes, and resumes after a reload', async () => {
  const context = await desk().newContext();
  const consoleOutput: string[] = [];
  context.on('console', (message) => consoleOutput.push(message.text()));

  // Tab 1 signs in as 1001; tab 2 of the same browser joins without signing in.
  const first = await context.newPage();
  const firstSockets = watchSockets(first);
  await first.goto(appUrl());
  await signIn(first, AGENTS['1001']);
  await waitForTabRole(first, 'leader');

  const second = await context.newPage();
  const secondSockets = watchSockets(second);
  await second.goto(appUrl());
  await waitForBar(second, 'idle');
  await waitForTabRole(second, 'follower');
  await screenshot(first, '31-tab-one-leader');
  await screenshot(second, '32-tab-two-follower');

  // One socket: the leader's. The follower never talked to the server.
  expect(firstSockets.open()).toBe(1);
  expect(secondSockets.used()).toBe(0);
  await expectAgent('1001', { signedIn: true, connected: true, status: 'idle' });

  // A command from the follower goes through the leader's socket.
  await chooseStatus(second, '忙碌');
  await waitForBar(first, 'busy');
  await waitForBar(second, 'busy');
  await chooseStatus(second, '空闲');
  await waitForBar(first, 'idle');

  // A call rings: both tabs show it, only the leader pops the customer and writes the log.
  const { callId } = await sim.placeCall({ caller: '13900001111', agentNum: '1001' });
  await waitForBar(first, 'ringing');
  await waitForBar(second, 'ringing');
  await first.getByRole('region', { name: '来电弹屏' }).getByText('李秀英 · 上海明德贸易有限公司').waitFor({ timeout: UI_TIMEOUT });
  expect(await second.getByRole('region', { name: '来电弹屏' }).count()).toBe(0);
  await screenshot(first, '33-leader-pops-the-customer');
  await sim.post(`/sim/calls/${callId}/hangup`);
  await waitForBar(first, 'idle');
  await waitForBar(second, 'idle');
  const loggedCalls = () => second.evaluate(() => JSON.parse(localStorage.getItem('wincall-demo:call-log:v2') ?? '[]') as { callId: string }[]);
  await expect.poll(loggedCalls, { timeout: UI_TIMEOUT }).toHaveLength(1);
  expect((await loggedCalls())[0]?.callId).toBe(callId);

  // The leader tab closes: tab 2 takes over within 2 s and keeps working.
  await first.close();
  await waitForTabRole(second, 'leader', 2_000);
  await chooseStatus(second, '忙碌');
  await waitForBar(second, 'busy');
  await expectAgent('1001', { signedIn: true, connected: true, status: 'busy' });
  expect(secondSockets.open()).toBe(1);
  await screenshot(second, '34-handed-over-busy');

  // A reload resumes the session: the password form never appears.
  await second.addInitScript(() => {
    const w = window as unknown as { passwordFieldSeen: boolean };
    w.passwordFieldSeen = false;
    new MutationObserver(() => {
      if (document.querySelector('input[type="password"]')) w.passwordFieldSeen = true;
    }).observe(document, { childList: true, subtree: true });
  });
  await second.reload();
  await waitForBar(second, 'busy');
  await waitForTabRole(second, 'leader');
  expect(await second.evaluate(() => (window as unknown as { passwordFieldSeen: boolean }).passwordFieldSeen)).toBe(false);
  await expectAgent('1001', { signedIn: true, connected: true, status: 'busy' });
  // Click-to-dial still has the agent's caller number (the resume does not repeat it).
  const dial = second.getByRole('button', { name: '拨打 13800138000' });
  await dial.waitFor({ timeout: UI_TIMEOUT });
  expect(await dial.isEnabled()).toBe(true);
  await screenshot(second, '35-reloaded-session-resumed');

  // The password is in no storage and was never logged.
  const storage = await second.evaluate(async () => ({
    localStorage: Object.fromEntries(Object.entries(localStorage)),
    sessionStorage: Object.fromEntries(Object.entries(sessionStorage)),
    cookie: document.cookie,
    indexedDB: await indexedDB.databases(),
    caches: await caches.keys(),
  }));
  expect(storage.localStorage['wincall-demo:agent:v1']).toContain('"agentNum":"1001"');
  const state = await context.storageState({ indexedDB: true });
  const everything = JSON.stringify({ storage, state });
  expect(everything).not.toContain(SECRET_PASSWORD);
  expect(consoleOutput.join('\n')).not.toContain(SECRET_PASSWORD);
});
