import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import { ConnectedIncomingCallBanner } from '@wincall/react';
import { live, liveBeforeEach, liveDecorators, worldOf } from '../../live/live';
import * as scenario from '../../live/scenarios';
import { startingWith, textOf, WAIT } from '../play';

/**
 * The client's ringing call, or nothing: caller, queue (named from the config API) and kind. The
 * answer button appears in always-on mode only; otherwise the agent picks up the desk phone.
 */
const meta = {
  title: 'Connected/ConnectedIncomingCallBanner',
  component: ConnectedIncomingCallBanner,
  decorators: liveDecorators,
  beforeEach: liveBeforeEach,
} satisfies Meta<typeof ConnectedIncomingCallBanner>;

export default meta;
type Story = StoryObj<typeof meta>;

export const QueueCall: Story = {
  ...live(scenario.ringingFromQueue),
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('售前咨询', {}, WAIT)).toBeVisible();
  },
};

/** Always-on: answer here; the banner goes once the call is connected. */
export const AlwaysOn: Story = {
  ...live(scenario.ringingAlwaysOn),
  play: async (context) => {
    const t = textOf(context);
    await context.userEvent.click(context.canvas.getByRole('button', { name: startingWith(t['action.answer']) }));
    await waitFor(() => expect(worldOf(context).client.getState().call?.phase).toBe('connected'), WAIT);
    await waitFor(() => expect(context.canvas.queryByRole('region', { name: t['incoming.title'] })).toBeNull(), WAIT);
  },
};

/** Nothing rings: nothing shows. Place a call from the panel. */
export const NothingRinging: Story = { ...live(scenario.signedIn) };
