import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import { ConnectedStatusSelector } from '@wincall/react';
import { live, liveBeforeEach, liveDecorators, worldOf } from '../../live/live';
import * as scenario from '../../live/scenarios';
import { textOf, WAIT } from '../play';

/** The signed-in agent's status selector: idle, busy with the tenant's reasons from the config API. */
const meta = {
  title: 'Connected/ConnectedStatusSelector',
  component: ConnectedStatusSelector,
  decorators: liveDecorators,
  beforeEach: liveBeforeEach,
} satisfies Meta<typeof ConnectedStatusSelector>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Keyboard only: open the menu, pick 午餐, the agent is busy at lunch on the simulator. */
export const GoToLunchByKeyboard: Story = {
  ...live(scenario.signedIn),
  play: async (context) => {
    const trigger = await context.canvas.findByRole('button', { name: new RegExp(`^${textOf(context)['status.label']}`) }, WAIT);
    trigger.focus();
    await context.userEvent.keyboard('{Enter}');
    const lunch = await context.canvas.findByRole('menuitemradio', { name: '午餐' }, WAIT);
    for (let i = 0; i < 6 && document.activeElement !== lunch; i++) await context.userEvent.keyboard('{ArrowDown}');
    await context.userEvent.keyboard('{Enter}');
    await waitFor(() => expect(worldOf(context).client.getState().agent).toMatchObject({ status: 'busy', busyReasonId: 101 }), WAIT);
    await expect(await context.canvas.findByText('午餐', { selector: '.wincall-status-reason' }, WAIT)).toBeVisible();
  },
};

/** Connection trouble is the status itself, not only a banner. */
export const Reconnecting: Story = {
  ...live(scenario.reconnecting),
  play: async (context) => {
    await expect(await context.canvas.findByText(textOf(context)['status.reconnecting'], {}, WAIT)).toBeVisible();
  },
};
