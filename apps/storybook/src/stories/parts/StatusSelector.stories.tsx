import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import { CallTimer, StatusSelector, type StatusLook } from '@wincall/react';
import { textOf } from '../play';

const LOOKS: StatusLook[] = ['signedOut', 'signingIn', 'idle', 'busy', 'occupied', 'afterCallWork', 'offline', 'reconnecting', 'disconnected'];
const OPTIONS = [
  { value: 'idle' as const, label: '空闲' },
  { value: 1, label: '忙碌' },
  { value: 101, label: '午餐' },
  { value: 100, label: '开会' },
];

/** The agent's status as one control: colour, icon, words, time in status, and a menu of idle and the busy reasons; store-free. */
const meta = {
  title: 'Parts/StatusSelector',
  component: StatusSelector,
  args: { look: 'idle', options: OPTIONS, value: 'idle', onSelect: fn() },
  argTypes: { look: { control: 'select', options: LOOKS } },
} satisfies Meta<typeof StatusSelector>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Keyboard only: Enter opens the menu on the current status, arrows move, Enter picks, focus comes back. */
export const PickABusyReasonByKeyboard: Story = {
  args: { timer: <CallTimer label="当前状态时长" since={Date.now() - 65_000} /> },
  play: async (context) => {
    const trigger = context.canvas.getByRole('button', { name: new RegExp(`^${textOf(context)['status.label']}`) });
    trigger.focus();
    await context.userEvent.keyboard('{Enter}');
    await expect(context.canvas.getByRole('menuitemradio', { name: '空闲' })).toHaveFocus();
    await context.userEvent.keyboard('{ArrowDown}{ArrowDown}');
    await expect(context.canvas.getByRole('menuitemradio', { name: '午餐' })).toHaveFocus();
    await context.userEvent.keyboard('{Enter}');
    await expect(context.args.onSelect).toHaveBeenCalledWith(101);
    await expect(trigger).toHaveFocus();
    await context.userEvent.keyboard('{ArrowDown}');
    await context.userEvent.keyboard('{Escape}');
    await expect(context.canvas.queryByRole('menu')).toBeNull();
    await expect(trigger).toHaveFocus();
  },
};

export const BusyWithReason: Story = { args: { look: 'busy', reason: '午餐', value: 101 } };

/** In a call the choices stay listed, each saying why it waits. */
export const DuringACall: Story = { args: { look: 'occupied', value: null, unavailableReason: '通话中不可用' } };

export const AfterCallWork: Story = {
  args: { look: 'afterCallWork', value: null, timerLabel: '剩余', timer: <CallTimer label="话后处理剩余" until={Date.now() + 30_000} /> },
};

/** Every look side by side, for colour review in both themes: connection problems never look idle. */
export const AllLooks: Story = {
  render: (args) => (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12 }}>
      {LOOKS.map((look) => (
        <StatusSelector key={look} {...args} look={look} options={[]} />
      ))}
    </div>
  ),
};
