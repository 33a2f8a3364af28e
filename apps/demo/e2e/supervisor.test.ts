/** A supervisor monitors an agent's call and barges in, from the bar's supervisor controls. */
import { expect, it } from 'vitest';
import { bar, deskPerTest, expectAgent, screenshot, signIn, sim, UI_TIMEOUT, waitForBar } from './support/e2e';
import { AGENTS } from './support/seed';

const desk = deskPerTest();

it('lets supervisor 1005 monitor 1002 and barge in', async () => {

  // 1002 is talking to a customer who called them directly.
  const agent = await desk().open();
  await signIn(agent, AGENTS['1002']);
  const { callId } = await sim.placeCall({ caller: '13700137000', agentNum: '1002' });
  await waitForBar(agent, 'ringing');
  await agent.getByRole('heading', { name: '陈志强' }).waitFor({ timeout: UI_TIMEOUT });
  await sim.post('/sim/phones/8002/answer');
  await waitForBar(agent, 'connected');

  // The supervisor picks 1002 from the agents on a call and listens in.
  const supervisor = await desk().open();
  await signIn(supervisor, AGENTS['1005']);
  // The directory fetches the agents on a call again each time it opens.
  await bar(supervisor).getByRole('button', { name: '监听坐席', exact: true }).click();
  const controls = bar(supervisor).getByRole('dialog', { name: '班长监控' });
  // The server lists agents on a call by id and extension only, and 1002 was never free while the
  // supervisor looked: the extension names them (never the internal id).
  await controls.getByRole('button', { name: new RegExp(`^分机 ${AGENTS['1002'].extension} `) }).click({ timeout: UI_TIMEOUT });
  await screenshot(supervisor, '21-supervisor-picks-agent');
  await controls.getByRole('button', { name: '监听', exact: true }).click();
  await waitForBar(supervisor, 'monitoring');
  await expect
    .poll(() => bar(supervisor).getByRole('group', { name: '当前通话' }).getByText(/正在监听/).textContent(), { timeout: UI_TIMEOUT })
    .toBe(`正在监听 分机 ${AGENTS['1002'].extension} ↔ 13700137000`);
  await expect
    .poll(async () => (await sim.state()).calls.find((c) => c.callId === callId)?.monitoredBy, { timeout: UI_TIMEOUT })
    .toBe('1005');
  await screenshot(supervisor, '22-supervisor-monitoring');

  // Barge in: the supervisor joins the conversation; the agent's call goes on.
  await bar(supervisor).getByRole('button', { name: '强插', exact: true }).click();
  await waitForBar(supervisor, 'barging');
  await expectAgent('1005', { phase: 'barging', callId });
  await expectAgent('1002', { phase: 'connected', callId });
  await screenshot(supervisor, '23-supervisor-barged-in');
  await screenshot(agent, '24-agent-call-while-barged');

  // The customer hangs up: both are free again.
  await sim.post(`/sim/calls/${callId}/hangup`);
  await waitForBar(supervisor, 'idle');
  await waitForBar(agent, 'afterCallWork');
  await waitForBar(agent, 'idle');
});
