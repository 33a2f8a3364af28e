import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import { WrapUpForm } from '@wincall/react';

const CODES = [
  { id: 'resolved', label: '已解决' },
  { id: 'callback', label: '需回访' },
  { id: 'complaint', label: '投诉' },
];

/**
 * Wrap-up: a disposition code and a note for the call, saved into its record. Store-free: the
 * codes, the values and what to do with them come in as props.
 */
const meta = {
  title: 'Parts/WrapUpForm',
  component: WrapUpForm,
  args: { codes: CODES, code: null, note: '', onCodeChange: fn(), onNoteChange: fn(), onSave: fn() },
} satisfies Meta<typeof WrapUpForm>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A required code not chosen yet: the form says so; choosing one is reported. */
export const CodeRequired: Story = {
  args: { required: true },
  play: async ({ canvas, args, userEvent }) => {
    await expect(canvas.getByText('本通话必须选择话后代码，选好后才能置闲。')).toBeVisible();
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: '话后代码' }), '需回访');
    await expect(args.onCodeChange).toHaveBeenCalledWith('callback');
  },
};

/** Chosen and noted: saving is reported. */
export const Filled: Story = {
  args: { code: 'resolved', note: '客户确认问题已解决' },
  play: async ({ canvas, args, userEvent }) => {
    await expect(canvas.getByRole('textbox', { name: '备注' })).toHaveValue('客户确认问题已解决');
    await userEvent.click(canvas.getByRole('button', { name: '保存小结' }));
    await expect(args.onSave).toHaveBeenCalled();
  },
};
