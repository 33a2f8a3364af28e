import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor } from 'storybook/test';
import { CommandButton, ConnectedStatusBadge, type CommandButtonProps, type CommandName } from '@wincall/react';
import { live, liveBeforeEach, liveDecorators, worldOf } from '../../live/live';
import * as scenario from '../../live/scenarios';
import { LUNCH_REASON } from '../../live/scenarios';
import { startingWith, textOf, WAIT } from '../play';

/**
 * A real `<button>` that runs one client command: disabled with the reason when the command is not
 * available now, `aria-busy` while the server has not answered, never sent twice. Shown next to the
 * agent's status badge so its effect is visible.
 */
const meta = {
  title: 'Softphone/CommandButton',
  component: CommandButton,
  decorators: liveDecorators,
  beforeEach: liveBeforeEach,
  args: { command: 'busy', args: [LUNCH_REASON], children: '置忙 (午餐)', onDone: fn(), onError: fn() },
  argTypes: {
    variant: { control: 'inline-radio', options: ['default', 'primary', 'danger'] },
    command: { control: 'select', options: ['busy', 'unbusy', 'hold', 'restore', 'hangup', 'logout'] },
  },
  render: (args) => (
    <div style={{ display: 'flex', gap: 12, alignItems: 'center' }}>
      <ConnectedStatusBadge />
      <CommandButton {...args} />
    </div>
  ),
} satisfies Meta<CommandButtonProps<CommandName>>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Sends BUSY with reason 101 and reports success through `onDone`. */
export const RunsItsCommand: Story = {
  ...live(scenario.signedIn),
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.click(canvas.getByRole('button', { name: '置忙 (午餐)' }));
    await waitFor(() => expect(args.onDone).toHaveBeenCalledOnce(), WAIT);
    await expect(await canvas.findByText('午餐', { selector: '.wincall-status-reason' }, WAIT)).toBeVisible();
  },
};

/** Hold without a call: disabled, and the reason is its description. */
export const UnavailableSaysWhy: Story = {
  ...live(scenario.signedIn),
  args: { command: 'hold', args: [], children: '保持' },
  play: async (context) => {
    const button = context.canvas.getByRole('button', { name: '保持' });
    await expect(button).toBeDisabled();
    await expect(button).toHaveAccessibleDescription(textOf(context)['reason.noCall']);
  },
};

/** The surrounding form is missing something (here: a number to dial). */
export const BlockedByTheForm: Story = {
  ...live(scenario.signedIn),
  args: { command: 'dialOuter', args: [''], children: '外呼', blockedReason: 'reason.needsNumber' },
  play: async (context) => {
    await expect(context.canvas.getByRole('button', { name: '外呼' })).toHaveAccessibleDescription(textOf(context)['reason.needsNumber']);
  },
};

/** The server has not answered yet ("Server stops answering" in the panel): pending, and no second send. */
export const Pending: Story = {
  ...live(scenario.signedIn),
  play: async (context) => {
    worldOf(context).link.holdReplies();
    await context.userEvent.click(context.canvas.getByRole('button', { name: '置忙 (午餐)' }));
    const button = await context.canvas.findByRole('button', { name: startingWith('置忙 (午餐)') }, WAIT);
    await waitFor(() => expect(button).toHaveAttribute('aria-busy', 'true'), WAIT);
    await expect(button).toBeDisabled();
  },
};

export const Danger: Story = {
  ...live(scenario.inCall),
  args: { command: 'hangup', args: [], children: '挂断', variant: 'danger' },
};
