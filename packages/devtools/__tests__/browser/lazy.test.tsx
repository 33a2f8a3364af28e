import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { WinCallDevtools } from '../../src';
import { liveClient } from './support';

// An observer sees every module the page fetches from now on (the resource timing buffer may be full).
const fetched: string[] = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) fetched.push(entry.name);
}).observe({ type: 'resource' });
const panelRequests = () => fetched.filter((name) => /\/src\/(panel\/|decode|names|report|strings)/.test(name));

/** Nothing of the panel is downloaded until someone opens it (this file runs in a page of its own). */
describe('lazy loading', () => {
  it('loads the panel chunk only when the toggle is first opened', async () => {
    const client = liveClient();
    render(<WinCallDevtools client={client} locale="en" />);
    const toggle = await screen.findByRole('button', { name: 'WinCall devtools' });
    await client.connect();
    expect(panelRequests()).toEqual([]);
    expect(screen.queryByRole('dialog')).toBeNull();

    await userEvent.click(toggle);
    await screen.findByRole('dialog', { name: 'WinCall devtools' }, { timeout: 10_000 });
    await waitFor(() => expect(panelRequests().join('\n')).toMatch(/panel\/Panel\.tsx/));
  });
});
