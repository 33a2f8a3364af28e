import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import { ConnectedActionButton } from '@wincall/react';
import { live, liveBeforeEach, liveDecorators, worldOf } from '../../live/live';
import * as scenario from '../../live/scenarios';
import { WAIT } from '../play';

/** An action button that runs a client command and follows its availability. */
const meta = {
  title: 'Connected/ConnectedActionButton',
  component: ConnectedActionButton,
  decorators: liveDecorators,
  beforeEach: liveBeforeEach,
  args: { command: 'hold', label: '保持' },
} satisfies Meta<typeof ConnectedActionButton>;

export default meta;
type Story = StoryObj<typeof meta>;

export const HoldTheCall: Story = {
  ...live(scenario.inCall),
  play: async (context) => {
    await context.userEvent.click(await context.canvas.findByRole('button', { name: '保持' }, WAIT));
    await waitFor(() => expect(worldOf(context).client.getState().call?.phase).toBe('held'), WAIT);
  },
};

/** Transfer while the consulted colleague has not answered: visible, off, and saying why. */
export const TransferWaitsForTheColleague: Story = {
  ...live(scenario.consulting),
  args: { command: 'transfer', label: '转接' },
  play: async (context) => {
    await expect(await context.canvas.findByRole('button', { name: '转接' }, WAIT)).toBeDisabled();
    await expect(context.canvas.getByText('被咨询方尚未接通')).toBeVisible();
  },
};
