import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import { QueuePicker } from '@wincall/react';
import { textOf } from '../play';
import { QUEUES } from './fixtures';

/** A labelled native `<select>` of queues; store-free. Names fall back to "队列 {id}". */
const meta = {
  title: 'Parts/QueuePicker',
  component: QueuePicker,
  args: { queues: QUEUES, onValueChange: fn(), onOpen: fn() },
} satisfies Meta<typeof QueuePicker>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Choosing a queue reports its id (a number). */
export const Default: Story = {
  play: async (context) => {
    const select = context.canvas.getByRole('combobox', { name: textOf(context)['field.queue'] });
    await context.userEvent.selectOptions(select, '售后服务 (6251)');
    await expect(context.args.onValueChange).toHaveBeenLastCalledWith(6251);
    await expect(context.args.onOpen).toHaveBeenCalled();
    await context.userEvent.selectOptions(select, textOf(context)['picker.none']);
    await expect(context.args.onValueChange).toHaveBeenLastCalledWith(null);
  },
};

export const Preselected: Story = { args: { defaultValue: 6250 } };

export const Loading: Story = { args: { queues: [], loading: true } };

export const Failed: Story = { args: { queues: [], error: '队列列表加载失败' } };

export const Disabled: Story = { args: { defaultValue: 6250, disabled: true } };

export const CustomLabel: Story = { args: { label: '转接到队列', placeholder: '请选择' } };
