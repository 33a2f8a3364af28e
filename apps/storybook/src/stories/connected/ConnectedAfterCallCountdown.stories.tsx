import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { ConnectedAfterCallCountdown } from '@wincall/react';
import { live, liveBeforeEach, liveDecorators } from '../../live/live';
import * as scenario from '../../live/scenarios';
import { textOf, WAIT } from '../play';

/** Seconds of after-call work left, as granted by the server; nothing outside after-call work. */
const meta = {
  title: 'Connected/ConnectedAfterCallCountdown',
  component: ConnectedAfterCallCountdown,
  decorators: liveDecorators,
  beforeEach: liveBeforeEach,
} satisfies Meta<typeof ConnectedAfterCallCountdown>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The customer hung up: two minutes to wrap up. */
export const AfterCallWork: Story = {
  ...live(scenario.afterCallWork, { timings: { afterCallWorkSeconds: 120 } }),
  play: async (context) => {
    const timer = await context.canvas.findByRole('timer', { name: textOf(context)['afterCall.remaining'] }, WAIT);
    await expect(timer).toHaveAttribute('data-state', 'counting-down');
  },
};
