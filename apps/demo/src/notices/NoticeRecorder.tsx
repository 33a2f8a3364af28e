import { useWinCallEvent } from '@wincall/react';
import { actsForAgent, useSharedClient } from '../wincall/sharedClient';
import { logNotice } from './noticeLog';

/**
 * The CRM listening to the softphone: every notice the bar gives the agent (a missed ring, a failed
 * dial, a call lost, a supervisor's order…) is kept in the notices log, as a CRM would keep a
 * missed call for the supervisor. Mounted once beside the bar, so nothing is missed while the log
 * page is closed; only the tab that acts for the agent writes, so nothing is logged twice.
 */
export function NoticeRecorder() {
  const client = useSharedClient();
  useWinCallEvent('notice', ({ notice, previous, current }) => {
    if (!actsForAgent(client)) return;
    // A forced sign-out has already cleared the agent when the notice arrives: who it was is before.
    logNotice({ notice, agentNum: current.agent.agentNum ?? previous.agent.agentNum ?? null });
  });
  return null;
}
