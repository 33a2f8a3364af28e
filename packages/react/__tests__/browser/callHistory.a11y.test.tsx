import axe from 'axe-core';
import { render } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import '../../src/styles.css';
import { CallHistoryList } from '../../src';
import { callRecord } from '../support/records';

const RECORDS = [
  callRecord('c3', { otherParty: '13900001111', answeredAt: null, talkMs: 0, endReason: 'missed', missed: true }),
  callRecord('c2', { endReason: 'transferred' }),
  callRecord('c1', { kind: 'outbound', direction: 'outbound', queue: null, endReason: 'agentHangup' }),
];

describe.each(['light', 'dark'] as const)('CallHistoryList passes axe in the %s theme (real Chromium)', (theme) => {
  it.each([
    ['with call-back buttons', { onRedial: vi.fn() }],
    ['with call-back unavailable', { onRedial: vi.fn(), redialUnavailable: '通话中' }],
    ['read-only', {}],
  ])('%s', async (_name, props) => {
    const { container, findByRole } = render(
      <main data-theme={theme} style={{ background: 'var(--wincall-bg)', color: 'var(--wincall-fg)', padding: 8 }}>
        <CallHistoryList records={RECORDS} {...props} />
      </main>,
    );
    await findByRole('list'); // loaded on demand
    const results = await axe.run(container, { resultTypes: ['violations'] });
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`)).toEqual([]);
    // Missed calls are marked in words too, not by colour alone.
    expect(container.querySelector('[data-missed]')?.textContent).toContain('未接');
  });
});
