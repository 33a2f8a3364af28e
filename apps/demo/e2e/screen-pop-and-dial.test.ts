/**
 * An unknown number rings: the screen pop offers a new customer, prefilled. Then click-to-dial
 * from a customer record places an outbound call. The customer call is played from the demo's
 * simulator drawer, as a newcomer would.
 */
import { expect, it } from 'vitest';
import { appUrl, bar, deskPerTest, screenshot, signIn, sim, UI_TIMEOUT, waitForBar } from './support/e2e';
import { AGENTS } from './support/seed';

const desk = deskPerTest();

it('offers a new customer for an unknown caller and dials a customer from the record', async () => {
  const page = await desk().open();

  // Before sign-in, click-to-dial is disabled and says why.
  const dialWang = page.getByRole('row', { name: /王建国/ }).getByRole('button', { name: '拨打 13800138000' });
  await dialWang.waitFor({ timeout: UI_TIMEOUT });
  expect(await dialWang.isDisabled()).toBe(true);
  expect(await dialWang.getAttribute('title')).toBe('尚未签入');

  await signIn(page, AGENTS['1001']);

  // A customer nobody knows calls 1001 directly (from the simulator drawer).
  await page.getByRole('button', { name: '模拟器', exact: true }).click();
  const drawer = page.getByRole('complementary', { name: '模拟器（呼叫中心的其余部分）' });
  await drawer.getByLabel('主叫号码').fill('13512345678');
  await drawer.getByLabel('呼叫目标').selectOption({ label: '坐席 1001 张伟' }, { timeout: UI_TIMEOUT });
  await screenshot(page, '41-simulator-drawer');
  await drawer.getByRole('button', { name: '呼入', exact: true }).click();
  await waitForBar(page, 'ringing');

  const pop = page.getByRole('region', { name: '来电弹屏' });
  await pop.getByText('未知号码，客户库中没有 13512345678').waitFor({ timeout: UI_TIMEOUT });
  await pop.getByText('外线直呼', { exact: true }).waitFor({ timeout: UI_TIMEOUT });
  await screenshot(page, '42-unknown-caller-offer');

  // "New customer" opens the form with the number filled in.
  await pop.getByRole('link', { name: '新建客户', exact: true }).click();
  const phone = page.getByLabel('电话', { exact: true });
  await phone.waitFor({ timeout: UI_TIMEOUT });
  expect(await phone.inputValue()).toBe('13512345678');
  await page.getByLabel('联系人', { exact: true }).fill('马丽');
  await page.getByLabel('公司', { exact: true }).fill('苏州新客科技有限公司');
  await page.getByRole('button', { name: '保存客户', exact: true }).click();
  await page.getByRole('heading', { name: '马丽' }).waitFor({ timeout: UI_TIMEOUT });
  await pop.getByRole('link', { name: '马丽 · 苏州新客科技有限公司' }).waitFor({ timeout: UI_TIMEOUT });
  await screenshot(page, '43-new-customer-saved');

  // The customer gives up before anyone answers (from the drawer's live calls).
  const liveCall = drawer.getByRole('group', { name: /^13512345678 / });
  await liveCall.getByRole('button', { name: '客户挂断', exact: true }).click({ timeout: UI_TIMEOUT });
  await waitForBar(page, 'idle');
  await drawer.getByRole('button', { name: '关闭模拟器', exact: true }).click();

  // Click-to-dial from 王建国's record places an outbound call with the default caller number.
  await page.goto(appUrl('#/customers/c1001'));
  await page.getByRole('heading', { name: '王建国' }).waitFor({ timeout: UI_TIMEOUT });
  await page.getByRole('button', { name: '拨打 13800138000' }).click();
  await waitForBar(page, 'connected');
  await bar(page).getByText('13800138000').first().waitFor({ timeout: UI_TIMEOUT });
  const outbound = (await sim.state()).calls.find((c) => c.kind === 'outbound' && c.state === 'connected');
  expect(outbound).toMatchObject({ customer: '13800138000', agents: ['1001'] });
  // A dialled call is not a screen pop: the earlier pop stays as it was.
  expect(await page.getByRole('region', { name: '来电弹屏' }).getByText('13800138000').count()).toBe(0);
  await screenshot(page, '44-click-to-dial-connected');

  // The agent hangs up: logged as the agent's hang-up; the unanswered call as missed.
  await bar(page).getByRole('button', { name: '挂断', exact: true }).click();
  await waitForBar(page, 'afterCallWork');
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '通话记录' }).click();
  await page.locator(`tr[data-call-id="${outbound?.callId}"][data-end-reason="agentHangup"]`).getByText('坐席挂断').waitFor({ timeout: UI_TIMEOUT });
  const missed = page.locator('tr[data-end-reason="missed"][data-missed]', { hasText: '13512345678' });
  await missed.getByText('未接通', { exact: true }).waitFor({ timeout: UI_TIMEOUT });
  await missed.getByText('马丽', { exact: true }).waitFor({ timeout: UI_TIMEOUT });
  await screenshot(page, '45-call-log');
});
