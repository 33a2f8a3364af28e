import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import type { CallPhase } from '@wincall/core';
import { CallCard, CallTimer } from '@wincall/react';
import { textOf } from '../play';

const PHASES: CallPhase[] = ['dialing', 'connected', 'held', 'consulting', 'consultConnected', 'threeWay', 'monitoring', 'barging'];

/** The current call at a glance: phase, party, queue and kind once, timers, both parties of a consult; store-free. */
const meta = {
  title: 'Parts/CallCard',
  component: CallCard,
  args: { phase: 'connected', kind: 'queue', party: '13900001111', queueName: '售前咨询' },
  argTypes: { phase: { control: 'select', options: PHASES } },
} satisfies Meta<typeof CallCard>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Connected: Story = {
  args: { timer: <CallTimer label="通话时长" since={Date.now() - 42_000} /> },
  play: async (context) => {
    await expect(context.canvas.getByText(textOf(context)['phase.connected'])).toBeVisible();
  },
};

/** Held looks held and counts the hold time. */
export const Held: Story = {
  args: { phase: 'held', timer: <CallTimer label="通话时长" since={Date.now() - 90_000} />, holdTimer: <CallTimer label="保持时长" since={Date.now() - 12_000} /> },
};

/** Both parties named: the customer and the consulted colleague, by name and number. */
export const Consulting: Story = { args: { phase: 'consultConnected', otherParty: '1002 李娜' } };

/** A supervisor listening: "Listening to 1002 李娜 ↔ 139…". */
export const Monitoring: Story = { args: { phase: 'monitoring', kind: 'chanspy', otherParty: '1002 李娜', party: '13900001111', queueName: undefined } };
