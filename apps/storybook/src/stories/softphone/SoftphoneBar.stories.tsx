import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import { SoftphoneBar } from '@wincall/react';
import { layoutOf } from '../../globals';
import { live, liveBeforeEach, liveDecorators, worldOf } from '../../live/live';
import * as scenario from '../../live/scenarios';
import { CUSTOMER } from '../../live/scenarios';
import { expectBar, findIncoming, findNotice, findSimulator, startingWith, textOf, WAIT } from '../play';

/**
 * The whole toolbar, live: every story runs its own simulated call center in the page (the panel on
 * the right plays customers, desk phones, colleagues and faults) and every button really works.
 * The stories below were brought into their state by driving the simulator and the client, the way
 * the real world would. Sign in as 1001 / 1234 / 8001 (filled in) — or 1002–1005, 1005 being a
 * supervisor.
 */
const meta = {
  title: 'Softphone/SoftphoneBar',
  component: SoftphoneBar,
  decorators: liveDecorators,
  beforeEach: liveBeforeEach,
  args: { defaultAgentNum: '1001', defaultExtension: '8001' },
  // The Layout toolbar (or the story's `layout`) forces a layout in a column of its width; Auto lets the container choose.
  render: (args, { globals }) => {
    const layout = args.layout ?? layoutOf(globals);
    const width = layout === 'panel' ? 400 : layout === 'compact' ? 320 : undefined;
    return (
      <div style={width ? { width } : undefined}>
        <SoftphoneBar {...args} {...(layout ? { layout } : {})} />
      </div>
    );
  },
  argTypes: {
    layout: { control: 'inline-radio', options: ['bar', 'panel', 'compact'] },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
    onCrash: { control: false },
  },
} satisfies Meta<typeof SoftphoneBar>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Human timings: rings time out after 30 s, after-call work lasts 15 s, outside numbers answer after 2 s. */
export const Playground: Story = {
  ...live(undefined, { timings: 'human' }),
};

export const SignedOut: Story = {
  ...live(),
  play: async (context) => {
    const { inBar } = await expectBar(context, 'signedOut');
    await expect(inBar.getByLabelText(textOf(context)['signIn.agentNum'])).toHaveValue('1001');
  },
};

/** The server has the sign-in and has not answered yet. */
export const SigningIn: Story = {
  ...live(scenario.signingIn, { client: { timeouts: { command: 3_600_000 } } }),
  play: async (context) => {
    const { inBar } = await expectBar(context, 'signingIn');
    await expect(inBar.getByRole('button', { name: startingWith(textOf(context)['signIn.submit']) })).toHaveAttribute('aria-busy', 'true');
  },
};

export const Idle: Story = {
  ...live(scenario.signedIn),
  play: async (context) => {
    const { inBar } = await expectBar(context, 'idle');
    await expect(inBar.getByText(textOf(context)['status.idle'])).toBeVisible();
  },
};

/** Busy with the tenant's reason 午餐 (lunch), named from the config API. */
export const BusyWithReason: Story = {
  ...live(scenario.busyWithReason),
  play: async (context) => {
    const { inBar } = await expectBar(context, 'busy');
    await expect(await inBar.findByText('午餐', { selector: '.wincall-status-reason' }, WAIT)).toBeVisible();
  },
};

/** A customer called the presales queue: the desk phone rings, the bar says so. */
export const RingingQueueCall: Story = {
  ...live(scenario.ringingFromQueue),
  play: async (context) => {
    const t = textOf(context);
    const banner = await findIncoming(context);
    await expect(banner.getByText(t['kind.queue'])).toBeVisible();
    await expect(banner.getByText(CUSTOMER)).toBeVisible();
    await expect(await banner.findByText('售前咨询', {}, WAIT)).toBeVisible();
    await expect(banner.getByText(t['incoming.pickUp'])).toBeVisible();
  },
};

/** A customer dialled the agent's own line. */
export const RingingDirectCall: Story = {
  ...live(scenario.ringingDirect),
  play: async (context) => {
    await expect((await findIncoming(context)).getByText(textOf(context)['kind.outer'])).toBeVisible();
  },
};

/** Colleague 1002 calls. */
export const RingingInternalCall: Story = {
  ...live(scenario.ringingInternal),
  play: async (context) => {
    await expect((await findIncoming(context)).getByText(textOf(context)['kind.inner'])).toBeVisible();
  },
};

