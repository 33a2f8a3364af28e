/**
 * Issue 24 in a real browser: a signed-in agent's computer loses the network for 8 s. The bar says
 * so while it lasts; when the network is back the agent is signed in again and can go busy.
 *
 * The cut is the browser context going offline (`context.setOffline`). Chromium then closes the
 * page's WebSocket at once (the server sees the agent's socket go), fails every new connection,
 * and tells the page (`offline`, then `online` when the network is back): what a laptop leaving
 * the Wi-Fi sees. How fast the bar is back, with and without those events, is the `outage`
 * benchmark (`pnpm bench -- --only outage`); here only what the agent sees is asserted.
 */
import type { Page, WebSocket } from 'playwright-core';
import { expect, it } from 'vitest';
import { appUrl, bar, chooseStatus, deskPerTest, expectAgent, screenshot, signIn, UI_TIMEOUT, waitForBar } from './support/e2e';
import { AGENTS } from './support/seed';

const desk = deskPerTest();

const OUTAGE_MS = 8_000;

/** The page's socket.io WebSockets that are still open. */
function openSockets(page: Page): () => number {
  const sockets: WebSocket[] = [];
  page.on('websocket', (socket) => {
    if (socket.url().includes('/socket.io/')) sockets.push(socket);
  });
  return () => sockets.filter((s) => !s.isClosed()).length;
}

/** The bar's notice that the connection is lost (it goes by itself when the connection is back). */
const outageNotice = (page: Page) => bar(page).locator('.wincall-notice[data-kind="reconnecting"]');

it('shows the outage while it lasts, then signs the agent in again and takes a command', async () => {
  const context = await desk().newContext();
  const page = await context.newPage();
  const sockets = openSockets(page);
  await page.goto(appUrl());
  await signIn(page, AGENTS['1002']);
  await expectAgent('1002', { signedIn: true, connected: true, status: 'idle' });
  await expect.poll(sockets, { timeout: UI_TIMEOUT }).toBe(1);

  // The network goes: the page hears of it, its socket is closed, the server sees the agent go.
  await context.setOffline(true);
  const cutAt = Date.now();
  await outageNotice(page).waitFor({ timeout: UI_TIMEOUT });
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);
  await expect.poll(sockets, { timeout: UI_TIMEOUT }).toBe(0);
  await expectAgent('1002', { signedIn: true, connected: false });
  await screenshot(page, '61-outage');

  // The outage lasts 8 s (the scenario's length, not a wait for the bar); the notice stays all along.
  await page.waitForTimeout(Math.max(0, OUTAGE_MS - (Date.now() - cutAt)));
  expect(await outageNotice(page).isVisible()).toBe(true);
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);

  // The network is back: the bar reconnects by itself and the agent is signed in again…
  await context.setOffline(false);
  await outageNotice(page).waitFor({ state: 'detached', timeout: UI_TIMEOUT });
  await expectAgent('1002', { signedIn: true, connected: true, status: 'idle' });
  await waitForBar(page, 'idle');
  await expect.poll(sockets, { timeout: UI_TIMEOUT }).toBe(1);

  // …and working: going busy reaches the server.
  await chooseStatus(page, '忙碌');
  await waitForBar(page, 'busy');
  await expectAgent('1002', { status: 'busy' });
  await screenshot(page, '62-back-after-outage');
});
