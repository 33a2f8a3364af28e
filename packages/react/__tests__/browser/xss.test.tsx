import { act, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { SoftphoneBar } from '../../src';
import { createConfigFetch, CONFIG_DATA, ring } from '../support/fakeServer';
import { createHarness, renderWith, signIn } from '../support/render';

/** The polite live region that announces incoming calls. */
const announcer = () => document.querySelector('.wincall-announcer') as HTMLElement;

const HOSTILE = '<img src=x onerror=alert(1)>';

describe('server-provided text', () => {
  it('renders a hostile caller name and queue name as text: no element, no script', async () => {
    const alert = vi.fn();
    vi.stubGlobal('alert', alert);
    vi.stubGlobal(
      'fetch',
      createConfigFetch({ ...CONFIG_DATA, '/v2/wintelapi/api/jsonp/queue/list': [{ id: 6250, que_name: HOSTILE }] }).fetch,
    );
    const harness = createHarness({ apiUrl: 'http://config.test' });
    const { container } = renderWith(harness, <SoftphoneBar />);
    await act(() => signIn(harness.client));
    act(() => harness.server.push(...ring({ caller: HOSTILE, queueId: 6250 })));

    const banner = screen.getByRole('region', { name: '来电' });
    expect(within(banner).getByText(HOSTILE, { selector: '.wincall-incoming-caller' })).toBeTruthy();
    await vi.waitFor(() => expect(within(banner).getAllByText(HOSTILE)).toHaveLength(2));
    expect(announcer().textContent).toBe(`来电 ${HOSTILE}`);
    expect(container.querySelector('img')).toBeNull();
    expect(document.querySelector('img')).toBeNull();
    expect(alert).not.toHaveBeenCalled();
  });
});
