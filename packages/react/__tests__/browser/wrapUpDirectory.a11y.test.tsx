import axe from 'axe-core';
import { act, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../src/styles.css';
import { SoftphoneBar } from '../../src';
import { agentState, createConfigFetch, phone, ring } from '../support/fakeServer';
import { createHarness, renderWith, signIn } from '../support/render';

const CODES = [
  { id: 'resolved', label: '已解决' },
  { id: 'callback', label: '需回电' },
];

function violations(results: axe.AxeResults): string {
  return results.violations.map((v) => `${v.id}: ${v.help}\n${v.nodes.map((n) => `  ${n.html}`).join('\n')}`).join('\n');
}

/** Agent 1001 on a connected queue call; the config API answers with a colleague on a call (8004). */
async function inCall(theme: 'light' | 'dark', layout: 'bar' | 'panel') {
  vi.stubGlobal('fetch', createConfigFetch().fetch);
  const harness = createHarness({ apiUrl: 'http://config.test', client: { wrapUp: { codes: CODES, required: true } } });
  const { container } = renderWith(harness, <SoftphoneBar theme={theme} layout={layout} />);
  await act(() => signIn(harness.client));
  act(() => harness.server.push(...ring({ caller: '13800138000', queueId: 6250 }), phone(6)));
  const bar = screen.getByRole('region', { name: '软电话' });
  await vi.waitFor(() => expect(bar.dataset.state).toBe('connected'));
  return { ...harness, container, bar };
}

describe.each([
  { theme: 'light', layout: 'bar' },
  { theme: 'dark', layout: 'panel' },
] as const)('axe: the directory and the wrap-up sheet ($theme, $layout)', ({ theme, layout }) => {
  it('the transfer directory with a colleague on a call (listed, disabled, with the reason)', async () => {
    const { container, queryClient } = await inCall(theme, layout);
    await userEvent.click(screen.getByRole('button', { name: '转接/咨询' }));
    const sheet = screen.getByRole('dialog', { name: '咨询与转接' });
    const busy = await within(sheet).findByRole('list', { name: '通话中的坐席' }, { timeout: 5000 });
    expect(within(busy).getByRole('button')).toBeDisabled();
    await userEvent.click(within(sheet).getByRole('button', { name: /1002 李四/ }));
    await vi.waitFor(() => expect(queryClient.isFetching()).toBe(0), { timeout: 5000 });
    const results = await axe.run(container, { resultTypes: ['violations'] });
    expect(results.violations, violations(results)).toEqual([]);
  });

  it('the wrap-up sheet in after-call work, a code required, Ready waiting with its reason', async () => {
    const { container, server } = await inCall(theme, layout);
    act(() => server.push(phone(0), agentState(5, 30)));
    const ready = await screen.findByRole('button', { name: '置闲' });
    expect(ready).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: '话后小结' }));
    const sheet = screen.getByRole('dialog', { name: '话后小结' });
    await within(sheet).findByRole('option', { name: '需回电' }, { timeout: 5000 });
    const results = await axe.run(container, { resultTypes: ['violations'] });
    expect(results.violations, violations(results)).toEqual([]);
  });
});
