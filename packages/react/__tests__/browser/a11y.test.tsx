import axe from 'axe-core';
import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import '../../src/styles.css';
import { SoftphoneBar } from '../../src';
import { createConfigFetch } from '../support/fakeServer';
import { createHarness, renderWith } from '../support/render';
import { BAR_STATES, EXPECTED_DATA_STATE, type BarStateName } from '../support/states';

const STATES = Object.keys(BAR_STATES) as BarStateName[];

function describeViolations(results: axe.AxeResults): string {
  return results.violations
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `  ${n.html}\n    ${n.failureSummary}`).join('\n')}`)
    .join('\n');
}

const MATRIX = (['bar', 'panel', 'compact'] as const).flatMap((layout) => (['light', 'dark'] as const).map((theme) => ({ layout, theme })));

describe.each(MATRIX)('the softphone bar passes axe in the $layout layout, $theme theme', ({ layout, theme }) => {
  it.each(STATES)('%s', async (state) => {
    vi.stubGlobal('fetch', createConfigFetch().fetch);
    const harness = createHarness({ apiUrl: 'http://config.test' });
    const { container } = renderWith(harness, <SoftphoneBar theme={theme} layout={layout} />);
    await BAR_STATES[state](harness);
    const bar = screen.getByRole('region', { name: '软电话' });
    expect(bar.dataset.state).toBe(EXPECTED_DATA_STATE[state]);
    // Let the config lists arrive, so their options are checked too.
    if (state !== 'signedOut' && state !== 'disconnected') {
      await vi.waitFor(() => expect(harness.queryClient.isFetching()).toBe(0), { timeout: 5000 });
    }
    const results = await axe.run(container, { resultTypes: ['violations'] });
    expect(results.violations, describeViolations(results)).toEqual([]);
  });
});

describe('the axe check itself', () => {
  it('does flag a broken control, so a clean run means something', async () => {
    const host = document.createElement('div');
    host.innerHTML = '<main><input type="text"><button type="button"></button></main>';
    document.body.appendChild(host);
    const results = await axe.run(host, { resultTypes: ['violations'] });
    host.remove();
    expect(results.violations.map((v) => v.id)).toEqual(expect.arrayContaining(['label', 'button-name']));
  });
});
