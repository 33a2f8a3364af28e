import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, within } from 'storybook/test';
import { ConnectedBusyReasonPicker } from '@wincall/react';
import { live, liveBeforeEach, liveDecorators } from '../../live/live';
import * as scenario from '../../live/scenarios';
import { textOf, WAIT } from '../play';

/** `BusyReasonPicker` fed by the config API (`/busyreason/list`): plain busy until it answers. */
const meta = {
  title: 'Connected/ConnectedBusyReasonPicker',
  component: ConnectedBusyReasonPicker,
  decorators: liveDecorators,
  beforeEach: liveBeforeEach,
  args: { onValueChange: fn() },
  ...live(scenario.signedIn),
} satisfies Meta<typeof ConnectedBusyReasonPicker>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The tenant's reasons (开会, 午餐, 培训) arrive; choosing 午餐 reports 101. */
export const TenantReasons: Story = {
  play: async (context) => {
    const select = context.canvas.getByRole('combobox', { name: textOf(context)['field.busyReason'] });
    const lunch = await within(select).findByRole('option', { name: '午餐' }, WAIT);
    await context.userEvent.selectOptions(select, lunch);
    await expect(context.args.onValueChange).toHaveBeenLastCalledWith(101);
  },
};
