import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import { Dialpad } from '@wincall/react';
import { textOf } from '../play';

/** Twelve real buttons; with focus inside, typing 0-9 * # presses the keys too. Store-free. */
const meta = {
  title: 'Parts/Dialpad',
  component: Dialpad,
  args: { onDigit: fn(), onValueChange: fn() },
} satisfies Meta<typeof Dialpad>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Click 1, 2, # then type 5: every key is reported and the keys so far are shown. */
export const Default: Story = {
  play: async ({ canvas, userEvent, args }) => {
    for (const key of ['1', '2', '#']) await userEvent.click(canvas.getByRole('button', { name: key }));
    await userEvent.keyboard('5');
    await expect(args.onDigit).toHaveBeenCalledTimes(4);
    await expect(args.onDigit).toHaveBeenLastCalledWith('5');
    await expect(canvas.getByRole('status')).toHaveTextContent('12#5');
  },
};

export const WithValue: Story = { args: { defaultValue: '0571#' } };

/** Keys only work while talking; the group says why. */
export const Disabled: Story = {
  args: { disabled: true, disabledReason: '仅通话中可用' },
  play: async (context) => {
    const group = context.canvas.getByRole('group', { name: textOf(context)['dialpad.label'] });
    await expect(group).toHaveAccessibleDescription('仅通话中可用');
    await expect(context.canvas.getByRole('button', { name: '5' })).toBeDisabled();
  },
};

export const WithoutValue: Story = { args: { showValue: false, label: '发送按键' } };
