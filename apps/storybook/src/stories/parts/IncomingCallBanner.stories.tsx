import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import type { CallKind } from '@wincall/core';
import { IncomingCallBanner } from '@wincall/react';
import { startingWith, textOf } from '../play';

const KINDS: CallKind[] = ['queue', 'outer', 'inner', 'consult', 'chanspy', 'autocall', 'outbound', null];

/**
 * A ringing call: who, through which queue, what kind, and how to answer — a button with
 * `onAnswer` (always-on mode), otherwise the hint to pick up the desk phone. Store-free.
 */
const meta = {
  title: 'Parts/IncomingCallBanner',
  component: IncomingCallBanner,
  args: { kind: 'queue', caller: '13900001111', queueName: '售前咨询' },
  argTypes: { kind: { control: 'select', options: KINDS } },
} satisfies Meta<typeof IncomingCallBanner>;

export default meta;
type Story = StoryObj<typeof meta>;

export const QueueCall: Story = {
  play: async (context) => {
    await expect(context.canvas.getByText(textOf(context)['incoming.pickUp'])).toBeVisible();
  },
};

/** Always-on: answered from the browser. */
export const AnswerHere: Story = {
  args: { onAnswer: fn(), answerShortcut: 'Alt+A' },
  play: async (context) => {
    await context.userEvent.click(context.canvas.getByRole('button', { name: startingWith(textOf(context)['action.answer']) }));
    await expect(context.args.onAnswer).toHaveBeenCalledOnce();
  },
};

export const AnswerPending: Story = { args: { onAnswer: fn(), answerPending: true } };

export const AnswerUnavailable: Story = { args: { onAnswer: fn(), answerDisabled: true, answerDisabledReason: '等待上一个操作完成' } };

export const DirectCall: Story = { args: { kind: 'outer', queueName: undefined } };

export const FromAColleague: Story = { args: { kind: 'inner', caller: '8002', queueName: undefined } };

export const ConsultRequest: Story = { args: { kind: 'consult', caller: '8002', queueName: undefined } };

export const MonitorCall: Story = { args: { kind: 'chanspy', caller: '8002', queueName: undefined } };

export const AutoDial: Story = { args: { kind: 'autocall', caller: '13800000001', queueName: undefined } };

/** The agent dialled out; the desk phone rings first to connect the agent. */
export const OwnPhoneForOutboundCall: Story = { args: { kind: 'outbound', caller: '13800138000', queueName: undefined } };

/** Extra actions from the host, e.g. open the customer's record. */
export const WithExtraActions: Story = {
  args: {
    children: (
      <button type="button" className="wincall-button">
        Open customer record
      </button>
    ),
  },
};
