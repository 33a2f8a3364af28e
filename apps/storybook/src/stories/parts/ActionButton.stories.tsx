import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';

/** A plain dot: the kit's own icons are Lucide's, inside the bar. */
const icon = (
  <svg width="18" height="18" viewBox="0 0 24 24" aria-hidden="true">
    <circle cx="12" cy="12" r="6" fill="currentColor" />
  </svg>
);
import { ActionButton } from '@wincall/react';

/** An icon-and-label action; disabled, it says why in words beside it; store-free. */
const meta = {
  title: 'Parts/ActionButton',
  component: ActionButton,
  args: { label: '保持', icon: icon, onClick: fn() },
} satisfies Meta<typeof ActionButton>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async (context) => {
    await context.userEvent.click(context.canvas.getByRole('button', { name: '保持' }));
    await expect(context.args.onClick).toHaveBeenCalledTimes(1);
  },
};

export const Danger: Story = { args: { label: '挂断', icon: icon, variant: 'danger' } };

/** Expected but not possible yet: the reason is readable without hovering. */
export const WaitingWithAReason: Story = {
  args: { label: '转接', icon: icon, reason: '被咨询方尚未接通' },
  play: async (context) => {
    await expect(context.canvas.getByRole('button', { name: '转接' })).toBeDisabled();
    await expect(context.canvas.getByText('被咨询方尚未接通')).toBeVisible();
  },
};

/** Icon only: the label is the accessible name and the tooltip. */
export const IconOnly: Story = { args: { iconOnly: true } };

export const Pending: Story = { args: { pending: true, pendingLabel: '处理中' } };