/** Colleague 1002, on a call with a customer, asks for a consult. */
export const RingingConsultRequest: Story = {
  ...live(scenario.ringingConsult),
  play: async (context) => {
    await expect((await findIncoming(context)).getByText(textOf(context)['kind.consult'])).toBeVisible();
  },
};

/** Supervisor 1005 asked to monitor 1002: the supervisor's own phone rings first. */
export const RingingMonitorCall: Story = {
  ...live(scenario.ringingMonitor, { timings: { ownLegAnswer: null } }),
  play: async (context) => {
    await expect((await findIncoming(context)).getByText(textOf(context)['kind.chanspy'])).toBeVisible();
  },
};

/** The agent joined auto-dial project 1 and its next customer is put through. */
export const RingingAutoDialCall: Story = {
  ...live(scenario.ringingAutoDial),
  play: async (context) => {
    await expect((await findIncoming(context)).getByText(textOf(context)['kind.autocall'])).toBeVisible();
  },
};

/** The agent dialled out: the desk phone rings first to connect the agent. */
export const RingingOwnPhoneForOutboundCall: Story = {
  ...live(scenario.ringingOutbound, { timings: { ownLegAnswer: null } }),
  play: async (context) => {
    await expect((await findIncoming(context)).getByText(textOf(context)['incoming.pickUpOutbound'])).toBeVisible();
  },
};

/** Always-on mode: the line stays up, so the call is answered here, not on the phone. */
export const RingingAlwaysOn: Story = {
  ...live(scenario.ringingAlwaysOn),
  play: async (context) => {
    const banner = await findIncoming(context);
    await context.userEvent.click(banner.getByRole('button', { name: startingWith(textOf(context)['action.answer']) }));
    await expectBar(context, 'connected');
  },
};

/** The agent's leg is up, the far end rings. */
export const Dialling: Story = {
  ...live(scenario.dialling, { timings: { farEndAnswer: null } }),
  play: async (context) => {
    const { inBar } = await expectBar(context, 'dialing');
    await expect(inBar.getByText(textOf(context)['phase.dialing'])).toBeVisible();
  },
};

export const InCall: Story = {
  ...live(scenario.inCall),
  play: async (context) => {
    const { inBar } = await expectBar(context, 'connected');
    await expect(inBar.getByRole('timer', { name: textOf(context)['call.duration'] })).toBeVisible();
  },
};

export const OnHold: Story = {
  ...live(scenario.onHold),
  play: async (context) => {
    const { inBar } = await expectBar(context, 'held');
    await expect(inBar.getByRole('button', { name: textOf(context)['action.restore'] })).toBeEnabled();
  },
};

/** 1002 is being consulted; the phone there rings (pick it up in the panel). */
export const Consulting: Story = {
  ...live(scenario.consulting),
  play: async (context) => {
    const { inBar } = await expectBar(context, 'consulting');
    await expect(inBar.getByRole('button', { name: textOf(context)['action.consultBack'] })).toBeEnabled();
  },
};

/** 1002 answered: transfer, three-way or take the call back. */
export const ConsultConnected: Story = {
  ...live(scenario.consultConnected),
  play: async (context) => {
    const { inBar } = await expectBar(context, 'consultConnected');
    await expect(inBar.getByRole('button', { name: textOf(context)['action.transfer'] })).toBeEnabled();
  },
};

export const ThreeWay: Story = {
  ...live(scenario.threeWay),
  play: async (context) => {
    const { inBar } = await expectBar(context, 'threeWay');
    await expect(inBar.getByRole('button', { name: textOf(context)['action.threeWayBack'] })).toBeEnabled();
  },
};

/** Supervisor 1005 listens in on 1002's call and may intercept it or barge in. */
export const Monitoring: Story = {
  ...live(scenario.monitoring),
  play: async (context) => {
    const { inBar } = await expectBar(context, 'monitoring');
    await expect(inBar.getByRole('button', { name: textOf(context)['action.breakin'] })).toBeEnabled();
  },
};

export const BargedIn: Story = {
  ...live(scenario.barging),
  play: async (context) => {
    await expectBar(context, 'barging');
  },
};

/** The customer hung up; two minutes of after-call work count down. */
export const AfterCallWork: Story = {
  ...live(scenario.afterCallWork, { timings: { afterCallWorkSeconds: 120 } }),
  play: async (context) => {
    const { inBar } = await expectBar(context, 'afterCallWork');
    const countdown = inBar.getByRole('timer', { name: textOf(context)['afterCall.remaining'] });
    await expect(countdown).toHaveAttribute('data-state', 'counting-down');
  },
};

