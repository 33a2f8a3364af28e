import { useState } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor } from 'storybook/test';
import { WinCallErrorBoundary } from '@wincall/react';
import { textOf, WAIT } from '../play';

/** A part of the softphone that crashes when asked to (a stand-in for a bug). */
function Fragile() {
  const [broken, setBroken] = useState(false);
  if (broken) throw new Error('Simulated crash inside the softphone');
  return (
    <button type="button" className="wincall-button" onClick={() => setBroken(true)}>
      Crash this part
    </button>
  );
}

/**
 * Keeps a crash inside the softphone from taking the host page down: the `SoftphoneBar` sits in
 * one. Press the button to crash the child; "try again" renders it afresh.
 */
const meta = {
  title: 'Softphone/WinCallErrorBoundary',
  component: WinCallErrorBoundary,
  args: { onError: fn(), children: <Fragile /> },
  argTypes: { children: { control: false }, fallback: { control: false } },
} satisfies Meta<typeof WinCallErrorBoundary>;

export default meta;
type Story = StoryObj<typeof meta>;

export const DefaultFallback: Story = {
  play: async (context) => {
    const t = textOf(context);
    await context.userEvent.click(context.canvas.getByRole('button', { name: 'Crash this part' }));
    await expect(await context.canvas.findByText(t['boundary.title'], {}, WAIT)).toBeVisible();
    await waitFor(() => expect(context.args.onError).toHaveBeenCalledOnce(), WAIT);
    await context.userEvent.click(context.canvas.getByRole('button', { name: t['boundary.retry'] }));
    await expect(await context.canvas.findByRole('button', { name: 'Crash this part' }, WAIT)).toBeVisible();
  },
};

/** The host decides what a crash looks like. */
export const CustomFallback: Story = {
  args: { fallback: <p role="alert">The phone is unavailable; please use the desk phone.</p> },
  play: async (context) => {
    await context.userEvent.click(context.canvas.getByRole('button', { name: 'Crash this part' }));
    await expect(await context.canvas.findByText('The phone is unavailable; please use the desk phone.', {}, WAIT)).toBeVisible();
  },
};
