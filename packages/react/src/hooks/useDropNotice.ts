import { useState } from 'react';
import type { AgentStatus } from '@wincall/core';
import { useWinCallEvent } from './useWinCallEvent';

const signedIn = (status: AgentStatus) => status !== 'signedOut' && status !== 'signingIn';

/**
 * Why the agent was signed out without asking: the connection was lost for good, or a supervisor
 * signed them out. `null` after a deliberate sign-out, and again once signed in.
 */
export function useDropNotice(): 'disconnected' | 'forcedSignOut' | null {
  const [notice, setNotice] = useState<'disconnected' | 'forcedSignOut' | null>(null);
  useWinCallEvent('connectionChanged', (event) => {
    if (event.status === 'disconnected' && signedIn(event.previous.agent.status)) setNotice('disconnected');
  });
  useWinCallEvent('signedOut', (event) => {
    if (event.forced) setNotice('forcedSignOut');
  });
  useWinCallEvent('signedIn', () => setNotice(null));
  return notice;
}
