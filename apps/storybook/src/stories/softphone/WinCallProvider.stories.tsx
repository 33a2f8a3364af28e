import type { ComponentType } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { SoftphoneBar, WinCallProvider, type WinCallProviderProps } from '@wincall/react';
import { en } from '@wincall/react/messages/en';
import { localeOf } from '../../globals';
import { live, liveBeforeEach, liveDecorators, worldOf } from '../../live/live';
import * as scenario from '../../live/scenarios';
import { expectBar, textOf, WAIT } from '../play';

/** The props to play with; the story supplies the client. */
type ProviderArgs = Pick<WinCallProviderProps, 'locale' | 'messages' | 'hotkeys'>;

/**
 * The provider every hook and connected component needs. Give it `client` (a client you own, as
 * here: the story's simulator client) or `options` (it creates and destroys one). `locale`,
 * `messages` and `hotkeys` are the props to try; the story renders a `SoftphoneBar` inside.
 */
const meta = {
  title: 'Softphone/WinCallProvider',
  // The story supplies `client` (its simulator's) itself; only these props are controls.
  component: WinCallProvider as ComponentType<ProviderArgs>,
  decorators: liveDecorators,
  beforeEach: liveBeforeEach,
  argTypes: {
    locale: { control: 'inline-radio', options: ['zh-CN', 'en'] },
  },
  render: (args, context) => {
    const world = worldOf(context);
    return (
      <WinCallProvider
        client={world.client}
        queryClient={world.queryClient}
        locale={args.locale ?? localeOf(context.globals)}
        messages={args.messages}
        hotkeys={args.hotkeys}
      >
        <SoftphoneBar defaultAgentNum="1001" defaultExtension="8001" />
      </WinCallProvider>
    );
  },
} satisfies Meta<ProviderArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Single catalog entries replaced, in any locale. */
export const MessageOverrides: Story = {
  ...live(),
  args: { messages: { 'signIn.legend': 'Start of shift', 'signIn.submit': 'Clock in' } },
  play: async (context) => {
    const { inBar } = await expectBar(context, 'signedOut');
    await expect(inBar.getByRole('button', { name: 'Clock in' })).toBeEnabled();
  },
};

/** Alt+O holds and resumes, Alt+H hangs up (Alt+A answers in always-on mode). The buttons announce them. */
export const Hotkeys: Story = {
  ...live(scenario.inCall),
  args: { hotkeys: { answer: 'Alt+A', hangup: 'Alt+H', hold: 'Alt+O' } },
  play: async (context) => {
    const { inBar } = await expectBar(context, 'connected');
    await expect(inBar.getByRole('button', { name: textOf(context)['action.hold'] })).toHaveAttribute('aria-keyshortcuts', 'Alt+O');
    await context.userEvent.keyboard('{Alt>}o{/Alt}');
    await expectBar(context, 'held');
    await context.userEvent.keyboard('{Alt>}o{/Alt}');
    await expectBar(context, 'connected');
  },
};

/** `locale="en"`, whatever the toolbar says. */
export const English: Story = {
  ...live(scenario.signedIn),
  args: { locale: 'en' },
  play: async ({ canvas }) => {
    const bar = await canvas.findByRole('region', { name: en['bar.label'] }, WAIT);
    await expect(bar).toHaveAttribute('data-state', 'idle');
    await expect(within(bar).getByRole('button', { name: `${en['status.label']}: ${en['status.idle']}` })).toBeEnabled();
  },
};
