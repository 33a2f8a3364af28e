import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import type { CallRecord } from '@wincall/core';
import { CallHistoryList } from '@wincall/react';
import { textOf } from '../play';

const at = (minutes: number) => Date.UTC(2026, 10, 29, 1, minutes, 0);

const record = (fields: Partial<CallRecord> & Pick<CallRecord, 'id'>): CallRecord => ({
  callId: fields.id.split(':')[0] ?? null,
  callIds: [fields.id.split(':')[0] ?? ''],
  agentNum: '1001',
  kind: 'queue',
  direction: 'inbound',
  otherParty: '13800138000',
  callerNumber: '4008001000',
  queue: { id: 6250, name: '售前咨询' },
  autoDial: null,
  startedAt: at(0),
  answeredAt: at(0) + 4_000,
  endedAt: at(3),
  wrapUpEndedAt: at(3),
  ringMs: 4_000,
  talkMs: 176_000,
  hold: { totalMs: 0, count: 0 },
  afterCallWorkMs: 0,
  consults: [],
  transfers: [],
  ivrDigits: [],
  endReason: 'remoteHangup',
  resultCode: null,
  missed: false,
  params: {},
  wrapUp: null,
  wrapUpMissing: false,
  ...fields,
});

const RECORDS: CallRecord[] = [
  record({ id: 'c5:5', startedAt: at(40), otherParty: '13900001111', answeredAt: null, talkMs: 0, endReason: 'missed', missed: true }),
  record({
    id: 'c4:4',
    startedAt: at(30),
    endReason: 'transferred',
    transfers: [{ target: { type: 'agent', agentId: 2 }, mode: 'warm', at: at(32) }],
  }),
  record({ id: 'c3:3', startedAt: at(20), kind: 'outbound', direction: 'outbound', otherParty: '13700002222', queue: null, endReason: 'agentHangup' }),
  record({ id: 'c2:2', startedAt: at(10), kind: 'outbound', direction: 'outbound', otherParty: '13900000486', queue: null, answeredAt: null, talkMs: 0, endReason: 'failed' }),
  record({ id: 'c1:1', startedAt: at(0) }),
];

/**
 * The agent's call log from `useCallHistory`: missed calls marked, a call-back button per number
 * (`onRedial`; the connected usage runs the bar's dial command). `data-state` = the end reason.
 * Store-free.
 */
const meta = {
  title: 'Parts/CallHistoryList',
  component: CallHistoryList,
  args: { records: RECORDS, onRedial: fn() },
} satisfies Meta<typeof CallHistoryList>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Missed first, then a transfer, outbound calls and a normal inbound call; call the missed one back. */
export const Default: Story = {
  play: async (context) => {
    const { canvas, userEvent, args } = context;
    const text = textOf(context);
    // Loaded on demand: wait for the list.
    const items = await canvas.findAllByRole('listitem');
    await expect(items).toHaveLength(5);
    await expect(items[0]).toHaveAttribute('data-missed');
    await expect(items[0]).toHaveTextContent(text['history.missed']);
    await expect(items[1]).toHaveTextContent(text['history.end.transferred']);
    await userEvent.click(canvas.getByRole('button', { name: text['history.redial'].replace('{number}', '13900001111') }));
    await expect(args.onRedial).toHaveBeenCalledWith('13900001111', RECORDS[0]);
  },
};

/** The agent is on a call: calling back waits, and the buttons say why. */
export const RedialUnavailable: Story = { args: { redialUnavailable: '通话中，稍后回拨' } };

/** Without `onRedial` the list is read-only. */
export const ReadOnly: Story = { args: { onRedial: undefined } };

export const Empty: Story = { args: { records: [] } };
