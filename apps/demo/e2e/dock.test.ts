/** The demo shows the softphone across the top of the CRM or docked beside it, by a switch that sticks. */
import { expect, it } from 'vitest';
import { bar, deskPerTest, screenshot, signIn, UI_TIMEOUT, waitForBar } from './support/e2e';
import { AGENTS } from './support/seed';

const desk = deskPerTest();

it('moves the softphone from the top toolbar to a side panel and back, keeping the session', async () => {
  const page = await desk().open();
  await signIn(page, AGENTS['1001']);
  await waitForBar(page, 'idle');
  await expect.poll(() => bar(page).getAttribute('data-layout'), { timeout: UI_TIMEOUT }).toBe('bar');

  await page.getByLabel('软电话位置').selectOption({ label: '侧边面板' });
  await expect.poll(() => bar(page).getAttribute('data-layout'), { timeout: UI_TIMEOUT }).toBe('panel');
  const box = await bar(page).boundingBox();
  expect(box!.width).toBeLessThanOrEqual(480);
  await waitForBar(page, 'idle');
  await screenshot(page, '51-softphone-docked-beside-the-crm');

  // The choice is remembered across a reload.
  await page.reload();
  await expect.poll(() => bar(page).getAttribute('data-layout'), { timeout: UI_TIMEOUT }).toBe('panel');
  await page.getByLabel('软电话位置').selectOption({ label: '顶部工具条' });
  await expect.poll(() => bar(page).getAttribute('data-layout'), { timeout: UI_TIMEOUT }).toBe('bar');
});
