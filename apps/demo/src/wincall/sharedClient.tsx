import { createContext, useCallback, useContext, useSyncExternalStore, type ReactNode } from 'react';
import type { SharedWinCallClient, TabRole } from '@wincall/core';

const SharedClientContext = createContext<SharedWinCallClient | null>(null);

/** Makes the shared client's tab role available below (the WinCallProvider has the client itself). */
export function SharedClientProvider({ client, children }: { client: SharedWinCallClient; children: ReactNode }) {
  return <SharedClientContext.Provider value={client}>{children}</SharedClientContext.Provider>;
}

export function useSharedClient(): SharedWinCallClient {
  const client = useContext(SharedClientContext);
  if (!client) throw new Error('useSharedClient: no SharedClientProvider above');
  return client;
}

/** `leader` (holds the socket), `follower` (mirrors another tab) or `solo` (no tab coordination). */
export function useTabRole(): TabRole {
  const client = useSharedClient();
  const subscribe = useCallback(
    (listener: () => void) => {
      const stop = client.onRoleChange(listener);
      return () => {
        stop();
      };
    },
    [client],
  );
  return useSyncExternalStore(subscribe, () => client.role, () => client.role);
}

/**
 * Whether this tab acts for the agent: pops customer records and writes the call log. With several
 * tabs only the leader does, so nothing happens twice; a lone tab without tab coordination is solo.
 */
export const actsForAgent = (client: SharedWinCallClient) => client.role !== 'follower';
