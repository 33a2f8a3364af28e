import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import type { AgentStatus } from '@wincall/core';
import { StatusBadge } from '@wincall/react';
import { textOf } from '../play';

const STATUSES: AgentStatus[] = ['signedOut', 'signingIn', 'idle', 'busy', 'occupied', 'afterCallWork', 'offline'];

/** The agent's status as a coloured badge (`data-state` = the status); store-free. */
const meta = {
  title: 'Parts/StatusBadge',
  component: StatusBadge,
  args: { status: 'idle' },
  argTypes: { status: { control: 'select', options: STATUSES } },
} satisfies Meta<typeof StatusBadge>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Idle: Story = {
  play: async (context) => {
    await expect(context.canvas.getByText(textOf(context)['status.idle'])).toBeVisible();
  },
};

export const BusyWithReason: Story = { args: { status: 'busy', reason: '午餐' } };

export const OnACall: Story = { args: { status: 'occupied' } };

export const AfterCallWork: Story = { args: { status: 'afterCallWork' } };

export const PhoneOffline: Story = { args: { status: 'offline' } };

export const SignedOut: Story = { args: { status: 'signedOut' } };

/** The host's own words for a status. */
export const CustomLabel: Story = { args: { status: 'busy', label: '小休' } };

/** Every status side by side, for colour review in both themes. */
export const AllStatuses: Story = {
  render: (args) => (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12 }}>
      {STATUSES.map((status) => (
        <StatusBadge key={status} {...args} status={status} />
      ))}
    </div>
  ),
};
