import { act, render, screen } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { hydrateRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SoftphoneBar, useWinCall, WinCallProvider } from '../src';

const options = { vccCode: 'demo', serverUrl: 'http://127.0.0.1:1' };

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

/**
 * Next.js renders client components on the server and prerenders them (`cacheComponents`), and
 * StrictMode renders twice: rendering must not create a client or read the clock.
 */
describe('WinCallProvider renders purely', () => {
  it('server-renders the signed-out bar without creating a client or reading the clock', () => {
    const now = vi.spyOn(Date, 'now');
    const html = renderToString(
      <WinCallProvider options={options} locale="en">
        <SoftphoneBar />
      </WinCallProvider>,
    );
    expect(now).not.toHaveBeenCalled();
    const host = document.createElement('div');
    host.innerHTML = html;
    expect(host.querySelector('form')).not.toBeNull();
    expect(host.textContent).toContain('Sign in');
  });

  it('hydrates the server HTML without a mismatch, then creates its client', async () => {
    let client: ReturnType<typeof useWinCall> | undefined;
    function Probe() {
      client = useWinCall();
      return null;
    }
    const html = renderToString(
      <WinCallProvider options={options} locale="en">
        <SoftphoneBar />
        <Probe />
      </WinCallProvider>,
    );
    expect(client?.destroyed).toBe(true); // the stand-in
    const host = document.createElement('div');
    host.innerHTML = html;
    document.body.append(host);
    const errors = vi.spyOn(console, 'error');
    const onRecoverableError = vi.fn();
    const root = await act(async () =>
      hydrateRoot(
        host,
        <WinCallProvider options={options} locale="en">
          <SoftphoneBar />
          <Probe />
        </WinCallProvider>,
        { onRecoverableError },
      ),
    );
    expect(onRecoverableError).not.toHaveBeenCalled();
    expect(errors).not.toHaveBeenCalled();
    expect(client?.destroyed).toBe(false);
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeTruthy();
    act(() => root.unmount());
  });

  it('shows the signed-out state before its client exists, and the stand-in refuses commands', async () => {
    const seen: Array<ReturnType<typeof useWinCall>> = [];
    function Probe() {
      seen.push(useWinCall());
      return null;
    }
    const view = render(
      <WinCallProvider options={options}>
        <Probe />
      </WinCallProvider>,
    );
    const [first] = seen;
    expect(first!.getState().agent.status).toBe('signedOut');
    await expect(first!.logout()).rejects.toMatchObject({ code: 'DESTROYED' });
    expect(seen.at(-1)).not.toBe(first);
    expect(seen.at(-1)!.destroyed).toBe(false);
    view.unmount();
  });
});
