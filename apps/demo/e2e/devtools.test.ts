/**
 * Issue 16: the devtools in the demo, behind a header toggle. Off by default (nothing of them
 * loaded); switched on, the panel records the session, decoded, and never shows the password.
 */
import { expect, it } from 'vitest';
import { deskPerTest, screenshot, signIn, sim, UI_TIMEOUT, waitForBar } from './support/e2e';
import { AGENTS, SECRET_PASSWORD } from './support/seed';

const desk = deskPerTest();

it('shows the frames of the session behind the header toggle, without the password', async () => {
  const page = await desk().open();
  const toggle = page.getByRole('checkbox', { name: '调试工具' });
  await toggle.waitFor({ timeout: UI_TIMEOUT });
  await expect(toggle.isChecked()).resolves.toBe(false);
  await expect(page.getByRole('dialog', { name: 'WinCall 调试工具' }).count()).resolves.toBe(0);

  await toggle.check();
  const panel = page.getByRole('dialog', { name: 'WinCall 调试工具' });
  await panel.waitFor({ timeout: UI_TIMEOUT });
  await signIn(page, AGENTS['1001']);
  await panel.getByText('Action 100 INIT').first().waitFor({ timeout: UI_TIMEOUT });
  await sim.placeCall({ caller: '13900001111', queueId: 6250 });
  await waitForBar(page, 'ringing');
  await panel.getByText(/PhoSta 5/).first().waitFor({ timeout: UI_TIMEOUT });
  await screenshot(page, '60-devtools');

  const text = (await panel.textContent()) ?? '';
  expect(text).toContain('振铃');
  expect(text).not.toContain(SECRET_PASSWORD);
  // Numbers are masked by default.
  expect(text).not.toContain('13900001111');

  // The choice is remembered across reloads.
  await page.reload();
  await page.getByRole('dialog', { name: 'WinCall 调试工具' }).waitFor({ timeout: UI_TIMEOUT });
});