/** The link to the server is down; the client keeps trying (restore it in the panel). */
export const Reconnecting: Story = {
  ...live(scenario.reconnecting),
  play: async (context) => {
    await expectBar(context, 'idle');
    const { inNotice, words } = await findNotice(context, 'reconnecting');
    await expect(inNotice.getByText(words.title, { exact: true })).toBeVisible();
    // It counts the outage and offers to try now.
    await expect(inNotice.getByRole('timer')).toBeVisible();
    await expect(inNotice.getByRole('button', { name: words.action ?? '' })).toBeVisible();
  },
};

/**
 * The connection is lost for good while the agent watches (as "Lose the link for good" in the
 * panel does): the agent has to sign in again.
 */
export const Disconnected: Story = {
  ...live(scenario.signedIn),
  parameters: { docs: { story: { autoplay: true } } },
  play: async (context) => {
    await expectBar(context, 'idle');
    worldOf(context).link.cut('disconnected');
    await expectBar(context, 'signedOut');
    const { inNotice, words } = await findNotice(context, 'signInLost');
    await expect(inNotice.getByText(words.title, { exact: true })).toBeVisible();
  },
};

/** A supervisor signs the agent out while the agent watches (as "Force sign-out" in the panel does). */
export const ForcedSignOut: Story = {
  ...live(scenario.signedIn),
  parameters: { docs: { story: { autoplay: true } } },
  play: async (context) => {
    await expectBar(context, 'idle');
    await expect(worldOf(context).model.force('1001', 'logout')).toMatchObject({ ok: true });
    await expectBar(context, 'signedOut');
    const { inNotice, words } = await findNotice(context, 'forcedStatus');
    await expect(inNotice.getByText(words.title, { exact: true })).toBeVisible();
    await expect(inNotice.getByRole('button', { name: words.action ?? '' })).toBeVisible();
  },
};

/** The agent called 1003, who is not signed in: the server refused, the bar says why, and the agent closes the notice. */
export const CommandFailed: Story = {
  ...live(scenario.commandFailed),
  play: async (context) => {
    const { bar } = await expectBar(context, 'idle');
    const { inNotice, words } = await findNotice(context, 'dialFailed');
    await expect(inNotice.getByText(words.title, { exact: true })).toBeVisible();
    await context.userEvent.click(inNotice.getByRole('button', { name: textOf(context)['notice.dismiss'].replace('{title}', words.title) }));
    await waitFor(() => expect(bar.querySelector('.wincall-notice')).toBeNull(), WAIT);
  },
};

/** A CRM that only takes calls: no dialling, consulting, transfers, keypad, supervisor or auto-dial. */
export const CallsOnly: Story = {
  ...live(scenario.inCall),
  args: {
    features: { alwaysOn: false, dialOut: false, dialAgent: false, consult: false, transfer: false, dtmf: false, supervisor: false, autoDial: false },
  },
  play: async (context) => {
    const { inBar } = await expectBar(context, 'connected');
    await expect(inBar.getByRole('button', { name: textOf(context)['action.hold'] })).toBeEnabled();
    await expect(inBar.queryByRole('button', { name: textOf(context)['action.transferMenu'] })).toBeNull();
    await expect(inBar.queryByRole('button', { name: textOf(context)['dialpad.label'] })).toBeNull();
  },
};

/** The in-call bar on a dark page (the Theme toolbar does this for every story). */
export const InCallDarkTheme: Story = {
  ...live(scenario.inCall),
  globals: { theme: 'dark' },
  play: async (context) => {
    await expectBar(context, 'connected');
  },
};

/** The idle bar in English (the Locale toolbar does this for every story). */
export const IdleInEnglish: Story = {
  ...live(scenario.signedIn),
  globals: { locale: 'en' },
  play: async (context) => {
    const { inBar } = await expectBar(context, 'idle');
    await expect(inBar.getByRole('button', { name: 'Agent status: Available' })).toBeEnabled();
    await expect(inBar.getByRole('button', { name: 'Dial' })).toBeEnabled();
  },
};

/** Consulting: Transfer is expected, and says in words why it waits (three-way appears once the colleague answers). */
export const ConsultingSaysWhyTransferWaits: Story = {
  ...live(scenario.consulting),
  play: async (context) => {
    const { inBar } = await expectBar(context, 'consulting');
    await expect(inBar.getByRole('button', { name: textOf(context)['action.transfer'] })).toBeDisabled();
    await expect(inBar.getAllByText(textOf(context)['reason.consultNotConnected'])[0]).toBeVisible();
  },
};

