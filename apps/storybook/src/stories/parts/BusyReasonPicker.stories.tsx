import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import { BusyReasonPicker, PLAIN_BUSY } from '@wincall/react';
import { textOf } from '../play';
import { BUSY_REASONS } from './fixtures';

/** The tenant's busy reasons, with plain busy (reason 1) first unless told otherwise; store-free. */
const meta = {
  title: 'Parts/BusyReasonPicker',
  component: BusyReasonPicker,
  args: { reasons: BUSY_REASONS, onValueChange: fn() },
} satisfies Meta<typeof BusyReasonPicker>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Choosing 午餐 reports reason 101; plain busy is offered first. */
export const Default: Story = {
  args: { defaultValue: PLAIN_BUSY },
  play: async (context) => {
    const t = textOf(context);
    const select = context.canvas.getByRole('combobox', { name: t['field.busyReason'] });
    await expect(select).toHaveDisplayValue(t['busyReason.plain']);
    await context.userEvent.selectOptions(select, '午餐');
    await expect(context.args.onValueChange).toHaveBeenLastCalledWith(101);
  },
};

export const WithoutPlainBusy: Story = { args: { includePlainBusy: false, defaultValue: 100 } };

/** Before the config API answered: plain busy only. */
export const Loading: Story = { args: { reasons: [], loading: true } };

export const Failed: Story = { args: { reasons: [], error: '置忙原因加载失败' } };
