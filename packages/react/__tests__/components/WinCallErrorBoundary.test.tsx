import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { SoftphoneBar, WinCallErrorBoundary } from '../../src';
import { createHarness, renderWith } from '../support/render';

let explode = true;
function Fragile() {
  if (explode) throw new Error('host bug');
  return <p>fine</p>;
}

describe('WinCallErrorBoundary', () => {
  it('contains a crash, reports it, and can try again', async () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const onError = vi.fn();
    explode = true;
    render(
      <div>
        <p>host page</p>
        <WinCallErrorBoundary onError={onError}>
          <Fragile />
        </WinCallErrorBoundary>
      </div>,
    );
    expect(screen.getByText('host page')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('软电话出现错误');
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'host bug' }), expect.anything());
    explode = false;
    await userEvent.click(screen.getByRole('button', { name: '重试' }));
    expect(screen.getByText('fine')).toBeTruthy();
    consoleError.mockRestore();
  });

  it('takes a custom fallback', () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    explode = true;
    render(
      <WinCallErrorBoundary fallback={<p>phone unavailable</p>}>
        <Fragile />
      </WinCallErrorBoundary>,
    );
    expect(screen.getByText('phone unavailable')).toBeTruthy();
    consoleError.mockRestore();
  });

  it('surrounds the softphone bar', () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const harness = createHarness();
    const onCrash = vi.fn();
    // A host passing nonsense props crashes the bar, not the page around it.
    renderWith(
      harness,
      <>
        <p>host page</p>
        <SoftphoneBar onCrash={onCrash} features={null as never} />
      </>,
    );
    expect(screen.getByText('host page')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('软电话出现错误');
    expect(onCrash).toHaveBeenCalled();
    consoleError.mockRestore();
  });
});
