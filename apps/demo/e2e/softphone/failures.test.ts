/**
 * When the browser phone cannot take calls, the agent reads why in the bar and the call center
 * routes around them: a phone password the SIP server refuses (the PBX and the CTI server
 * disagree), and a microphone the agent did not allow when answering.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { expect, inject, it } from 'vitest';
import { appUrl, bar, expectAgent, screenshot, signIn, sim, UI_TIMEOUT, waitForBar } from '../support/e2e';
import { AGENTS } from '../support/seed';
import { expectLeg, sipState, softphoneDesk, waitForPhone } from './support/softphone';

const desk = softphoneDesk('test');

/** Records in the page whether the bar ever offered an Answer the agent could click. */
async function watchAnswerOffered(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const page = window as unknown as { answerOffered: boolean };
    page.answerOffered = false;
    new MutationObserver(() => {
      const buttons = document.querySelectorAll<HTMLButtonElement>('.wincall-bar button');
      if ([...buttons].some((button) => button.textContent?.trim() === '接听' && !button.disabled)) page.answerOffered = true;
    }).observe(document, { childList: true, subtree: true, attributes: true });
  });
}

/**
 * A tab whose microphone permission is "ask" (the agent has never allowed it): headless Chromium
 * shows no prompt and refuses getUserMedia, as for an agent who dismisses or blocks the prompt.
 */
async function microphoneNotYetAllowed(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  try {
    const { targetInfo } = await cdp.send('Target.getTargetInfo');
    await cdp.send('Browser.setPermission', {
      permission: { name: 'microphone' },
      setting: 'prompt',
      origin: new URL(inject('demoE2e').appUrl).origin,
      ...(targetInfo.browserContextId ? { browserContextId: targetInfo.browserContextId } : {}),
    });
  } finally {
    await cdp.detach();
  }
  await page.goto(appUrl());
  return page;
}

const waiting = async (queueId: number) => (await sim.state()).queues.find((queue) => queue.id === queueId)?.waiting;

it('a phone password the SIP server refuses: the bar says the phone is not ready, and no call is offered for the browser to answer', async () => {
  // The PBX wants another password than the one the CTI server hands out at sign-in.
  await sim.post('/sim/sip/extensions/8001/password', { password: 'changed-on-the-pbx' });
  const context = await desk().newContext();
  await watchAnswerOffered(context);
  const agent = await desk().open(context);
  await signIn(agent, AGENTS['1001']);

  await waitForPhone(agent, 'failed');
  await bar(agent).getByText('电话注册失败', { exact: true }).waitFor({ timeout: UI_TIMEOUT });
  const notice = bar(agent).getByRole('alert').filter({ hasText: '浏览器电话未就绪' });
  await notice.getByText('电话注册被拒绝：分机号或电话密码不正确', { exact: false }).waitFor({ timeout: UI_TIMEOUT });
  expect((await sipState()).registered).not.toContain('8001');
  await screenshot(agent, '21-phone-registration-refused');

  // A queue call cannot reach the browser: the SIP server answers 480, the simulator puts the
  // call back in its queue and the agent on busy, as for any agent nobody can reach.
  const { callId } = await sim.placeCall({ caller: '13800138000', queueId: 6250 });
  await expectLeg(callId, '8001', { phase: 'ended', endReason: 'notRegistered', status: 480, released: true });
  await expectAgent('1001', { status: 'busy', callId: null });
  await waitForBar(agent, 'busy');
  expect(await waiting(6250)).toEqual([callId]);
  expect(await agent.evaluate(() => (window as unknown as { answerOffered: boolean }).answerOffered)).toBe(false);
  await sim.post(`/sim/calls/${callId}/hangup`);
});

it('a microphone the agent does not allow when answering: the call goes back to its queue, and the bar says how to allow it', async () => {
  const context = await desk().newContext({ microphone: false });
  const agent = await microphoneNotYetAllowed(context);
  await signIn(agent, AGENTS['1001']);
  await waitForPhone(agent, 'registered');

  const { callId } = await sim.placeCall({ caller: '13800138000', queueId: 6250 });
  await waitForBar(agent, 'ringing');
  const answer = bar(agent).getByRole('region', { name: '来电' }).getByRole('button', { name: '接听', exact: true });
  await answer.click();

  // The browser refused the microphone: the page turns the SIP ring down (480), which the
  // simulator handles as an agent it cannot reach: the call back at the front of its queue, the agent busy.
  await expectLeg(callId, '8001', { phase: 'ended', status: 480, released: true });
  await expectAgent('1001', { status: 'busy', callId: null });
  await waitForBar(agent, 'busy');
  expect(await waiting(6250)).toEqual([callId]);
  // One notice says both: why the call failed (and how to allow the microphone), and that the agent was set busy.
  const notice = bar(agent).getByRole('alert').filter({ hasText: '浏览器电话的通话失败' });
  await notice.getByText('麦克风被禁止：点地址栏左侧的锁形图标，允许使用麦克风', { exact: false }).waitFor({ timeout: UI_TIMEOUT });
  await notice.getByText('系统已将您置为忙碌', { exact: false }).waitFor({ timeout: UI_TIMEOUT });
  await notice.getByRole('button', { name: '置闲', exact: true }).waitFor({ timeout: UI_TIMEOUT });
  await screenshot(agent, '22-microphone-refused-when-answering');

  // Ready again, the same customer rings again: Answer says the microphone is blocked and where to allow it.
  await bar(agent).getByRole('button', { name: /^坐席状态/ }).click();
  await bar(agent).getByRole('menuitemradio', { name: '空闲', exact: true }).click({ timeout: UI_TIMEOUT });
  await waitForBar(agent, 'ringing');
  await bar(agent).getByText('麦克风被禁止（见音频设置）').waitFor({ timeout: UI_TIMEOUT });
  expect(await answer.isDisabled()).toBe(true);
  await bar(agent).getByRole('button', { name: '坐席菜单', exact: true }).click();
  await agent.getByRole('menuitem', { name: '音频设置' }).click();
  const settings = agent.getByRole('dialog', { name: '音频设置' });
  await settings.getByText('点地址栏左侧的锁形图标', { exact: false }).waitFor({ timeout: UI_TIMEOUT });
  await screenshot(agent, '23-audio-settings-microphone-blocked');
  await agent.keyboard.press('Escape');
  await sim.post(`/sim/calls/${callId}/hangup`);
  await waitForBar(agent, 'idle');

  // The first ring's record: missed by the customer's account, ended by the browser phone's failure.
  await agent.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '通话记录' }).click();
  await agent.locator(`tr[data-call-id="${callId}"][data-end-reason="phoneFailed"][data-missed="true"]`).getByText('未接来电').waitFor({ timeout: UI_TIMEOUT });
});
