import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import { SoftphoneBar } from '@wincall/react';
import { live, liveBeforeEach, liveDecorators } from '../../live/live';
import * as notices from '../../live/noticeScenarios';
import type { Scenario } from '../../live/scenarios';
import type { LiveWorldOptions } from '../../live/world';
import { expectBar, WAIT } from '../play';

/**
 * Every notice the bar gives (issue 24: the bar tells the agent what happened), in every layout
 * (bar, panel, compact) and both languages, each its own live story: the simulator model and the
 * link are driven until the client holds the notice — a ring nobody answers, a supervisor's order,
 * a busy number, a call lost with the network, a customer hanging up on hold, a consult that fails,
 * the sign-in lost, the connection being retried, a command refused. `<Kind><Layout><Language>`.
 * Each story checks the notice's title and the action it offers in the story's language, and axe
 * checks it like every story.
 */
const meta = {
  title: 'Softphone/SoftphoneBar, every notice × layout × language',
  component: SoftphoneBar,
  decorators: liveDecorators,
  beforeEach: liveBeforeEach,
  // The stories are the matrix; one docs page of fifty live simulators would help no one.
  tags: ['!autodocs'],
  args: { defaultAgentNum: '1001', defaultExtension: '8001' },
  render: (args) => (
    <div style={{ width: WIDTH[args.layout ?? 'bar'] }}>
      <SoftphoneBar {...args} />
    </div>
  ),
} satisfies Meta<typeof SoftphoneBar>;

export default meta;
type Story = StoryObj<typeof meta>;
type Layout = 'bar' | 'panel' | 'compact';
type Language = 'zh' | 'en';

/** A host column for each layout: wide for the one-row bar, docked for the panel, phone-sized for compact. */
const WIDTH: Record<Layout, number> = { bar: 1200, panel: 400, compact: 320 };

interface Cell {
  /** The notice's `data-kind`. */
  kind: string;
  /** The bar's `data-state` with the notice up. */
  state: string;
  scenario: Scenario;
  options?: LiveWorldOptions;
  /** The notice's title, as the agent reads it. */
  title: Record<Language, string>;
  /** The label of the action it offers, or none. */
  action: Record<Language, string> | null;
}

function cell({ kind, state, scenario, options, title, action }: Cell, layout: Layout, language: Language): Story {
  return {
    ...live(scenario, options),
    args: { layout },
    globals: { locale: language === 'zh' ? 'zh-CN' : 'en' },
    play: async (context) => {
      const { bar } = await expectBar(context, state);
      await expect(bar).toHaveAttribute('data-layout', layout);
      const notice = await waitFor(() => {
        const found = bar.querySelector<HTMLElement>(`.wincall-notice[data-kind="${kind}"]`);
        expect(found).not.toBeNull();
        return found!;
      }, WAIT);
      const inNotice = within(notice);
      await expect(inNotice.getByText(title[language], { exact: true })).toBeVisible();
      if (action) await expect(inNotice.getByRole('button', { name: action[language] })).toBeVisible();
      else await expect(notice.querySelector('.wincall-notice-action')).toBeNull();
    },
  };
}

const missedRing: Cell = {
  kind: 'missedRing',
  state: 'busy',
  scenario: notices.missedRing,
  // The ring times out at once: the server takes the call back and sets the agent busy.
  options: { timings: { ringTimeout: 50 } },
  title: { zh: '未接来电', en: 'Missed call' },
  action: { zh: '置闲', en: 'Go available' },
};
export const MissedRingBarZh: Story = cell(missedRing, 'bar', 'zh');
export const MissedRingBarEn: Story = cell(missedRing, 'bar', 'en');
export const MissedRingPanelZh: Story = cell(missedRing, 'panel', 'zh');
export const MissedRingPanelEn: Story = cell(missedRing, 'panel', 'en');
export const MissedRingCompactZh: Story = cell(missedRing, 'compact', 'zh');
export const MissedRingCompactEn: Story = cell(missedRing, 'compact', 'en');

const forcedBusy: Cell = {
  kind: 'forcedStatus',
  state: 'busy',
  scenario: notices.forcedBusy,
  title: { zh: '班长已将您置为忙碌', en: 'A supervisor set you to Busy' },
  action: null,
};
export const ForcedBusyBarZh: Story = cell(forcedBusy, 'bar', 'zh');
export const ForcedBusyBarEn: Story = cell(forcedBusy, 'bar', 'en');
export const ForcedBusyPanelZh: Story = cell(forcedBusy, 'panel', 'zh');
export const ForcedBusyPanelEn: Story = cell(forcedBusy, 'panel', 'en');
export const ForcedBusyCompactZh: Story = cell(forcedBusy, 'compact', 'zh');
export const ForcedBusyCompactEn: Story = cell(forcedBusy, 'compact', 'en');

const dialFailed: Cell = {
  kind: 'dialFailed',
  state: 'idle',
  scenario: notices.dialFailed,
  title: { zh: '呼叫未接通', en: 'Call not connected' },
  action: { zh: '回拨', en: 'Call back' },
};
export const DialFailedBarZh: Story = cell(dialFailed, 'bar', 'zh');
export const DialFailedBarEn: Story = cell(dialFailed, 'bar', 'en');
export const DialFailedPanelZh: Story = cell(dialFailed, 'panel', 'zh');
export const DialFailedPanelEn: Story = cell(dialFailed, 'panel', 'en');
export const DialFailedCompactZh: Story = cell(dialFailed, 'compact', 'zh');
export const DialFailedCompactEn: Story = cell(dialFailed, 'compact', 'en');

