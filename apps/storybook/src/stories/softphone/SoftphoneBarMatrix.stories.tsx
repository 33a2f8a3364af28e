import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { SoftphoneBar } from '@wincall/react';
import { live, liveBeforeEach, liveDecorators, worldOf } from '../../live/live';
import type { LiveWorldOptions } from '../../live/world';
import type { Scenario } from '../../live/scenarios';
import * as scenario from '../../live/scenarios';
import { expectBar } from '../play';

/**
 * Every state of the bar in every layout (bar, panel, compact) and both themes, each its own live
 * story on the simulator model: `<State><Layout>` in the light theme, `…Dark` in the dark one
 * (the Theme and Locale toolbars switch any of them too). Each story checks that the bar reached
 * its state in its layout, and axe checks it like every story.
 */
const meta = {
  title: 'Softphone/SoftphoneBar, every state × layout × theme',
  component: SoftphoneBar,
  decorators: liveDecorators,
  beforeEach: liveBeforeEach,
  // One docs page with a hundred live simulators would help no one: the stories are the matrix.
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

/** A host column for each layout: wide for the one-row bar, docked for the panel, phone-sized for compact. */
const WIDTH: Record<Layout, number> = { bar: 1200, panel: 400, compact: 320 };

interface Cell {
  /** The bar's `data-state` in this state. */
  state: string;
  scenario?: Scenario;
  options?: LiveWorldOptions;
  /** The connection is lost for good once the agent is signed in. */
  disconnect?: boolean;
}

function cell({ state, scenario: drive, options, disconnect }: Cell, layout: Layout, theme: 'light' | 'dark'): Story {
  return {
    ...live(drive, options),
    args: { layout },
    globals: { theme },
    play: async (context) => {
      if (disconnect) {
        await expectBar(context, 'idle');
        worldOf(context).link.cut('disconnected');
      }
      const { bar } = await expectBar(context, state);
      await expect(bar).toHaveAttribute('data-layout', layout);
    },
  };
}


const signedOut: Cell = { state: 'signedOut' };
export const SignedOutBar: Story = cell(signedOut, 'bar', 'light');
export const SignedOutBarDark: Story = cell(signedOut, 'bar', 'dark');
export const SignedOutPanel: Story = cell(signedOut, 'panel', 'light');
export const SignedOutPanelDark: Story = cell(signedOut, 'panel', 'dark');
export const SignedOutCompact: Story = cell(signedOut, 'compact', 'light');
export const SignedOutCompactDark: Story = cell(signedOut, 'compact', 'dark');

const signingIn: Cell = { state: 'signingIn', scenario: scenario.signingIn, options: { client: { timeouts: { command: 3_600_000 } } } };
export const SigningInBar: Story = cell(signingIn, 'bar', 'light');
export const SigningInBarDark: Story = cell(signingIn, 'bar', 'dark');
export const SigningInPanel: Story = cell(signingIn, 'panel', 'light');
export const SigningInPanelDark: Story = cell(signingIn, 'panel', 'dark');
export const SigningInCompact: Story = cell(signingIn, 'compact', 'light');
export const SigningInCompactDark: Story = cell(signingIn, 'compact', 'dark');

const idle: Cell = { state: 'idle', scenario: scenario.signedIn };
export const IdleBar: Story = cell(idle, 'bar', 'light');
export const IdleBarDark: Story = cell(idle, 'bar', 'dark');
export const IdlePanel: Story = cell(idle, 'panel', 'light');
export const IdlePanelDark: Story = cell(idle, 'panel', 'dark');
export const IdleCompact: Story = cell(idle, 'compact', 'light');
export const IdleCompactDark: Story = cell(idle, 'compact', 'dark');

const busy: Cell = { state: 'busy', scenario: scenario.busyWithReason };
export const BusyBar: Story = cell(busy, 'bar', 'light');
export const BusyBarDark: Story = cell(busy, 'bar', 'dark');
export const BusyPanel: Story = cell(busy, 'panel', 'light');
export const BusyPanelDark: Story = cell(busy, 'panel', 'dark');
export const BusyCompact: Story = cell(busy, 'compact', 'light');
export const BusyCompactDark: Story = cell(busy, 'compact', 'dark');

const ringing: Cell = { state: 'ringing', scenario: scenario.ringingFromQueue };
export const RingingBar: Story = cell(ringing, 'bar', 'light');
export const RingingBarDark: Story = cell(ringing, 'bar', 'dark');
export const RingingPanel: Story = cell(ringing, 'panel', 'light');
export const RingingPanelDark: Story = cell(ringing, 'panel', 'dark');
export const RingingCompact: Story = cell(ringing, 'compact', 'light');
export const RingingCompactDark: Story = cell(ringing, 'compact', 'dark');

const ringingAlwaysOn: Cell = { state: 'ringing', scenario: scenario.ringingAlwaysOn };
export const RingingAlwaysOnBar: Story = cell(ringingAlwaysOn, 'bar', 'light');
export const RingingAlwaysOnBarDark: Story = cell(ringingAlwaysOn, 'bar', 'dark');
export const RingingAlwaysOnPanel: Story = cell(ringingAlwaysOn, 'panel', 'light');
export const RingingAlwaysOnPanelDark: Story = cell(ringingAlwaysOn, 'panel', 'dark');
export const RingingAlwaysOnCompact: Story = cell(ringingAlwaysOn, 'compact', 'light');
export const RingingAlwaysOnCompactDark: Story = cell(ringingAlwaysOn, 'compact', 'dark');

const dialling: Cell = { state: 'dialing', scenario: scenario.dialling, options: { timings: { farEndAnswer: null } } };
export const DiallingBar: Story = cell(dialling, 'bar', 'light');
export const DiallingBarDark: Story = cell(dialling, 'bar', 'dark');
export const DiallingPanel: Story = cell(dialling, 'panel', 'light');
export const DiallingPanelDark: Story = cell(dialling, 'panel', 'dark');
export const DiallingCompact: Story = cell(dialling, 'compact', 'light');
export const DiallingCompactDark: Story = cell(dialling, 'compact', 'dark');

const inCall: Cell = { state: 'connected', scenario: scenario.inCall };
export const InCallBar: Story = cell(inCall, 'bar', 'light');
export const InCallBarDark: Story = cell(inCall, 'bar', 'dark');
export const InCallPanel: Story = cell(inCall, 'panel', 'light');
export const InCallPanelDark: Story = cell(inCall, 'panel', 'dark');
export const InCallCompact: Story = cell(inCall, 'compact', 'light');
export const InCallCompactDark: Story = cell(inCall, 'compact', 'dark');

const onHold: Cell = { state: 'held', scenario: scenario.onHold };
export const OnHoldBar: Story = cell(onHold, 'bar', 'light');
export const OnHoldBarDark: Story = cell(onHold, 'bar', 'dark');
export const OnHoldPanel: Story = cell(onHold, 'panel', 'light');
export const OnHoldPanelDark: Story = cell(onHold, 'panel', 'dark');
export const OnHoldCompact: Story = cell(onHold, 'compact', 'light');
export const OnHoldCompactDark: Story = cell(onHold, 'compact', 'dark');

const consulting: Cell = { state: 'consulting', scenario: scenario.consulting };
export const ConsultingBar: Story = cell(consulting, 'bar', 'light');
export const ConsultingBarDark: Story = cell(consulting, 'bar', 'dark');
export const ConsultingPanel: Story = cell(consulting, 'panel', 'light');
export const ConsultingPanelDark: Story = cell(consulting, 'panel', 'dark');
export const ConsultingCompact: Story = cell(consulting, 'compact', 'light');
export const ConsultingCompactDark: Story = cell(consulting, 'compact', 'dark');

const consultConnected: Cell = { state: 'consultConnected', scenario: scenario.consultConnected };
export const ConsultConnectedBar: Story = cell(consultConnected, 'bar', 'light');
export const ConsultConnectedBarDark: Story = cell(consultConnected, 'bar', 'dark');
export const ConsultConnectedPanel: Story = cell(consultConnected, 'panel', 'light');
export const ConsultConnectedPanelDark: Story = cell(consultConnected, 'panel', 'dark');
export const ConsultConnectedCompact: Story = cell(consultConnected, 'compact', 'light');
export const ConsultConnectedCompactDark: Story = cell(consultConnected, 'compact', 'dark');

const threeWay: Cell = { state: 'threeWay', scenario: scenario.threeWay };
export const ThreeWayBar: Story = cell(threeWay, 'bar', 'light');
export const ThreeWayBarDark: Story = cell(threeWay, 'bar', 'dark');
export const ThreeWayPanel: Story = cell(threeWay, 'panel', 'light');
export const ThreeWayPanelDark: Story = cell(threeWay, 'panel', 'dark');
export const ThreeWayCompact: Story = cell(threeWay, 'compact', 'light');
export const ThreeWayCompactDark: Story = cell(threeWay, 'compact', 'dark');

const monitoring: Cell = { state: 'monitoring', scenario: scenario.monitoring };
export const MonitoringBar: Story = cell(monitoring, 'bar', 'light');
export const MonitoringBarDark: Story = cell(monitoring, 'bar', 'dark');
export const MonitoringPanel: Story = cell(monitoring, 'panel', 'light');
export const MonitoringPanelDark: Story = cell(monitoring, 'panel', 'dark');
export const MonitoringCompact: Story = cell(monitoring, 'compact', 'light');
export const MonitoringCompactDark: Story = cell(monitoring, 'compact', 'dark');

const bargedIn: Cell = { state: 'barging', scenario: scenario.barging };
export const BargedInBar: Story = cell(bargedIn, 'bar', 'light');
export const BargedInBarDark: Story = cell(bargedIn, 'bar', 'dark');
export const BargedInPanel: Story = cell(bargedIn, 'panel', 'light');
export const BargedInPanelDark: Story = cell(bargedIn, 'panel', 'dark');
export const BargedInCompact: Story = cell(bargedIn, 'compact', 'light');
export const BargedInCompactDark: Story = cell(bargedIn, 'compact', 'dark');

const afterCallWork: Cell = { state: 'afterCallWork', scenario: scenario.afterCallWork, options: { timings: { afterCallWorkSeconds: 120 } } };
export const AfterCallWorkBar: Story = cell(afterCallWork, 'bar', 'light');
export const AfterCallWorkBarDark: Story = cell(afterCallWork, 'bar', 'dark');
export const AfterCallWorkPanel: Story = cell(afterCallWork, 'panel', 'light');
export const AfterCallWorkPanelDark: Story = cell(afterCallWork, 'panel', 'dark');
export const AfterCallWorkCompact: Story = cell(afterCallWork, 'compact', 'light');
export const AfterCallWorkCompactDark: Story = cell(afterCallWork, 'compact', 'dark');

const reconnecting: Cell = { state: 'idle', scenario: scenario.reconnecting };
export const ReconnectingBar: Story = cell(reconnecting, 'bar', 'light');
export const ReconnectingBarDark: Story = cell(reconnecting, 'bar', 'dark');
export const ReconnectingPanel: Story = cell(reconnecting, 'panel', 'light');
export const ReconnectingPanelDark: Story = cell(reconnecting, 'panel', 'dark');
export const ReconnectingCompact: Story = cell(reconnecting, 'compact', 'light');
export const ReconnectingCompactDark: Story = cell(reconnecting, 'compact', 'dark');

const disconnected: Cell = { state: 'signedOut', scenario: scenario.signedIn, disconnect: true };
export const DisconnectedBar: Story = cell(disconnected, 'bar', 'light');
export const DisconnectedBarDark: Story = cell(disconnected, 'bar', 'dark');
export const DisconnectedPanel: Story = cell(disconnected, 'panel', 'light');
export const DisconnectedPanelDark: Story = cell(disconnected, 'panel', 'dark');
export const DisconnectedCompact: Story = cell(disconnected, 'compact', 'light');
export const DisconnectedCompactDark: Story = cell(disconnected, 'compact', 'dark');

const commandFailed: Cell = { state: 'idle', scenario: scenario.commandFailed };
export const CommandFailedBar: Story = cell(commandFailed, 'bar', 'light');
export const CommandFailedBarDark: Story = cell(commandFailed, 'bar', 'dark');
export const CommandFailedPanel: Story = cell(commandFailed, 'panel', 'light');
export const CommandFailedPanelDark: Story = cell(commandFailed, 'panel', 'dark');
export const CommandFailedCompact: Story = cell(commandFailed, 'compact', 'light');
export const CommandFailedCompactDark: Story = cell(commandFailed, 'compact', 'dark');
