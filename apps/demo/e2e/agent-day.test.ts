/**
 * An agent's call from ring to log: sign-in, a queue call with a screen pop, hold, a consult with
 * a colleague in another browser, the transfer, after-call work, and the call log after a reload.
 */
import { expect, it } from 'vitest';
import { bar, deskPerTest, expectAgent, screenshot, signIn, sim, UI_TIMEOUT, waitForBar } from './support/e2e';
import { AGENTS } from './support/seed';

const desk = deskPerTest();

it('takes a queue call, pops the customer, consults and transfers it, wraps up and logs it', async () => {

  // Agent 1001 signs in and is idle.
  const agent = await desk().open();
  await signIn(agent, AGENTS['1001']);
  await expectAgent('1001', { signedIn: true, connected: true, status: 'idle' });
  await screenshot(agent, '01-signed-in');

  // A customer calls the presales queue; 1001 is the only idle agent there.
  const { callId } = await sim.placeCall({ caller: '13800138000', queueId: 6250 });
  await waitForBar(agent, 'ringing');
  await bar(agent).getByRole('region', { name: '来电' }).getByText('13800138000').waitFor({ timeout: UI_TIMEOUT });
  // The customer's record opens, with the call's parameters.
  await agent.getByRole('heading', { name: '王建国' }).waitFor({ timeout: UI_TIMEOUT });
  const pop = agent.getByRole('region', { name: '来电弹屏' });
  await pop.getByText(callId, { exact: true }).waitFor({ timeout: UI_TIMEOUT });
  await pop.getByText('售前咨询', { exact: true }).waitFor({ timeout: UI_TIMEOUT });
  await pop.getByText('4008001000', { exact: true }).waitFor({ timeout: UI_TIMEOUT });
  await pop.getByRole('link', { name: '王建国 · 北京华信科技有限公司' }).waitFor({ timeout: UI_TIMEOUT });
  // Each detail is named in the agent's words, never by the wire's parameter (ServNum, CallId).
  expect(await pop.getByRole('term').allInnerTexts()).toEqual(['主叫号码', '客户', '来电类型', '队列', '服务号码', '通话编号']);
  expect(await pop.innerText()).not.toMatch(/ServNum|CallId|QueId|Caller/);
  await screenshot(agent, '02-ringing-screen-pop');

  // The agent lifts the desk phone.
  await sim.post('/sim/phones/8001/answer');
  await waitForBar(agent, 'connected');
  await screenshot(agent, '03-connected');

  // Hold, then back to the customer.
  await bar(agent).getByRole('button', { name: '保持', exact: true }).click();
  await waitForBar(agent, 'held');
  await screenshot(agent, '04-held');
  await bar(agent).getByRole('button', { name: '恢复通话', exact: true }).click();
  await waitForBar(agent, 'connected');

  // A colleague, 1002, signs in on another computer (another browser context).
  const colleague = await desk().open();
  await signIn(colleague, AGENTS['1002']);

  // 1001 consults 1002, picked from the free agents.
  // The directory fetches the free agents again each time it opens.
  await bar(agent).getByRole('button', { name: '转接/咨询', exact: true }).click();
  const consult = bar(agent).getByRole('dialog', { name: '咨询与转接' });
  await consult.getByRole('button', { name: /^1002 李娜/ }).click({ timeout: UI_TIMEOUT });
  await consult.getByRole('button', { name: '咨询坐席', exact: true }).click();
  await waitForBar(agent, 'consulting');
  await waitForBar(colleague, 'ringing');
  await bar(colleague).getByRole('region', { name: '来电' }).getByText('咨询来电').waitFor({ timeout: UI_TIMEOUT });
  // The colleague's screen pops the customer being consulted about.
  await colleague.getByRole('heading', { name: '王建国' }).waitFor({ timeout: UI_TIMEOUT });
  await screenshot(colleague, '05-colleague-consult-ringing');

  // 1002 picks up; 1001 transfers the customer.
  await sim.post('/sim/phones/8002/answer');
  await waitForBar(agent, 'consultConnected');
  await screenshot(agent, '06-consult-connected');
  // Both parties are named in the call card: the customer and 1002 李娜.
  await bar(agent).getByRole('group', { name: '当前通话' }).getByText(/1002 李娜/).waitFor({ timeout: UI_TIMEOUT });
  await bar(agent).getByRole('button', { name: '转接', exact: true }).click();

  // 1001: after-call work (2 s), then idle by itself. 1002 talks to the customer.
  await waitForBar(agent, 'afterCallWork');
  await bar(agent).getByRole('timer', { name: '话后处理剩余' }).waitFor({ timeout: UI_TIMEOUT });
  await screenshot(agent, '07-after-call-work');
  await waitForBar(colleague, 'connected');
  await bar(colleague).getByText('13800138000').first().waitFor({ timeout: UI_TIMEOUT });
  await screenshot(colleague, '08-colleague-has-the-customer');
  await waitForBar(agent, 'idle');
  await expectAgent('1001', { status: 'idle', callId: null });

  // The call log has the call, ended by the transfer.
  await agent.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '通话记录' }).click();
  const row = agent.locator(`tr[data-call-id="${callId}"]`);
  await row.waitFor({ timeout: UI_TIMEOUT });
  for (const text of ['13800138000', '王建国', '队列来电', '售前咨询', '坐席转出', '1001']) {
    await row.getByText(text, { exact: true }).waitFor({ timeout: UI_TIMEOUT });
  }
  await screenshot(agent, '09-call-log');

  // A reload keeps the log and the session (no password form).
  await agent.reload();
  await waitForBar(agent, 'idle');
  await row.getByText('坐席转出', { exact: true }).waitFor({ timeout: UI_TIMEOUT });
  expect(await bar(agent).getByLabel('密码', { exact: true }).count()).toBe(0);
  await screenshot(agent, '10-call-log-after-reload');

  // 1002 hangs up from the bar: logged as the agent's hang-up on 1002's computer.
  await bar(colleague).getByRole('button', { name: '挂断', exact: true }).click();
  await waitForBar(colleague, 'afterCallWork');
  await waitForBar(colleague, 'idle');
  await colleague.goto(new URL('#/calls', colleague.url()).href);
  await colleague.locator(`tr[data-call-id="${callId}"][data-end-reason="agentHangup"]`).getByText('坐席挂断').waitFor({ timeout: UI_TIMEOUT });
  await screenshot(colleague, '11-colleague-call-log');
});
