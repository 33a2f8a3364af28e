import { render, type RenderOptions, type RenderResult } from '@testing-library/react';
import { QueryClient } from '@tanstack/react-query';
import type { ReactElement, ReactNode } from 'react';
import { createWinCallClient, type WinCallClient, type WinCallClientOptions } from '@wincall/core';
import { WinCallProvider, type WinCallProviderProps } from '../../src';
import { createFakeServer, type FakeServer } from './fakeServer';

export interface Harness {
  server: FakeServer;
  client: WinCallClient;
  queryClient: QueryClient;
  wrapper: (props: { children: ReactNode }) => ReactElement;
}

type ProviderExtras = Omit<WinCallProviderProps, 'client' | 'options' | 'children' | 'queryClient'>;

const live = new Set<WinCallClient>();

/** Destroys every client a test created (called after each test). */
export function destroyHarnesses() {
  for (const client of live) client.destroy();
  live.clear();
}

/** A client on a fake server, and a provider wrapper for it. */
export function createHarness(options: { apiUrl?: string; provider?: ProviderExtras; client?: Partial<WinCallClientOptions> } = {}): Harness {
  const server = createFakeServer();
  const client = createWinCallClient({
    vccCode: 'demo',
    transport: server.transport,
    loginDelay: 0,
    ...(options.apiUrl ? { apiUrl: options.apiUrl } : {}),
    ...options.client,
  });
  live.add(client);
  const queryClient = new QueryClient({ defaultOptions: { queries: { gcTime: Infinity } } });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <WinCallProvider client={client} queryClient={queryClient} {...options.provider}>
      {children}
    </WinCallProvider>
  );
  return { server, client, queryClient, wrapper };
}

export function renderWith(harness: Harness, ui: ReactElement, options?: Omit<RenderOptions, 'wrapper'>): RenderResult {
  return render(ui, { wrapper: harness.wrapper, ...options });
}

/** Signs the client in through the fake server, as a test's "given a signed-in agent". */
export async function signIn(client: WinCallClient, initialStatus: 'idle' | 'busy' = 'idle', alwaysOn = false) {
  await client.login({ agentNum: '1001', password: '1234', extension: '8001', initialStatus, ...(alwaysOn ? { alwaysOn } : {}) });
}
