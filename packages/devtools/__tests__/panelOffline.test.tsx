// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createWinCallClient } from '@wincall/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WinCallDevtools } from '../src';

// The panel's chunk: the first download fails (the network dropped), the next ones work.
const panel = vi.hoisted(() => ({ downloads: 0 }));
vi.mock('../src/panel/Panel', async (importOriginal) => {
  if (panel.downloads++ === 0) throw new TypeError('Failed to fetch dynamically imported module');
  return importOriginal();
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('a devtools panel that could not be downloaded', () => {
  it('leaves the host page alone, says so on the toggle, and opens on the next click', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const client = createWinCallClient({ vccCode: 'demo', serverUrl: 'http://127.0.0.1:9', pageLifecycle: false });
    render(
      <main>
        <h1>CRM</h1>
        <WinCallDevtools client={client} locale="en" />
      </main>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'WinCall devtools' }));
    const toggle = await screen.findByRole('button', { name: 'WinCall devtools (the panel failed: retry)' });
    expect(screen.getByRole('heading', { name: 'CRM' })).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(panel.downloads).toBe(1);

    await userEvent.click(toggle);
    expect(await screen.findByRole('dialog', { name: 'WinCall devtools' }, { timeout: 10_000 })).toBeTruthy();
    expect(panel.downloads).toBe(2);
    expect(screen.getByRole('heading', { name: 'CRM' })).toBeTruthy();
    client.destroy();
  });
});
