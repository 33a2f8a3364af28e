import { act, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../src/styles.css';
import { SoftphoneBar } from '../../src';
import { createConfigFetch, phone } from '../support/fakeServer';
import { createHarness, renderWith } from '../support/render';

const focused = () => document.activeElement as HTMLElement;

describe('keyboard', () => {
  it('signs in with Tab, typing and Enter, then goes busy with a reason using only keys', async () => {
    vi.stubGlobal('fetch', createConfigFetch().fetch);
    const harness = createHarness({ apiUrl: 'http://config.test' });
    renderWith(harness, <SoftphoneBar />);

    await userEvent.tab();
    expect(focused()).toBe(screen.getByLabelText('工号'));
    // Focus is visible: the stylesheet draws an outline on :focus-visible.
    expect(getComputedStyle(focused()).outlineStyle).toBe('solid');
    await userEvent.keyboard('1001');
    await userEvent.tab();
    expect(focused()).toBe(screen.getByLabelText('密码'));
    await userEvent.keyboard('1234');
    await userEvent.tab();
    expect(focused()).toBe(screen.getByLabelText('分机号'));
    await userEvent.keyboard('8001{Enter}');
    await vi.waitFor(() => expect(harness.client.getState().agent.status).toBe('idle'), { timeout: 5000 });
    expect(harness.server.sent[0]).toMatchObject({ AgNum: '1001', AgPass: '1234', AgPhoneNum: '8001' });

    // The status selector is the first stop; its menu opens on the current status.
    await vi.waitFor(() => expect(harness.queryClient.isFetching()).toBe(0), { timeout: 5000 });
    // Sequential focus resumes where the sign-in button was (after the status selector): go back to it.
    const status = screen.getByRole('button', { name: /^坐席状态/ });
    for (let i = 0; i < 10 && focused() !== status; i++) await userEvent.tab({ shift: true });
    expect(focused()).toBe(status);
    await userEvent.keyboard('{Enter}');
    expect(focused()).toBe(screen.getByRole('menuitemradio', { name: '空闲' }));
    for (let i = 0; i < 5 && focused().textContent !== '开会'; i++) await userEvent.keyboard('{ArrowDown}');
    expect(focused()).toBe(screen.getByRole('menuitemradio', { name: '开会' }));
    await userEvent.keyboard('{Enter}');
    expect(focused()).toBe(status);
    await vi.waitFor(() => expect(harness.client.getState().agent).toMatchObject({ status: 'busy', busyReasonId: 100 }), {
      timeout: 5000,
    });
    expect(harness.server.actions(4)).toEqual([{ Action: 4, Reason: 100 }]);
  });

  it('presses keypad keys with Space and typed digits', async () => {
    const harness = createHarness();
    renderWith(harness, <SoftphoneBar />);
    const { BAR_STATES } = await import('../support/states');
    await BAR_STATES.connected(harness);
    screen.getByRole('button', { name: '拨号键盘' }).focus();
    await userEvent.keyboard('{Enter}');
    // The keypad opens with focus on its first key.
    expect(focused()).toBe(screen.getByRole('button', { name: '1' }));
    const five = screen.getByRole('button', { name: '5' });
    five.focus();
    await userEvent.keyboard(' ');
    await userEvent.keyboard('9#');
    await vi.waitFor(() => expect(harness.server.actions(42).map((c) => ('Dtmf' in c ? c.Dtmf : ''))).toEqual(['5', '9', '#']));
    expect(screen.getByRole('group', { name: '拨号键盘' }).querySelector('output')?.textContent).toBe('59#');
    // Escape closes it and gives focus back to its trigger.
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: '拨号键盘' })).toBeNull();
    expect(focused()).toBe(screen.getByRole('button', { name: '拨号键盘' }));
  });

  it('handles a whole call with the keyboard only: hold, resume, consult from the directory, transfer', async () => {
    vi.stubGlobal('fetch', createConfigFetch().fetch);
    const harness = createHarness({ apiUrl: 'http://config.test' });
    renderWith(harness, <SoftphoneBar />);
    const { BAR_STATES } = await import('../support/states');
    await BAR_STATES.connected(harness);
    const bar = screen.getByRole('region', { name: '软电话' });
    const tabTo = async (name: string | RegExp) => {
      for (let i = 0; i < 30 && !(focused().tagName === 'BUTTON' && screen.queryAllByRole('button', { name }).includes(focused() as HTMLButtonElement)); i++) {
        await userEvent.tab();
      }
      expect(focused()).toBe(screen.getByRole('button', { name }));
    };
    await tabTo('保持');
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => expect(bar.dataset.state).toBe('held'));
    // Resume replaces hold as the main action.
    await tabTo('恢复通话');
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => expect(bar.dataset.state).toBe('connected'));
    await tabTo('转接/咨询');
    await userEvent.keyboard('{Enter}');
    const sheet = screen.getByRole('dialog', { name: '咨询与转接' });
    // The directory is loaded on demand: focus moves into it as it arrives.
    const search = await within(sheet).findByRole('searchbox');
    await vi.waitFor(() => expect(focused()).toBe(search));
    await userEvent.keyboard('李四');
    await vi.waitFor(() => expect(within(sheet).getByRole('button', { name: /1002 李四/ })).toBeTruthy(), { timeout: 5000 });
    await tabTo(/1002 李四/);
    await userEvent.keyboard(' ');
    await tabTo('咨询坐席');
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => expect(bar.dataset.state).toBe('consulting'));
    expect(harness.server.actions(24)).toEqual([{ Action: 24, AgID: 2 }]);
    act(() => harness.server.push(phone(22)));
    await tabTo('转接');
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => expect(bar.dataset.state).toBe('idle'));
    expect(harness.server.actions(29)).toHaveLength(1);
  });
});
