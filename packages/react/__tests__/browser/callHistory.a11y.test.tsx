import axe from 'axe-core';
import { render } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import '../../src/styles.css';
import type { CallRecord } from '@wincall/core';
import { CallHistoryList } from '../../src';

const record = (id: string, fields: Partial<CallRecord>): CallRecord => ({
  id,
  callId: id,
  callIds: [id],
  agentNum: '1001',
  kind: 'queue',
  direction: 'inbound',
  otherParty: '13800138000',
  callerNumber: '4008001000',
  queue: { id: 6250, name: '售前咨询' },
  autoDial: null,
  startedAt: Date.UTC(2026, 10, 29, 1, 0, 0),
  answeredAt: Date.UTC(2026, 10, 29, 1, 0, 5),
  endedAt: Date.UTC(2026, 10, 29, 1, 3, 0),
  wrapUpEndedAt: Date.UTC(2026, 10, 29, 1, 3, 0),
  ringMs: 5_000,
  talkMs: 175_000,
  hold: { totalMs: 0, count: 0 },
  afterCallWorkMs: 0,
  consults: [],
  transfers: [],
  ivrDigits: [],
  endReason: 'remoteHangup',
  resultCode: null,
  missed: false,
  params: {},
  ...fields,
});

const RECORDS = [
  record('c3', { otherParty: '13900001111', answeredAt: null, talkMs: 0, endReason: 'missed', missed: true }),
  record('c2', { endReason: 'transferred' }),
  record('c1', { kind: 'outbound', direction: 'outbound', queue: null, endReason: 'agentHangup' }),
];

describe.each(['light', 'dark'] as const)('CallHistoryList passes axe in the %s theme (real Chromium)', (theme) => {
  it.each([
    ['with call-back buttons', { onRedial: vi.fn() }],
    ['with call-back unavailable', { onRedial: vi.fn(), redialUnavailable: '通话中' }],
    ['read-only', {}],
  ])('%s', async (_name, props) => {
    const { container } = render(
      <main data-theme={theme} style={{ background: 'var(--wincall-bg)', color: 'var(--wincall-fg)', padding: 8 }}>
        <CallHistoryList records={RECORDS} {...props} />
      </main>,
    );
    const results = await axe.run(container, { resultTypes: ['violations'] });
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`)).toEqual([]);
    // Missed calls are marked in words too, not by colour alone.
    expect(container.querySelector('[data-missed]')?.textContent).toContain('未接');
  });
});
