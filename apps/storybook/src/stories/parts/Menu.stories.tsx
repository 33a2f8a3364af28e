import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';

/** A plain dot: the kit's own icons are Lucide's, inside the bar. */
const icon = (
  <svg width="18" height="18" viewBox="0 0 24 24" aria-hidden="true">
    <circle cx="12" cy="12" r="6" fill="currentColor" />
  </svg>
);
import { Menu } from '@wincall/react';

/** A menu button (the bar's "more" and agent menus); store-free. */
const meta = {
  title: 'Parts/Menu',
  component: Menu,
  args: {
    label: '更多操作',
    icon: icon,
    iconOnly: true,
    items: [
      { id: 'ivr', label: '转IVR', onSelect: fn() },
      { id: 'survey', label: '转满意度评价', onSelect: fn() },
      { id: 'off', label: '退出自动外呼', disabled: true, detail: '未加入自动外呼', onSelect: fn() },
    ],
  },
} satisfies Meta<typeof Menu>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Keyboard only: ArrowDown opens on the first item, End jumps to the last enabled one, Enter picks it. */
export const ByKeyboard: Story = {
  play: async (context) => {
    const trigger = context.canvas.getByRole('button', { name: '更多操作' });
    trigger.focus();
    await context.userEvent.keyboard('{ArrowDown}');
    await expect(context.canvas.getByRole('menuitem', { name: '转IVR' })).toHaveFocus();
    await context.userEvent.keyboard('{End}');
    await expect(context.canvas.getByRole('menuitem', { name: '转满意度评价' })).toHaveFocus();
    await context.userEvent.keyboard('{Enter}');
    await expect(context.args.items[1]!.onSelect).toHaveBeenCalledTimes(1);
    await expect(trigger).toHaveFocus();
  },
};
