import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import { SoftphoneBar } from '@wincall/react';
import { live, liveBeforeEach, liveDecorators, worldOf } from '../../live/live';
import * as scenario from '../../live/scenarios';
import { CUSTOMER } from '../../live/scenarios';
import { expectBar, findIncoming, findSimulator, startingWith, textOf, WAIT } from '../play';

/**
 * The key flows of an agent's day, played by the interaction tests exactly as a user would: through
 * the bar, with the simulator panel standing in for customers, desk phones and colleagues. Open a
 * story to watch it play (Interactions panel), or replay it step by step.
 */
const meta = {
  title: 'Flows/Agent day',
  component: SoftphoneBar,
  tags: ['!autodocs'],
  decorators: liveDecorators,
  beforeEach: liveBeforeEach,
} satisfies Meta<typeof SoftphoneBar>;

export default meta;
type Story = StoryObj<typeof meta>;

export const SignIn: Story = {
  ...live(),
  play: async (context) => {
    const t = textOf(context);
    const { inBar } = await expectBar(context, 'signedOut');
    await context.userEvent.type(inBar.getByLabelText(t['signIn.agentNum']), '1001');
    await context.userEvent.type(inBar.getByLabelText(t['signIn.password']), '1234');
    await context.userEvent.type(inBar.getByLabelText(t['signIn.extension']), '8001');
    await context.userEvent.click(inBar.getByRole('button', { name: t['signIn.submit'] }));
    await expectBar(context, 'idle');
    await expect(inBar.getByRole('button', { name: startingWith(t['status.label']) })).toBeEnabled();
  },
};

export const BusyWithAReasonAndBack: Story = {
  ...live(scenario.signedIn),
  play: async (context) => {
    const t = textOf(context);
    const { inBar } = await expectBar(context, 'idle');
    await context.userEvent.click(inBar.getByRole('button', { name: startingWith(t['status.label']) }));
    await context.userEvent.click(await inBar.findByRole('menuitemradio', { name: '午餐' }, WAIT));
    await expectBar(context, 'busy');
    await expect(await inBar.findByText('午餐', { selector: '.wincall-status-reason' }, WAIT)).toBeVisible();
    await context.userEvent.click(inBar.getByRole('button', { name: startingWith(t['status.label']) }));
    await context.userEvent.click(inBar.getByRole('menuitemradio', { name: t['status.idle'] }));
    await expectBar(context, 'idle');
  },
};

/** A customer calls the queue, the agent lifts the desk phone, the customer hangs up. */
export const AnswerAQueueCall: Story = {
  ...live(scenario.signedIn),
  play: async (context) => {
    const t = textOf(context);
    await expectBar(context, 'idle');
    const simulator = await findSimulator(context);
    await context.userEvent.click(simulator.getByRole('button', { name: 'Place call' }));
    const banner = await findIncoming(context);
    await expect(banner.getByText(CUSTOMER)).toBeVisible();
    await context.userEvent.click(simulator.getByRole('button', { name: 'Pick up 8001' }));
    const { inBar } = await expectBar(context, 'connected');
    await expect(inBar.getByRole('timer', { name: t['call.duration'] })).toBeVisible();
    await context.userEvent.click(simulator.getByRole('button', { name: `Customer hangs up ${CUSTOMER}` }));
    await expectBar(context, 'idle');
  },
};

export const HoldAndResume: Story = {
  ...live(scenario.inCall),
  play: async (context) => {
    const t = textOf(context);
    const { inBar } = await expectBar(context, 'connected');
    await context.userEvent.click(inBar.getByRole('button', { name: t['action.hold'] }));
    await expectBar(context, 'held');
    await context.userEvent.click(inBar.getByRole('button', { name: t['action.restore'] }));
    await expectBar(context, 'connected');
  },
};

/** Consult free colleague 1002 (signed in headless), who answers on the desk phone; then transfer. */
export const ConsultAndTransfer: Story = {
  ...live(scenario.inCallWithColleague),
  play: async (context) => {
    const t = textOf(context);
    const { inBar } = await expectBar(context, 'connected');
    await context.userEvent.click(inBar.getByRole('button', { name: t['action.transferMenu'] }));
    const consult = within(inBar.getByRole('dialog', { name: t['section.consult'] }));
    await context.userEvent.click(await consult.findByRole('button', { name: /^1002/ }, WAIT));
    await context.userEvent.click(consult.getByRole('button', { name: startingWith(t['action.consultInner']) }));
    await expectBar(context, 'consulting');

    const simulator = await findSimulator(context);
    await context.userEvent.click(await simulator.findByRole('button', { name: 'Pick up 8002' }, WAIT));
    await expectBar(context, 'consultConnected');
    await context.userEvent.click(inBar.getByRole('button', { name: t['action.transfer'] }));

    await expectBar(context, 'idle');
    const colleague = worldOf(context).colleagues.get('1002');
    await waitFor(() => expect(colleague?.getState().call?.phase).toBe('connected'), WAIT);
    await expect(colleague?.getState().call?.params.Caller).toBe(CUSTOMER);
  },
};
