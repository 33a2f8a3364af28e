import type { ConnectionStatus, WinCallState } from '@wincall/core';
import { useWinCallSelector } from './useWinCallSelector';

const selectConnection = (state: WinCallState) => state.connection;

/** The connection to the server: idle, connecting, connected, reconnecting, disconnected. */
export function useConnection(): ConnectionStatus {
  return useWinCallSelector(selectConnection);
}
