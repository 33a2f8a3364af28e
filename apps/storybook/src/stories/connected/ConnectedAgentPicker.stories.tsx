import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, within } from 'storybook/test';
import { ConnectedAgentPicker } from '@wincall/react';
import { live, liveBeforeEach, liveDecorators } from '../../live/live';
import { colleagueOnCall, signIn } from '../../live/scenarios';
import { textOf, WAIT } from '../play';

/**
 * `AgentPicker` fed by the config API: free agents (`/agent/free`) or, with `variant="online"`,
 * agents on a call (`/agent/ontheline`). Who is free changes by the second, so the list is fetched
 * again whenever the user turns to it. Sign colleagues in from the panel and open the list.
 */
const meta = {
  title: 'Connected/ConnectedAgentPicker',
  component: ConnectedAgentPicker,
  decorators: liveDecorators,
  beforeEach: liveBeforeEach,
  args: { onValueChange: fn() },
  argTypes: { variant: { control: 'inline-radio', options: ['free', 'online'] } },
} satisfies Meta<typeof ConnectedAgentPicker>;

export default meta;
type Story = StoryObj<typeof meta>;

/** 1001 is signed in (and left out), 1002 and 1003 are free. */
export const FreeAgents: Story = {
  ...live(async (world) => {
    await signIn(world);
    await world.colleague('1002');
    await world.colleague('1003');
  }),
  args: { excludeAgentNum: '1001' },
  play: async (context) => {
    const select = context.canvas.getByRole('combobox', { name: textOf(context)['field.freeAgent'] });
    await context.userEvent.click(select);
    const colleague = await within(select).findByRole('option', { name: /^1002/ }, WAIT);
    await expect(within(select).queryByRole('option', { name: /^1001/ })).toBeNull();
    await context.userEvent.selectOptions(select, colleague);
    await expect(context.args.onValueChange).toHaveBeenLastCalledWith(2);
  },
};

/** Supervisor 1005's view: 1002 is on a call with a customer. */
export const AgentsOnCalls: Story = {
  ...live(async (world) => {
    await signIn(world, '1005');
    await colleagueOnCall(world, '1002');
  }),
  args: { variant: 'online' },
  play: async (context) => {
    const select = context.canvas.getByRole('combobox', { name: textOf(context)['field.onlineAgent'] });
    await expect(await within(select).findByRole('option', { name: /8002/ }, WAIT)).toBeInTheDocument();
  },
};
