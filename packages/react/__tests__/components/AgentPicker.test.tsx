import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { AgentPicker, ConnectedAgentPicker } from '../../src';
import { CONFIG_DATA, createConfigFetch } from '../support/fakeServer';
import { createHarness, renderWith } from '../support/render';

describe('AgentPicker', () => {
  it('lists free agents by number and name, leaving the agent themself out', async () => {
    const onValueChange = vi.fn();
    render(
      <AgentPicker
        agents={[
          { id: 1, agentNum: '1001', name: '张伟' },
          { id: 2, agentNum: '1002', name: '李娜' },
        ]}
        excludeAgentNum="1001"
        onValueChange={onValueChange}
      />,
    );
    const select = screen.getByRole('combobox', { name: '空闲坐席' });
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['请选择', '1002 李娜']);
    await userEvent.selectOptions(select, '1002 李娜');
    expect(onValueChange).toHaveBeenCalledWith(2);
  });

  it('lists agents on a call by name and number when known, else by extension, never by internal id', () => {
    render(
      <AgentPicker
        variant="online"
        agents={[
          { id: 4, extension: '8004', time: '0:01:05' },
          { id: 2, agentNum: '1002', name: '李娜', extension: '8002', time: '0:00:09' },
        ]}
      />,
    );
    expect(screen.getByRole('combobox', { name: '通话中的坐席' })).toBeTruthy();
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['请选择', '分机 8004 · 0:01:05', '1002 李娜 · 分机 8002 · 0:00:09']);
  });
});

describe('ConnectedAgentPicker', () => {
  it('refreshes the free agents whenever the user turns to the list', async () => {
    const config = createConfigFetch();
    vi.stubGlobal('fetch', config.fetch);
    const harness = createHarness({ apiUrl: 'http://config.test' });
    renderWith(harness, <ConnectedAgentPicker />);
    await screen.findByRole('option', { name: '1002 李四' });
    const before = config.calls.filter((p) => p.endsWith('/agent/free')).length;
    act(() => screen.getByRole('combobox').focus());
    await waitFor(() => expect(config.calls.filter((p) => p.endsWith('/agent/free')).length).toBe(before + 1));
  });

  it('shows on-the-line agents for monitoring', async () => {
    vi.stubGlobal('fetch', createConfigFetch().fetch);
    const harness = createHarness({ apiUrl: 'http://config.test' });
    renderWith(harness, <ConnectedAgentPicker variant="online" />);
    expect(await screen.findByRole('option', { name: '分机 8004 · 0:01:05' })).toBeTruthy();
  });

  it('names an agent on a call whom the free-agent list named earlier in the session', async () => {
    const data = { ...CONFIG_DATA, '/v2/wintelapi/api/agent/free': [{ ag_id: 4, ag_num: '1004', ag_name: '赵六', pho_num: '8004' }] };
    vi.stubGlobal('fetch', createConfigFetch(data).fetch);
    const harness = createHarness({ apiUrl: 'http://config.test' });
    const free = renderWith(harness, <ConnectedAgentPicker />);
    await screen.findByRole('option', { name: '1004 赵六' });
    free.unmount();
    data['/v2/wintelapi/api/agent/free'] = [];
    renderWith(harness, <ConnectedAgentPicker variant="online" />);
    expect(await screen.findByRole('option', { name: '1004 赵六 · 分机 8004 · 0:01:05' })).toBeTruthy();
  });

  it('says when the list cannot be loaded', async () => {
    vi.stubGlobal('fetch', createConfigFetch({ '/v2/wintelapi/api/agent/free': new TypeError('offline') }).fetch);
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const harness = createHarness({ apiUrl: 'http://config.test' });
    renderWith(harness, <ConnectedAgentPicker />);
    await act(() => vi.advanceTimersByTimeAsync(5000));
    expect(screen.getByText('列表加载失败')).toBeTruthy();
  });
});
