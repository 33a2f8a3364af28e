import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { ConnectedCallCard } from '@wincall/react';
import { live, liveBeforeEach, liveDecorators } from '../../live/live';
import * as scenario from '../../live/scenarios';
import { CUSTOMER } from '../../live/scenarios';
import { textOf, WAIT } from '../play';

/** The client's current call as a call card; nothing without a call. */
const meta = {
  title: 'Connected/ConnectedCallCard',
  component: ConnectedCallCard,
  decorators: liveDecorators,
  beforeEach: liveBeforeEach,
} satisfies Meta<typeof ConnectedCallCard>;

export default meta;
type Story = StoryObj<typeof meta>;

export const InCall: Story = {
  ...live(scenario.inCall),
  play: async (context) => {
    await expect(await context.canvas.findByText(CUSTOMER, {}, WAIT)).toBeVisible();
    await expect(context.canvas.getByRole('timer', { name: textOf(context)['call.duration'] })).toBeVisible();
  },
};

export const OnHold: Story = {
  ...live(scenario.onHold),
  play: async (context) => {
    await expect(await context.canvas.findByText(textOf(context)['phase.held'], {}, WAIT)).toBeVisible();
  },
};
