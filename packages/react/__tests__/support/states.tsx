import { act } from '@testing-library/react';
import { expect, vi } from 'vitest';
import { agentState, phone, result, ring } from './fakeServer';
import type { Harness } from './render';
import { signIn } from './render';

/** Every state the bar must look right (and pass axe) in, and how to get there with a fake server. */
export const BAR_STATES = {
  signedOut: async () => undefined,
  idle: async (h: Harness) => {
    await act(() => signIn(h.client));
  },
  busy: async (h: Harness) => {
    await act(() => signIn(h.client, 'busy'));
  },
  ringing: async (h: Harness) => {
    await act(() => signIn(h.client));
    act(() => h.server.push(...ring({ caller: '13800138000', queueId: 6250 })));
  },
  ringingAlwaysOn: async (h: Harness) => {
    await act(() => signIn(h.client, 'idle', true));
    act(() => h.server.push(...ring({ caller: '13800138000', alwaysOn: true, ringType: 7 })));
  },
  connected: async (h: Harness) => {
    await act(() => signIn(h.client));
    act(() => h.server.push(...ring({ caller: '13800138000', queueId: 6250 }), phone(6)));
  },
  held: async (h: Harness) => {
    await BAR_STATES.connected(h);
    await act(() => h.client.hold());
  },
  consulting: async (h: Harness) => {
    await BAR_STATES.connected(h);
    act(() => h.server.push(phone(21)));
  },
  consultConnected: async (h: Harness) => {
    await BAR_STATES.connected(h);
    act(() => h.server.push(phone(21), phone(22)));
  },
  threeWay: async (h: Harness) => {
    await BAR_STATES.consultConnected(h);
    act(() => h.server.push(phone(25)));
  },
  monitoring: async (h: Harness) => {
    await act(() => signIn(h.client));
    act(() => h.server.push(phone(5, { RingType: 3, OAgId: 0, Caller: '8004' }), agentState(4), phone(31)));
  },
  afterCallWork: async (h: Harness) => {
    await act(() => signIn(h.client));
    act(() => h.server.push(agentState(5, 30)));
  },
  reconnecting: async (h: Harness) => {
    await act(() => signIn(h.client));
    act(() => h.server.setStatus('reconnecting'));
  },
  disconnected: async (h: Harness) => {
    await act(() => signIn(h.client));
    act(() => h.server.setStatus('disconnected'));
  },
  commandFailed: async (h: Harness) => {
    await act(() => signIn(h.client));
    h.server.reply(4, () => [result(4, 4)]);
    await act(() => h.client.busy().catch(() => undefined));
    // The server's refusal in the UI language (不允许置忙 / its English text).
    await vi.waitFor(() => expect(document.querySelector('.wincall-notice[data-kind="error"] .wincall-notice-detail')?.textContent).toMatch(/不允许置忙|busy/i));
  },
  // ---- what the agent is told (notices) ----
  /** A queue call rang out and the server set the agent busy. */
  missedRing: async (h: Harness) => {
    await act(() => signIn(h.client));
    act(() => h.server.push(...ring({ caller: '13800138000', queueId: 6250 })));
    act(() => h.server.push(phone(0), agentState(2, 0)));
  },
  /** An outbound call that never connected: busy or unreachable. */
  dialFailed: async (h: Harness) => {
    await act(() => signIn(h.client));
    await act(() => h.client.dialOuter('13900139486'));
    act(() => h.server.push(phone(10), phone(4), phone(0), agentState(3)));
  },
  /** The connection dropped mid-call and the server then said the call was gone. */
  callLost: async (h: Harness) => {
    await BAR_STATES.connected(h);
    act(() => h.server.setStatus('reconnecting'));
    act(() => h.server.setStatus('connected'));
    act(() => h.server.push(agentState(3)));
  },
  /** The customer hung up while on hold. */
  endedWhileHeld: async (h: Harness) => {
    await BAR_STATES.held(h);
    act(() => h.server.push(phone(0), agentState(3)));
  },
  /** The consulted colleague did not answer (PhoSta 24): the call is still the agent's. */
  consultFailed: async (h: Harness) => {
    await BAR_STATES.consulting(h);
    act(() => h.server.push(phone(24)));
  },
  /** A supervisor set the agent busy (MT 10 code 6; the client obeys). */
  forcedBusy: async (h: Harness) => {
    await act(() => signIn(h.client));
    act(() => h.server.push({ MT: 10, Code: 6 }));
    await vi.waitFor(() => expect(h.client.getState().agent.status).toBe('busy'));
  },
  /** A supervisor signed the agent out. */
  forcedSignOut: async (h: Harness) => {
    await act(() => signIn(h.client));
    act(() => h.server.push({ MT: 10, Code: 4 }));
  },
} satisfies Record<string, (h: Harness) => Promise<void>>;

/** The states in which the bar has something to tell (a notice under its row). */
export const NOTICE_STATES: ReadonlySet<BarStateName> = new Set<BarStateName>([
  'reconnecting',
  'disconnected',
  'commandFailed',
  'missedRing',
  'dialFailed',
  'callLost',
  'endedWhileHeld',
  'consultFailed',
  'forcedBusy',
  'forcedSignOut',
]);

export type BarStateName = keyof typeof BAR_STATES;

/** What the bar's `data-state` says in each of them. */
export const EXPECTED_DATA_STATE: Record<BarStateName, string> = {
  signedOut: 'signedOut',
  idle: 'idle',
  busy: 'busy',
  ringing: 'ringing',
  ringingAlwaysOn: 'ringing',
  connected: 'connected',
  held: 'held',
  consulting: 'consulting',
  consultConnected: 'consultConnected',
  threeWay: 'threeWay',
  monitoring: 'monitoring',
  afterCallWork: 'afterCallWork',
  reconnecting: 'idle',
  disconnected: 'signedOut',
  commandFailed: 'idle',
  missedRing: 'busy',
  dialFailed: 'idle',
  callLost: 'idle',
  endedWhileHeld: 'idle',
  consultFailed: 'connected',
  forcedBusy: 'busy',
  forcedSignOut: 'signedOut',
};
