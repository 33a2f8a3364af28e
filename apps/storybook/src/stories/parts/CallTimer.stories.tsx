import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { CallTimer } from '@wincall/react';

/** When the story was loaded: the timers below count from there. */
const mountedAt = { loaders: [async () => ({ mountedAt: Date.now() })] };
const loadedAt = (loaded: Record<string, unknown>) => (typeof loaded.mountedAt === 'number' ? loaded.mountedAt : 0);

/**
 * A ticking `mm:ss`: counts up from `since`, or down to `until` and stops at 00:00. The only part
 * that re-renders every second. Store-free. (`since` and `until` are set relative to when the
 * story loaded.)
 */
const meta = {
  title: 'Parts/CallTimer',
  component: CallTimer,
  args: { label: '通话时长' },
  argTypes: { since: { control: false }, until: { control: false } },
} satisfies Meta<typeof CallTimer>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A call that started 83 seconds ago. */
export const CountingUp: Story = {
  ...mountedAt,
  render: (args, { loaded }) => <CallTimer {...args} since={loadedAt(loaded) - 83_000} />,
  play: async ({ canvas }) => {
    const timer = canvas.getByRole('timer', { name: '通话时长' });
    await expect(timer).toHaveAttribute('data-state', 'running');
    await expect(timer.textContent).toMatch(/^01:2\d$/);
  },
};

/** After-call work with 45 seconds left. */
export const CountingDown: Story = {
  ...mountedAt,
  args: { label: '话后处理剩余' },
  render: (args, { loaded }) => <CallTimer {...args} until={loadedAt(loaded) + 45_000} />,
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('timer', { name: '话后处理剩余' })).toHaveAttribute('data-state', 'counting-down');
  },
};

export const Finished: Story = {
  ...mountedAt,
  args: { label: '话后处理剩余' },
  render: (args, { loaded }) => <CallTimer {...args} until={loadedAt(loaded) - 1000} />,
  play: async ({ canvas }) => {
    const timer = canvas.getByRole('timer', { name: '话后处理剩余' });
    await expect(timer).toHaveAttribute('data-state', 'done');
    await expect(timer).toHaveTextContent('00:00');
  },
};

/** Neither `since` nor `until`: a stopped 00:00. */
export const Stopped: Story = {};
