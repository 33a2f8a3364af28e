import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { ConnectedCallTimer } from '@wincall/react';
import { live, liveBeforeEach, liveDecorators } from '../../live/live';
import * as scenario from '../../live/scenarios';
import { textOf, WAIT } from '../play';

/** Talk time of the current call (ringing time before it is answered); nothing without a call. */
const meta = {
  title: 'Connected/ConnectedCallTimer',
  component: ConnectedCallTimer,
  decorators: liveDecorators,
  beforeEach: liveBeforeEach,
} satisfies Meta<typeof ConnectedCallTimer>;

export default meta;
type Story = StoryObj<typeof meta>;

export const InCall: Story = {
  ...live(scenario.inCall),
  play: async (context) => {
    const timer = await context.canvas.findByRole('timer', { name: textOf(context)['call.duration'] }, WAIT);
    await expect(timer).toHaveAttribute('data-state', 'running');
  },
};

/** No call, no timer: place one from the panel. */
export const NoCall: Story = {
  ...live(scenario.signedIn),
  play: async (context) => {
    await expect(context.canvas.queryByRole('timer')).toBeNull();
  },
};
