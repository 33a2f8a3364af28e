import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ConnectedQueuePicker, QueuePicker } from '../../src';
import { createConfigFetch } from '../support/fakeServer';
import { createHarness, renderWith, signIn } from '../support/render';

const QUEUES = [{ id: 6250, name: '售前咨询' }, { id: 6251 }];

describe('QueuePicker', () => {
  it('lists the queues by name (or id) under an accessible label, uncontrolled', async () => {
    const onValueChange = vi.fn();
    render(<QueuePicker queues={QUEUES} defaultValue={6251} onValueChange={onValueChange} className="mine" style={{ width: 200 }} />);
    const select = screen.getByRole('combobox', { name: '队列' }) as HTMLSelectElement;
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['不指定', '售前咨询 (6250)', '队列 6251']);
    expect(select.value).toBe('6251');
    await userEvent.selectOptions(select, '售前咨询 (6250)');
    expect(select.value).toBe('6250');
    expect(onValueChange).toHaveBeenCalledWith(6250);
    await userEvent.selectOptions(select, '不指定');
    expect(onValueChange).toHaveBeenLastCalledWith(null);
    const root = select.closest('.wincall-field') as HTMLElement;
    expect(root.className).toContain('mine');
    expect(root.style.width).toBe('200px');
    expect(root.dataset.state).toBe('ready');
  });

  it('is controlled by value / onValueChange', async () => {
    function Controlled() {
      const [value, setValue] = useState<number | null>(6250);
      return (
        <>
          <QueuePicker queues={QUEUES} value={value} onValueChange={setValue} />
          <output>{String(value)}</output>
        </>
      );
    }
    render(<Controlled />);
    await userEvent.selectOptions(screen.getByRole('combobox'), '队列 6251');
    expect(screen.getByRole('status').textContent).toBe('6251');
  });

  it('keeps a controlled value it does not know instead of silently changing it', () => {
    render(<QueuePicker queues={[]} value={7000} onValueChange={() => undefined} />);
    expect((screen.getByRole('combobox') as HTMLSelectElement).value).toBe('7000');
  });

  it('shows loading and failure states, and tells when it is opened', () => {
    const onOpen = vi.fn();
    const { rerender } = render(<QueuePicker queues={[]} loading onOpen={onOpen} />);
    const select = screen.getByRole('combobox');
    expect(select.getAttribute('aria-busy')).toBe('true');
    expect(screen.getByRole('option').textContent).toBe('加载中…');
    act(() => select.focus());
    expect(onOpen).toHaveBeenCalled();
    rerender(<QueuePicker queues={[]} error="列表加载失败" />);
    expect(select.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(select.getAttribute('aria-describedby')!)?.textContent).toBe('列表加载失败');
  });
});

describe('ConnectedQueuePicker', () => {
  it('offers the signed-in agent’s queues with names from the config API', async () => {
    vi.stubGlobal('fetch', createConfigFetch().fetch);
    const harness = createHarness({ apiUrl: 'http://config.test' });
    renderWith(harness, <ConnectedQueuePicker />);
    await act(() => signIn(harness.client));
    await waitFor(() =>
      expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['不指定', '售前咨询 (6250)', '售后服务 (6251)']),
    );
  });
});
