import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../src/styles.css';
import { SoftphoneBar } from '../../src';
import { createConfigFetch } from '../support/fakeServer';
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

    const picker = await screen.findByRole('combobox', { name: '置忙原因' });
    await screen.findByRole('option', { name: '开会' });
    await userEvent.tab();
    expect(focused()).toBe(picker);
    await userEvent.keyboard('{ArrowDown}');
    expect((picker as HTMLSelectElement).value).toBe('100');
    await userEvent.tab();
    expect(focused()).toBe(screen.getByRole('button', { name: '置忙' }));
    await userEvent.keyboard('{Enter}');
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
    const five = screen.getByRole('button', { name: '5' });
    five.focus();
    await userEvent.keyboard(' ');
    await userEvent.keyboard('9#');
    await vi.waitFor(() => expect(harness.server.actions(42).map((c) => ('Dtmf' in c ? c.Dtmf : ''))).toEqual(['5', '9', '#']));
  });
});
