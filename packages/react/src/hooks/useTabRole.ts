import { useCallback, useSyncExternalStore } from 'react';
import type { SharedWinCallClient, TabRole } from '@wincall/core';
import { useWinCall } from './useWinCall';

/**
 * This tab's role when the client is shared across tabs (`createSharedWinCallClient`):
 * `leader` holds the connection, `follower` mirrors it; a plain client is `solo`.
 * Announce and ring only where this is not `follower`.
 */
export function useTabRole(): TabRole {
  const client = useWinCall() as Partial<Pick<SharedWinCallClient, 'role' | 'onRoleChange'>>;
  const subscribe = useCallback(
    (onChange: () => void) => client.onRoleChange?.(onChange) ?? (() => undefined),
    [client],
  );
  const getRole = () => client.role ?? 'solo';
  return useSyncExternalStore(subscribe, getRole, getRole);
}
