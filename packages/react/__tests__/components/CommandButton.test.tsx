import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CommandButton } from '../../src';
import { result } from '../support/fakeServer';
import { createHarness, renderWith, signIn } from '../support/render';

describe('CommandButton', () => {
  it('is disabled with the reason while the command is unavailable', () => {
    const harness = createHarness();
    renderWith(harness, <CommandButton command="hold">保持</CommandButton>);
    const button = screen.getByRole('button', { name: '保持' }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    expect(button.title).toBe('尚未签入');
    expect(button.dataset.state).toBe('disabled');
  });

  it('runs its command with its arguments, shows progress, and reports the result', async () => {
    const harness = createHarness({ provider: { locale: 'en' } });
    const onDone = vi.fn();
    renderWith(
      harness,
      <CommandButton command="busy" args={[102]} onDone={onDone} variant="primary">
        Busy
      </CommandButton>,
    );
    await act(() => signIn(harness.client));
    harness.server.hold(4);
    await userEvent.click(screen.getByRole('button', { name: 'Busy' }));
    const button = screen.getByRole('button', { name: /Busy.*Working/ });
    expect(button.getAttribute('aria-busy')).toBe('true');
    expect(button.className).toContain('wincall-button-primary');
    await act(async () => harness.server.push(result(4)));
    expect(onDone).toHaveBeenCalledWith(expect.objectContaining({ code: '005000' }));
    expect(harness.server.actions(4)).toEqual([{ Action: 4, Reason: 102 }]);
  });

  it('is blocked by a precondition of its form', async () => {
    const harness = createHarness();
    renderWith(
      harness,
      <CommandButton command="dialOuter" args={['']} blockedReason="reason.needsNumber">
        外呼
      </CommandButton>,
    );
    await act(() => signIn(harness.client));
    expect((screen.getByRole('button') as HTMLButtonElement).title).toBe('请先输入号码');
  });

  it('hands failures to onError instead of throwing', async () => {
    const harness = createHarness();
    const onError = vi.fn();
    renderWith(
      harness,
      <CommandButton command="busy" onError={onError}>
        置忙
      </CommandButton>,
    );
    await act(() => signIn(harness.client));
    harness.server.reply(4, () => [result(4, 4)]);
    await userEvent.click(screen.getByRole('button', { name: '置忙' }));
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: '005004' }));
  });
});
