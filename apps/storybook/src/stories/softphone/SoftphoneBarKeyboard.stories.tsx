import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import { SoftphoneBar } from '@wincall/react';
import { live, liveBeforeEach, liveDecorators, worldOf } from '../../live/live';
import * as scenario from '../../live/scenarios';
import { OUTSIDE_NUMBER } from '../../live/scenarios';
import { expectBar, startingWith, textOf, WAIT } from '../play';

/**
 * The bar's menus and sheets driven with the keyboard alone, live on the simulator model: the
 * status menu, the agent menu, the "more" menu with the IVR confirmation, and the dial sheet with
 * a typed number that then shows among the recent numbers. (The transfer sheet by keyboard is
 * `Softphone/SoftphoneBar` › Transfer Sheet By Keyboard.)
 */
const meta = {
  title: 'Softphone/SoftphoneBar, by keyboard',
  component: SoftphoneBar,
  decorators: liveDecorators,
  beforeEach: liveBeforeEach,
  args: { defaultAgentNum: '1001', defaultExtension: '8001' },
} satisfies Meta<typeof SoftphoneBar>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Presses Tab until `target` has the focus (at most `max` times). */
async function tabTo(context: { userEvent: { tab(): Promise<void> } }, target: HTMLElement, max = 12) {
  for (let i = 0; i < max && document.activeElement !== target; i++) await context.userEvent.tab();
  await expect(target).toHaveFocus();
}

/** The status menu: Enter opens it, arrows move, Enter picks; focus comes back to the status. */
export const StatusMenu: Story = {
  ...live(scenario.signedIn),
  play: async (context) => {
    const t = textOf(context);
    const { inBar } = await expectBar(context, 'idle');
    const trigger = inBar.getByRole('button', { name: startingWith(t['status.label']) });
    trigger.focus();
    await context.userEvent.keyboard('{Enter}');
    const lunch = await inBar.findByRole('menuitemradio', { name: '午餐' }, WAIT);
    for (let i = 0; i < 6 && document.activeElement !== lunch; i++) await context.userEvent.keyboard('{ArrowDown}');
    await expect(lunch).toHaveFocus();
    await context.userEvent.keyboard('{Enter}');
    await expectBar(context, 'busy');
    await expect(await inBar.findByText('午餐', { selector: '.wincall-status-reason' }, WAIT)).toBeVisible();
    await expect(inBar.getByRole('button', { name: startingWith(t['status.label']) })).toHaveFocus();

    // Back to idle the same way: the checked reason is where the menu opens.
    await context.userEvent.keyboard('{Enter}');
    const idle = await inBar.findByRole('menuitemradio', { name: t['status.idle'] }, WAIT);
    for (let i = 0; i < 6 && document.activeElement !== idle; i++) await context.userEvent.keyboard('{ArrowUp}');
    await context.userEvent.keyboard('{Enter}');
    await expectBar(context, 'idle');
  },
};

/** The agent menu: says who is signed in on which extension, and signs out. */
export const AgentMenuSignOut: Story = {
  ...live(scenario.signedIn),
  play: async (context) => {
    const t = textOf(context);
    const { inBar } = await expectBar(context, 'idle');
    inBar.getByRole('button', { name: t['agent.menu'] }).focus();
    await context.userEvent.keyboard('{ArrowDown}');
    const menu = within(await inBar.findByRole('menu', {}, WAIT));
    await expect(menu.getByText(startingWith(t['agent.number'].replace('{agentNum}', '1001')))).toBeVisible();
    await expect(menu.getByRole('menuitem', { name: t['action.logout'] })).toHaveFocus();
    await context.userEvent.keyboard('{Enter}');
    await expectBar(context, 'signedOut');
    await waitFor(() => expect(worldOf(context).client.getState().agent.status).toBe('signedOut'), WAIT);
  },
};

/** The "more" menu: Transfer to IVR asks for confirmation in the sheet, then goes through. */
export const MoreMenuIvrConfirmed: Story = {
  ...live(scenario.inCall),
  play: async (context) => {
    const t = textOf(context);
    const { bar, inBar } = await expectBar(context, 'connected');
    inBar.getByRole('button', { name: t['action.more'] }).focus();
    await context.userEvent.keyboard('{ArrowDown}');
    await expect(inBar.getByRole('menuitem', { name: t['action.transferToIvr'] })).toHaveFocus();
    await context.userEvent.keyboard('{Enter}');
    const dialog = inBar.getByRole('dialog', { name: t['section.consult'] });
    await expect(within(dialog).getByText(t['directory.confirmIvr'])).toBeVisible();
    const confirm = within(dialog.querySelector<HTMLElement>('.wincall-directory-actions')!).getByRole('button', { name: startingWith(t['action.transferToIvr']) });
    await tabTo(context, confirm);
    await context.userEvent.keyboard('{Enter}');
    // Done: the sheet closes, focus goes back to the menu button, and no error shows.
    await waitFor(() => expect(inBar.queryByRole('dialog')).toBeNull(), WAIT);
    await expect(inBar.getByRole('button', { name: t['action.more'] })).toHaveFocus();
    await expect(bar.querySelector('.wincall-error')).toBeNull();
  },
};

/** Dial: type a number in the directory, dial it, hang up; the number is then among the recent ones. */
export const DialATypedNumberThenRecent: Story = {
  ...live(scenario.signedIn, { timings: { farEndAnswer: null } }),
  // The recent numbers live in sessionStorage, which the stories share: this one starts and ends without any.
  beforeEach: () => {
    sessionStorage.clear();
    return () => sessionStorage.clear();
  },
  play: async (context) => {
    const t = textOf(context);
    const { inBar } = await expectBar(context, 'idle');
    inBar.getByRole('button', { name: t['action.dial'] }).focus();
    await context.userEvent.keyboard('{Enter}');
    let sheet = within(inBar.getByRole('dialog', { name: t['section.dial'] }));
    await expect(sheet.getByRole('searchbox')).toHaveFocus();
    await context.userEvent.keyboard(OUTSIDE_NUMBER);
    await tabTo(context, sheet.getByRole('button', { name: startingWith(OUTSIDE_NUMBER) }));
    await context.userEvent.keyboard(' ');
    await tabTo(context, sheet.getByRole('button', { name: startingWith(t['action.dialOuter']) }));
    await context.userEvent.keyboard('{Enter}');
    await expectBar(context, 'dialing');
    inBar.getByRole('button', { name: t['action.hangup'] }).focus();
    await context.userEvent.keyboard('{Enter}');
    await waitFor(() => expect(['idle', 'afterCallWork']).toContain(worldOf(context).client.getState().agent.status), WAIT);

    inBar.getByRole('button', { name: t['action.dial'] }).focus();
    await context.userEvent.keyboard('{Enter}');
    sheet = within(inBar.getByRole('dialog', { name: t['section.dial'] }));
    const recent = sheet.getByRole('list', { name: t['section.recent'] });
    await expect(within(recent).getByRole('button', { name: startingWith(OUTSIDE_NUMBER) })).toBeVisible();
  },
};
