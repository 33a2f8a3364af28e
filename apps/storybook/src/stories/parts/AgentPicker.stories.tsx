import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import { AgentPicker } from '@wincall/react';
import { textOf } from '../play';
import { AGENTS_ON_CALLS, FREE_AGENTS } from './fixtures';

/** Free agents to call or consult, or agents on a call to monitor (`variant="online"`); store-free. */
const meta = {
  title: 'Parts/AgentPicker',
  component: AgentPicker,
  args: { agents: FREE_AGENTS, onValueChange: fn() },
  argTypes: { variant: { control: 'inline-radio', options: ['free', 'online'] } },
} satisfies Meta<typeof AgentPicker>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The signed-in agent (1001) is left out; choosing 1002 reports agent id 2. */
export const FreeAgents: Story = {
  args: { excludeAgentNum: '1001' },
  play: async (context) => {
    const select = context.canvas.getByRole('combobox', { name: textOf(context)['field.freeAgent'] });
    await expect(context.canvas.queryByRole('option', { name: /^1001/ })).toBeNull();
    await context.userEvent.selectOptions(select, '2');
    await expect(context.args.onValueChange).toHaveBeenLastCalledWith(2);
  },
};

/** For a supervisor: who is on a call, and for how long. */
export const AgentsOnCalls: Story = { args: { agents: AGENTS_ON_CALLS, variant: 'online' } };

export const NobodyFree: Story = { args: { agents: [] } };

export const Loading: Story = { args: { agents: [], loading: true } };
