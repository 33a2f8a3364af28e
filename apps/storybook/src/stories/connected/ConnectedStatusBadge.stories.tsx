import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { ConnectedStatusBadge } from '@wincall/react';
import { live, liveBeforeEach, liveDecorators } from '../../live/live';
import * as scenario from '../../live/scenarios';
import { textOf, WAIT } from '../play';

/** The signed-in agent's status, with the busy reason named from the config API. */
const meta = {
  title: 'Connected/ConnectedStatusBadge',
  component: ConnectedStatusBadge,
  decorators: liveDecorators,
  beforeEach: liveBeforeEach,
} satisfies Meta<typeof ConnectedStatusBadge>;

export default meta;
type Story = StoryObj<typeof meta>;

export const SignedOut: Story = {
  ...live(),
  play: async (context) => {
    await expect(context.canvas.getByText(textOf(context)['status.signedOut'])).toBeVisible();
  },
};

export const BusyWithReason: Story = {
  ...live(scenario.busyWithReason),
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('午餐', { selector: '.wincall-status-reason' }, WAIT)).toBeVisible();
  },
};

export const OnACall: Story = {
  ...live(scenario.inCall),
  play: async (context) => {
    await expect(context.canvas.getByText(textOf(context)['status.occupied'])).toBeVisible();
  },
};