/** Keyboard only: open Transfer / consult, search, choose colleague 1002, consult; then transfer. */
export const TransferSheetByKeyboard: Story = {
  ...live(scenario.inCallWithColleague),
  play: async (context) => {
    const t = textOf(context);
    const { inBar } = await expectBar(context, 'connected');
    inBar.getByRole('button', { name: t['action.transferMenu'] }).focus();
    await context.userEvent.keyboard('{Enter}');
    const sheet = within(inBar.getByRole('dialog', { name: t['section.consult'] }));
    // The directory is loaded on demand: focus moves into it as it arrives.
    const search = await sheet.findByRole('searchbox', {}, WAIT);
    await waitFor(() => expect(search).toHaveFocus(), WAIT);
    await context.userEvent.keyboard('李娜');
    const colleague = await sheet.findByRole('button', { name: /^1002/ }, WAIT);
    for (let i = 0; i < 10 && document.activeElement !== colleague; i++) await context.userEvent.tab();
    await context.userEvent.keyboard(' ');
    await context.userEvent.tab();
    await expect(sheet.getByRole('button', { name: startingWith(t['action.consultInner']) })).toHaveFocus();
    await context.userEvent.keyboard('{Enter}');
    await expectBar(context, 'consulting');
    await context.userEvent.click(await (await findSimulator(context)).findByRole('button', { name: 'Pick up 8002' }, WAIT));
    await expectBar(context, 'consultConnected');
    inBar.getByRole('button', { name: t['action.transfer'] }).focus();
    await context.userEvent.keyboard('{Enter}');
    await expectBar(context, 'idle');
  },
};

/** Keyboard only: the "more" menu offers the survey, which asks for confirmation in the sheet. */
export const MoreMenuByKeyboard: Story = {
  ...live(scenario.inCall),
  play: async (context) => {
    const t = textOf(context);
    const { inBar } = await expectBar(context, 'connected');
    inBar.getByRole('button', { name: t['action.more'] }).focus();
    await context.userEvent.keyboard('{ArrowDown}');
    await expect(inBar.getByRole('menuitem', { name: t['action.transferToIvr'] })).toHaveFocus();
    await context.userEvent.keyboard('{ArrowDown}{Enter}');
    const sheet = within(inBar.getByRole('dialog', { name: t['section.consult'] }));
    await expect(await sheet.findByText(t['directory.confirmSurvey'], {}, WAIT)).toBeVisible();
    await context.userEvent.keyboard('{Escape}');
    await expect(inBar.queryByRole('dialog')).toBeNull();
  },
};

/** The docked panel (like CCP): status on top, the call card, large round buttons. */
export const InCallAsPanel: Story = {
  ...live(scenario.inCall),
  args: { layout: 'panel' },
  play: async (context) => {
    const { bar } = await expectBar(context, 'connected');
    await expect(bar).toHaveAttribute('data-layout', 'panel');
  },
};

export const RingingAsPanel: Story = { ...live(scenario.ringingAlwaysOn), args: { layout: 'panel' }, play: async (context) => void (await findIncoming(context)) };
export const OnHoldAsPanel: Story = { ...live(scenario.onHold), args: { layout: 'panel' }, play: async (context) => void (await expectBar(context, 'held')) };
export const ConsultingAsPanel: Story = { ...live(scenario.consulting), args: { layout: 'panel' }, play: async (context) => void (await expectBar(context, 'consulting')) };
export const AfterCallWorkAsPanel: Story = {
  ...live(scenario.afterCallWork, { timings: { afterCallWorkSeconds: 120 } }),
  args: { layout: 'panel' },
  play: async (context) => void (await expectBar(context, 'afterCallWork')),
};
export const SignedOutAsPanel: Story = { ...live(), args: { layout: 'panel' }, play: async (context) => void (await expectBar(context, 'signedOut')) };

/** Touch: 44 px targets, 48 px keypad keys. */
export const InCallCompactWithKeypad: Story = {
  ...live(scenario.inCall),
  args: { layout: 'compact' },
  play: async (context) => {
    const { inBar } = await expectBar(context, 'connected');
    await context.userEvent.click(inBar.getByRole('button', { name: textOf(context)['dialpad.label'] }));
    const key = inBar.getByRole('button', { name: '5' });
    await expect(key.getBoundingClientRect().height).toBeGreaterThanOrEqual(48);
  },
};
export const RingingAsCompact: Story = { ...live(scenario.ringingAlwaysOn), args: { layout: 'compact' }, play: async (context) => void (await findIncoming(context)) };
