import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import { WinCallDevtools, type WinCallDevtoolsProps } from '@wincall/devtools';
import { SoftphoneBar } from '@wincall/react';
import { live, liveBeforeEach, liveDecorators, worldOf } from '../../live/live';
import * as scenario from '../../live/scenarios';
import { WAIT } from '../play';

/**
 * `@wincall/devtools` next to the live bar: every frame in and out, decoded (MT / Action names,
 * PhoSta / AgSta / result-code meanings in Chinese and English), the state timeline with the input
 * of each transition and a diff, the connection's health, and "Export a bug report". Use the bar
 * and the simulator panel; the devtools record from the moment they mount (Alt+Shift+D toggles).
 */
const meta = {
  title: 'Devtools/WinCallDevtools',
  component: WinCallDevtools,
  decorators: liveDecorators,
  beforeEach: liveBeforeEach,
  args: { defaultOpen: true, locale: 'en', redact: { numbers: true, dtmf: true } },
  argTypes: {
    locale: { control: 'inline-radio', options: ['zh-CN', 'en'] },
  },
  render: (args) => (
    <div style={{ minHeight: 520 }}>
      <SoftphoneBar defaultAgentNum="1001" defaultExtension="8001" />
      <WinCallDevtools {...args} />
    </div>
  ),
} satisfies Meta<WinCallDevtoolsProps>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The agent signs in and a customer calls: the frames show decoded, numbers masked. */
export const NextToTheBar: Story = {
  ...live(),
  play: async (context) => {
    const world = worldOf(context);
    const panel = await context.canvas.findByRole('dialog', { name: 'WinCall devtools' }, WAIT);
    await scenario.signIn(world);
    await scenario.queueCall(world);
    const frames = within(panel);
    await waitFor(() => expect(frames.getAllByText(/Action 100 INIT/).length).toBeGreaterThan(0), WAIT);
    await waitFor(() => expect(frames.getAllByText(/PhoSta 5/).length).toBeGreaterThan(0), WAIT);
    await expect(panel).toHaveTextContent('振铃');
    await expect(panel).toHaveTextContent('ringing');
    await expect(panel).not.toHaveTextContent(scenario.CUSTOMER);
  },
};

/** Closed: only the toggle, the panel not even downloaded until it is opened. */
export const Closed: Story = {
  ...live(scenario.signedIn),
  args: { defaultOpen: false, locale: 'zh-CN' },
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'WinCall 调试' }, WAIT));
    await expect(await canvas.findByRole('dialog', { name: 'WinCall 调试工具' }, WAIT)).toBeVisible();
  },
};
