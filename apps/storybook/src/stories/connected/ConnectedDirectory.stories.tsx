import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import { ConnectedDirectory } from '@wincall/react';
import { live, liveBeforeEach, liveDecorators, worldOf } from '../../live/live';
import * as scenario from '../../live/scenarios';
import { textOf, WAIT } from '../play';

/** The directory fed by the config API, with the actions its choice allows (transfer, dial or monitor). */
const meta = {
  title: 'Connected/ConnectedDirectory',
  component: ConnectedDirectory,
  decorators: liveDecorators,
  beforeEach: liveBeforeEach,
  args: { mode: 'transfer' },
} satisfies Meta<typeof ConnectedDirectory>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The IVR asks for confirmation before the caller leaves. */
export const TransferToIvrAsksFirst: Story = {
  ...live(scenario.inCall),
  play: async (context) => {
    const t = textOf(context);
    await context.userEvent.click(await context.canvas.findByRole('button', { name: t['action.transferToIvr'] }, WAIT));
    await expect(context.canvas.getByText(t['directory.confirmIvr'])).toBeVisible();
    await expect(worldOf(context).client.getState().call?.phase).toBe('connected');
  },
};

export const DialANumber: Story = {
  ...live(scenario.signedIn),
  args: { mode: 'dial' },
  play: async (context) => {
    await context.userEvent.type(await context.canvas.findByRole('searchbox', {}, WAIT), '13800138000');
    await context.userEvent.click(context.canvas.getByRole('button', { name: /13800138000/ }));
    await context.userEvent.click(context.canvas.getByRole('button', { name: textOf(context)['action.dialOuter'] }));
    await waitFor(() => expect(worldOf(context).client.getState().call).not.toBeNull(), WAIT);
  },
};
