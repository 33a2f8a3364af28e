import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { Directory, type DirectoryEntry, type DirectorySection } from '../../src';

const SECTIONS: DirectorySection[] = [
  { id: 'agents', label: '空闲坐席', entries: [{ key: 'agent:2', kind: 'agent', title: '1002 李娜', detail: '空闲', value: 2 }] },
  { id: 'recent', label: '最近拨打', entries: [{ key: 'number:13800138000', kind: 'number', title: '13800138000', value: '13800138000' }] },
];

function Searchable({ onSelect }: { onSelect: (entry: DirectoryEntry) => void }) {
  const [query, setQuery] = useState('');
  return <Directory label="搜索" query={query} onQueryChange={setQuery} sections={SECTIONS} selectedKey={null} onSelect={onSelect} />;
}

describe('Directory', () => {
  it('filters by name or number and offers a typed number as an entry', async () => {
    const onSelect = vi.fn();
    render(<Searchable onSelect={onSelect} />);
    await userEvent.type(await screen.findByRole('searchbox', { name: '搜索' }), '李娜');
    expect(screen.getByRole('button', { name: /1002 李娜/ })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /13800138000/ })).toBeNull();

    await userEvent.clear(screen.getByRole('searchbox'));
    await userEvent.type(await screen.findByRole('searchbox'), '139 0000-1111');
    await userEvent.click(screen.getByRole('button', { name: /13900001111/ }));
    expect(onSelect).toHaveBeenCalledWith(expect.objectContaining({ kind: 'number', value: '13900001111' }));
  });

  it('offers a typed number that is already a recent number once, among the recent numbers', async () => {
    render(<Searchable onSelect={vi.fn()} />);
    await userEvent.type(await screen.findByRole('searchbox'), '13800138000');
    expect(screen.getAllByRole('button', { name: /13800138000/ })).toHaveLength(1);
    expect(within(screen.getByRole('list', { name: '最近拨打' })).getByRole('button', { name: /13800138000/ })).toBeTruthy();
  });
});
