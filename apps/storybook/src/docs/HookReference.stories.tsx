import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { HookReference, readHooks } from './HookReference';

/**
 * Guards the Hooks page (a test only, hidden from the sidebar): every hook the package exports
 * must come out with a signature, so a new hook or an unusual declaration cannot silently vanish
 * from the docs.
 */
const meta = {
  title: 'Docs tests/Hook reference',
  component: HookReference,
  tags: ['!dev', '!autodocs'],
} satisfies Meta<typeof HookReference>;

export default meta;
type Story = StoryObj<typeof meta>;

export const EveryHookHasASignature: Story = {
  play: async ({ canvas }) => {
    const { hooks, missing } = readHooks();
    await expect(missing).toEqual([]);
    await expect(hooks.length).toBeGreaterThanOrEqual(20);
    for (const hook of hooks) {
      await expect(hook.signature).toMatch(new RegExp(`^${hook.name}(<.+>)?\\(.*\\)`));
      await expect(canvas.getByRole('heading', { name: hook.name })).toBeVisible();
    }
    await expect(hooks.find((h) => h.name === 'useCommand')?.signature).toBe(
      'useCommand<N extends CommandName>(name: N, options: CommandOptions = {}): CommandHandle<N>',
    );
  },
};
