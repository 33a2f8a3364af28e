import { useContext } from 'react';
import type { WinCallClient } from '@wincall/core';
import { ClientContext } from '../context';

/** The client of the nearest `WinCallProvider`. Throws outside one (a programmer error). */
export function useWinCall(): WinCallClient {
  const client = useContext(ClientContext);
  if (!client) throw new Error('useWinCall: wrap your components in <WinCallProvider>');
  return client;
}
