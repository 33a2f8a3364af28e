import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ConnectedDialpad, Dialpad } from '../../src';
import { phone, ring } from '../support/fakeServer';
import { createHarness, renderWith, signIn } from '../support/render';

describe('Dialpad', () => {
  it('has twelve real buttons and reports each key', async () => {
    const onDigit = vi.fn();
    render(<Dialpad onDigit={onDigit} className="pad" />);
    const pad = screen.getByRole('group', { name: '拨号键盘' });
    expect(within(pad).getAllByRole('button').map((b) => b.textContent)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '0', '#']);
    await userEvent.click(within(pad).getByRole('button', { name: '5' }));
    await userEvent.click(within(pad).getByRole('button', { name: '*' }));
    expect(onDigit.mock.calls).toEqual([['5'], ['*']]);
    expect(within(pad).getByRole('status').textContent).toBe('5*');
    expect(pad.className).toContain('pad');
  });

  it('takes typed digits while it has focus', async () => {
    const user = userEvent.setup();
    const onDigit = vi.fn();
    render(<Dialpad onDigit={onDigit} />);
    await user.tab();
    await user.keyboard('12#x');
    expect(onDigit.mock.calls.map(([d]) => d)).toEqual(['1', '2', '#']);
  });

  it('is controlled by value / onValueChange', async () => {
    const onValueChange = vi.fn();
    render(<Dialpad value="9" onValueChange={onValueChange} />);
    await userEvent.click(screen.getByRole('button', { name: '0' }));
    expect(onValueChange).toHaveBeenCalledWith('90');
    expect(screen.getByRole('status').textContent).toBe('9');
  });

  it('says why it is disabled', () => {
    render(<Dialpad disabled disabledReason="仅在通话中可用" />);
    const pad = screen.getByRole('group');
    expect(pad.dataset.state).toBe('disabled');
    expect(document.getElementById(pad.getAttribute('aria-describedby')!)?.textContent).toBe('仅在通话中可用');
    expect((screen.getByRole('button', { name: '1' }) as HTMLButtonElement).disabled).toBe(true);
  });
});

describe('ConnectedDialpad', () => {
  it('sends DTMF only while talking', async () => {
    const harness = createHarness();
    renderWith(harness, <ConnectedDialpad />);
    await act(() => signIn(harness.client));
    expect((screen.getByRole('button', { name: '1' }) as HTMLButtonElement).disabled).toBe(true);
    act(() => harness.server.push(...ring(), phone(6)));
    await userEvent.click(screen.getByRole('button', { name: '7' }));
    await waitFor(() => expect(harness.server.actions(42)).toEqual([{ Action: 42, Dtmf: '7' }]));
  });
});
