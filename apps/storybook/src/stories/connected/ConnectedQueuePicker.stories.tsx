import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, within } from 'storybook/test';
import { ConnectedQueuePicker } from '@wincall/react';
import { live, liveBeforeEach, liveDecorators } from '../../live/live';
import { signIn } from '../../live/scenarios';
import { textOf, WAIT } from '../play';

/**
 * `QueuePicker` fed by the client and the config API: the signed-in agent's queues (`source="agent"`,
 * from sign-in, named by the config API) or every queue of the tenant (`source="all"`). Here agent
 * 1002 is signed in, a member of 6250 and 6251.
 */
const meta = {
  title: 'Connected/ConnectedQueuePicker',
  component: ConnectedQueuePicker,
  decorators: liveDecorators,
  beforeEach: liveBeforeEach,
  args: { onValueChange: fn() },
  argTypes: { source: { control: 'inline-radio', options: ['agent', 'all'] } },
  ...live((world) => signIn(world, '1002')),
} satisfies Meta<typeof ConnectedQueuePicker>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The agent's queues, named once the config API answered; choose one. */
export const AgentQueues: Story = {
  play: async (context) => {
    const select = context.canvas.getByRole('combobox', { name: textOf(context)['field.queue'] });
    const afterSales = await within(select).findByRole('option', { name: '售后服务 (6251)' }, WAIT);
    await context.userEvent.selectOptions(select, afterSales);
    await expect(context.args.onValueChange).toHaveBeenLastCalledWith(6251);
  },
};

export const AllQueuesOfTheTenant: Story = {
  args: { source: 'all', label: '转接到队列' },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('option', { name: '售前咨询 (6250)' }, WAIT)).toBeInTheDocument();
  },
};
