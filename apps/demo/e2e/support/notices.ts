/**
 * What the notices scenarios look at: the bar's notice, its timers, the CRM's notices log and call
 * log, and the bar's own dial directory.
 */
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { bar, UI_TIMEOUT } from './e2e';

/** The bar's notice of `kind` (`missedRing`, `dialFailed`…). */
export const notice = (page: Page, kind: string): Locator => bar(page).locator(`.wincall-notice[data-kind="${kind}"]`);

/** A notice's title and detail as the agent reads them. */
export async function noticeWords(notice: Locator): Promise<{ title: string; detail: string }> {
  await notice.waitFor({ timeout: UI_TIMEOUT });
  const title = (await notice.locator('.wincall-notice-title').innerText()).trim();
  const detail = notice.locator('.wincall-notice-detail');
  return { title, detail: (await detail.count()) > 0 ? (await detail.innerText()).trim() : '' };
}

/** `00:05`, `0:05` or `1:02:03` in seconds. */
export function seconds(clock: string): number {
  const parts = clock.trim().split(':').map(Number);
  if (parts.length < 2 || parts.some((n) => !Number.isInteger(n))) throw new TypeError(`not a clock: "${clock}"`);
  return parts.reduce((total, n) => total * 60 + n, 0);
}

/** The talk-time timer of the bar's call card. */
export const talkTimer = (page: Page): Locator => bar(page).getByRole('group', { name: '当前通话' }).getByRole('timer', { name: '通话时长' });

/** Waits until the bar's talk time has reached `atLeast` seconds (the agent talks that long). */
export async function talkFor(page: Page, atLeast: number): Promise<void> {
  await expect.poll(async () => seconds(await talkTimer(page).innerText()), { timeout: UI_TIMEOUT, interval: 200 }).toBeGreaterThanOrEqual(atLeast);
}

/** Opens the CRM's call log page (the call log and the notices log). */
export async function openCallLog(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '通话记录' }).click();
  await page.getByRole('heading', { name: '通知记录', exact: true }).waitFor({ timeout: UI_TIMEOUT });
}

/** The CRM's call-log row of a call. */
export const callRow = (page: Page, callId: string): Locator => page.locator(`tr[data-call-id="${callId}"]`);

/** The CRM's notices-log rows of `kind`, newest first. */
export const noticeRows = (page: Page, kind: string): Locator =>
  page.getByRole('region', { name: '通知记录', exact: true }).locator(`tr[data-kind="${kind}"]`);

/** The cells of a table row, as text. */
export async function cells(row: Locator): Promise<string[]> {
  await row.waitFor({ timeout: UI_TIMEOUT });
  return (await row.locator('td').allInnerTexts()).map((text) => text.trim());
}

/** Dials `number` from the bar's dial directory, as an agent types it. */
export async function dialFromBar(page: Page, number: string): Promise<void> {
  await bar(page).getByRole('button', { name: '拨号', exact: true }).click();
  const sheet = bar(page).getByRole('dialog', { name: '外呼' });
  await sheet.getByLabel('搜索坐席、队列，或输入号码').fill(number);
  await sheet.getByRole('button', { name: new RegExp(`^${number}`) }).first().click({ timeout: UI_TIMEOUT });
  await sheet.getByRole('button', { name: '外呼', exact: true }).click({ timeout: UI_TIMEOUT });
}

/** The x position of the bar's hang-up button (rounded to the pixel). */
export async function hangUpX(page: Page): Promise<number> {
  const box = await bar(page).getByRole('button', { name: '挂断', exact: true }).boundingBox({ timeout: UI_TIMEOUT });
  if (!box) throw new Error('the hang-up button is not on screen');
  return Math.round(box.x);
}
