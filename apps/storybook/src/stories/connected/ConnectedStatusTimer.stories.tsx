import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { ConnectedStatusTimer } from '@wincall/react';
import { live, liveBeforeEach, liveDecorators } from '../../live/live';
import * as scenario from '../../live/scenarios';
import { textOf } from '../play';

/** Time in the agent's current status; starts again at every status change. */
const meta = {
  title: 'Connected/ConnectedStatusTimer',
  component: ConnectedStatusTimer,
  decorators: liveDecorators,
  beforeEach: liveBeforeEach,
  ...live(scenario.signedIn),
} satisfies Meta<typeof ConnectedStatusTimer>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Idle: Story = {
  play: async (context) => {
    await expect(context.canvas.getByRole('timer', { name: textOf(context)['status.timeInState'] })).toHaveAttribute('data-state', 'running');
  },
};
