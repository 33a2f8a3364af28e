import { act, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { AgentStatus } from '@wincall/core';
import { ConnectedStatusBadge, StatusBadge } from '../../src';
import { agentState, createConfigFetch } from '../support/fakeServer';
import { createHarness, renderWith, signIn } from '../support/render';

describe('StatusBadge', () => {
  it.each<[AgentStatus, string]>([
    ['signedOut', '未签入'],
    ['signingIn', '签入中'],
    ['idle', '空闲'],
    ['busy', '忙碌'],
    ['occupied', '通话中'],
    ['afterCallWork', '话后处理'],
    ['offline', '话机离线'],
  ])('says %s as %s, with data-state for styling', (status, text) => {
    const { container } = render(<StatusBadge status={status} className="b" />);
    const badge = container.firstElementChild as HTMLElement;
    expect(badge.dataset.state).toBe(status);
    expect(badge.textContent).toBe(text);
    expect(badge.className).toContain('b');
  });

  it('adds the busy reason', () => {
    render(<StatusBadge status="busy" reason="午餐" />);
    expect(screen.getByText('午餐')).toBeTruthy();
  });
});

describe('ConnectedStatusBadge', () => {
  it('follows the agent and names the busy reason', async () => {
    vi.stubGlobal('fetch', createConfigFetch().fetch);
    const harness = createHarness({ apiUrl: 'http://config.test' });
    const { container } = renderWith(harness, <ConnectedStatusBadge />);
    expect(container.textContent).toBe('未签入');
    await act(() => signIn(harness.client));
    expect(container.textContent).toBe('空闲');
    act(() => harness.server.push(agentState(2, 102)));
    await waitFor(() => expect(container.textContent).toBe('忙碌培训'));
  });
});