const callLost: Cell = {
  kind: 'callLost',
  state: 'idle',
  scenario: notices.callLost,
  title: { zh: '连接中断，通话已丢失', en: 'Call lost with the connection' },
  action: { zh: '回拨', en: 'Call back' },
};
export const CallLostBarZh: Story = cell(callLost, 'bar', 'zh');
export const CallLostBarEn: Story = cell(callLost, 'bar', 'en');
export const CallLostPanelZh: Story = cell(callLost, 'panel', 'zh');
export const CallLostPanelEn: Story = cell(callLost, 'panel', 'en');
export const CallLostCompactZh: Story = cell(callLost, 'compact', 'zh');
export const CallLostCompactEn: Story = cell(callLost, 'compact', 'en');

const endedWhileHeld: Cell = {
  kind: 'endedWhileHeld',
  state: 'idle',
  scenario: notices.endedWhileHeld,
  title: { zh: '对方在保持中挂断了电话', en: 'The other side hung up while on hold' },
  action: { zh: '回拨', en: 'Call back' },
};
export const EndedWhileHeldBarZh: Story = cell(endedWhileHeld, 'bar', 'zh');
export const EndedWhileHeldBarEn: Story = cell(endedWhileHeld, 'bar', 'en');
export const EndedWhileHeldPanelZh: Story = cell(endedWhileHeld, 'panel', 'zh');
export const EndedWhileHeldPanelEn: Story = cell(endedWhileHeld, 'panel', 'en');
export const EndedWhileHeldCompactZh: Story = cell(endedWhileHeld, 'compact', 'zh');
export const EndedWhileHeldCompactEn: Story = cell(endedWhileHeld, 'compact', 'en');

const consultFailed: Cell = {
  kind: 'transferFailed',
  state: 'connected',
  scenario: notices.consultFailed,
  title: { zh: '咨询未成功', en: 'The consult did not go through' },
  action: null,
};
export const ConsultFailedBarZh: Story = cell(consultFailed, 'bar', 'zh');
export const ConsultFailedBarEn: Story = cell(consultFailed, 'bar', 'en');
export const ConsultFailedPanelZh: Story = cell(consultFailed, 'panel', 'zh');
export const ConsultFailedPanelEn: Story = cell(consultFailed, 'panel', 'en');
export const ConsultFailedCompactZh: Story = cell(consultFailed, 'compact', 'zh');
export const ConsultFailedCompactEn: Story = cell(consultFailed, 'compact', 'en');

const signInLost: Cell = {
  kind: 'signInLost',
  state: 'signedOut',
  scenario: notices.signInLost,
  title: { zh: '与服务器的连接已断开，签入已失效', en: 'Disconnected: you are no longer signed in' },
  action: { zh: '重新签入', en: 'Sign in again' },
};
export const SignInLostBarZh: Story = cell(signInLost, 'bar', 'zh');
export const SignInLostBarEn: Story = cell(signInLost, 'bar', 'en');
export const SignInLostPanelZh: Story = cell(signInLost, 'panel', 'zh');
export const SignInLostPanelEn: Story = cell(signInLost, 'panel', 'en');
export const SignInLostCompactZh: Story = cell(signInLost, 'compact', 'zh');
export const SignInLostCompactEn: Story = cell(signInLost, 'compact', 'en');

const reconnecting: Cell = {
  kind: 'reconnecting',
  state: 'idle',
  scenario: notices.reconnecting,
  title: { zh: '连接中断，正在重新连接', en: 'Connection lost, reconnecting' },
  action: { zh: '立即重连', en: 'Reconnect now' },
};
export const ReconnectingBarZh: Story = cell(reconnecting, 'bar', 'zh');
export const ReconnectingBarEn: Story = cell(reconnecting, 'bar', 'en');
export const ReconnectingPanelZh: Story = cell(reconnecting, 'panel', 'zh');
export const ReconnectingPanelEn: Story = cell(reconnecting, 'panel', 'en');
export const ReconnectingCompactZh: Story = cell(reconnecting, 'compact', 'zh');
export const ReconnectingCompactEn: Story = cell(reconnecting, 'compact', 'en');

const commandRefused: Cell = {
  kind: 'error',
  state: 'idle',
  scenario: notices.commandRefused,
  title: { zh: '操作未成功', en: 'The action failed' },
  action: null,
};
export const CommandRefusedBarZh: Story = cell(commandRefused, 'bar', 'zh');
export const CommandRefusedBarEn: Story = cell(commandRefused, 'bar', 'en');
export const CommandRefusedPanelZh: Story = cell(commandRefused, 'panel', 'zh');
export const CommandRefusedPanelEn: Story = cell(commandRefused, 'panel', 'en');
export const CommandRefusedCompactZh: Story = cell(commandRefused, 'compact', 'zh');
export const CommandRefusedCompactEn: Story = cell(commandRefused, 'compact', 'en');
