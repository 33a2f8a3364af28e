import { useEffect, useState, type ReactNode } from 'react';
import type { WinCallState } from '@wincall/core';
import { useWinCall, useWinCallEvent, useWinCallSelector } from '@wincall/react';
import { useT } from '../i18n';
import { rememberAgent, sessionHint } from './sessionHint';

/** How long a reloaded page waits for its session before showing the sign-in form anyway. */
const RESUME_WAIT_MS = 10_000;

const selectSignedOut = (state: WinCallState) => state.agent.status === 'signedOut';

/**
 * Shows "restoring…" instead of the softphone while a page that was signed in a moment ago gets its
 * session back (from the leader tab, or from the vault worker after a reload). The shared client
 * publishes its first state once it knows; until then the agent would otherwise see the password
 * form flash. Also keeps the session hint up to date.
 */
export function SessionGate({ children }: { children: ReactNode }) {
  const { t } = useT();
  const client = useWinCall();
  const signedOut = useWinCallSelector(selectSignedOut);
  const [waiting, setWaiting] = useState(() => sessionHint.get()?.signedIn === true && client.getState().agent.status === 'signedOut');

  useEffect(() => {
    if (!waiting) return;
    const stop = client.store.subscribe(() => setWaiting(false));
    const timer = setTimeout(() => setWaiting(false), RESUME_WAIT_MS);
    return () => {
      stop();
      clearTimeout(timer);
    };
  }, [client, waiting]);

  // Settled and signed out: nothing to restore next time.
  useEffect(() => {
    const hint = sessionHint.get();
    if (!waiting && signedOut && hint?.signedIn) sessionHint.set({ ...hint, signedIn: false });
  }, [waiting, signedOut]);

  useWinCallEvent('stateChanged', ({ current }) => {
    const { agentNum, extension, status, callers } = current.agent;
    if (status !== 'signedOut' && status !== 'signingIn' && agentNum && extension) rememberAgent(agentNum, extension, callers);
  });

  if (waiting) {
    return (
      <div className="wincall-bar demo-restoring" data-state="restoring" role="status">
        {t('session.restoring')}
      </div>
    );
  }
  return children;
}
