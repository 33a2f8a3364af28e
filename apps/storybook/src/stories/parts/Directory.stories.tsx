import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn } from 'storybook/test';
import { Directory, type DirectoryEntry, type DirectorySection } from '@wincall/react';

const SECTIONS: DirectorySection[] = [
  {
    id: 'agents',
    label: '空闲坐席',
    entries: [
      { key: 'agent:2', kind: 'agent', title: '1002 李娜', detail: '空闲', value: 2 },
      { key: 'agent:3', kind: 'agent', title: '1003 王强', detail: '空闲', value: 3 },
    ],
  },
  { id: 'queues', label: '队列', entries: [{ key: 'queue:6251', kind: 'queue', title: '售后服务', detail: '6251', value: 6251 }] },
  { id: 'recent', label: '最近拨打', entries: [{ key: 'number:13800138000', kind: 'number', title: '13800138000', value: '13800138000' }] },
];

/** A searchable directory of agents, queues, recent and typed numbers; store-free. */
const meta = {
  title: 'Parts/Directory',
  component: Directory,
  args: { label: '搜索坐席、队列，或输入号码', query: '', sections: SECTIONS, selectedKey: null, onSelect: fn(), onQueryChange: fn() },
  render: function Render(args) {
    const [query, setQuery] = useState(args.query);
    const [selected, setSelected] = useState<DirectoryEntry | null>(null);
    return (
      <Directory
        {...args}
        query={query}
        onQueryChange={setQuery}
        selectedKey={selected?.key ?? null}
        onSelect={(entry) => {
          setSelected(entry);
          args.onSelect(entry);
        }}
      />
    );
  },
} satisfies Meta<typeof Directory>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Keyboard only: type to filter, Tab to an entry, Space to choose it. */
export const SearchAndChooseByKeyboard: Story = {
  play: async (context) => {
    // Loaded on demand: wait for it.
    (await context.canvas.findByRole('searchbox')).focus();
    await context.userEvent.keyboard('李娜');
    await expect(context.canvas.queryByRole('button', { name: /1003/ })).toBeNull();
    await context.userEvent.tab();
    await expect(context.canvas.getByRole('button', { name: /1002 李娜/ })).toHaveFocus();
    await context.userEvent.keyboard(' ');
    await expect(context.args.onSelect).toHaveBeenCalledWith(expect.objectContaining({ key: 'agent:2' }));
    await expect(context.canvas.getByRole('button', { name: /1002 李娜/ })).toHaveAttribute('aria-pressed', 'true');
  },
};

/** A typed number becomes an entry of its own. */
export const TypedNumber: Story = { args: { query: '139 0000 1111' } };
