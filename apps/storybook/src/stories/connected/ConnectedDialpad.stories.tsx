import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor } from 'storybook/test';
import { ConnectedDialpad } from '@wincall/react';
import { live, liveBeforeEach, liveDecorators, worldOf } from '../../live/live';
import * as scenario from '../../live/scenarios';
import { textOf, WAIT } from '../play';

/** A keypad that sends DTMF into the current call; disabled (saying why) when not talking. */
const meta = {
  title: 'Connected/ConnectedDialpad',
  component: ConnectedDialpad,
  decorators: liveDecorators,
  beforeEach: liveBeforeEach,
  args: { onDigit: fn() },
} satisfies Meta<typeof ConnectedDialpad>;

export default meta;
type Story = StoryObj<typeof meta>;

/** In a call: 1, 2, 3 reach the simulated call (the panel lists the keys). */
export const InCall: Story = {
  ...live(scenario.inCall),
  play: async (context) => {
    for (const key of ['1', '2', '3']) await context.userEvent.click(context.canvas.getByRole('button', { name: key }));
    const world = worldOf(context);
    await waitFor(() => expect(world.model.snapshot().calls.find((c) => c.state === 'connected')?.dtmf).toBe('123'), WAIT);
    await expect(context.args.onDigit).toHaveBeenCalledTimes(3);
  },
};

export const NotTalking: Story = {
  ...live(scenario.signedIn),
  play: async (context) => {
    const t = textOf(context);
    await expect(context.canvas.getByRole('group', { name: t['dialpad.label'] })).toHaveAccessibleDescription(t['reason.notTalking']);
  },
};
