import { useState } from 'react';
import { useQueues, useWinCallEvent } from '@wincall/react';
import { findCustomerByPhone } from '../customers/customerStore';
import { customerNumberOf, queueIdOf } from '../wincall/callParties';
import { actsForAgent, useSharedClient } from '../wincall/sharedClient';
import { appendCallLog } from './callLog';
import { createEndedByTracker } from './endedBy';

/**
 * Writes a call-log entry when a call ends. Every tab watches (any of them may become the leader
 * mid-call); only the leader writes, so several open tabs log a call once.
 */
export function CallLogWriter() {
  const client = useSharedClient();
  const queues = useQueues();
  const [tracker] = useState(createEndedByTracker);

  useWinCallEvent('stateChanged', tracker.observe);
  useWinCallEvent('callEnded', ({ call, previous, current, durationMs, talkMs, at }) => {
    const endedBy = tracker.endedBy(call);
    if (!actsForAgent(client)) return;
    const number = customerNumberOf(call);
    const queueId = queueIdOf(call);
    appendCallLog({
      id: `${call.params.CallId ?? ''}:${call.startedAt}`,
      callId: call.params.CallId ?? '',
      startedAt: call.startedAt,
      endedAt: at,
      number,
      customerId: number ? (findCustomerByPhone(number)?.id ?? null) : null,
      kind: call.kind,
      queueId,
      queueName: queueId === null ? null : (queues.data?.find((q) => q.id === queueId)?.name ?? null),
      talkMs,
      durationMs,
      endedBy,
      agentNum: current.agent.agentNum ?? previous.agent.agentNum ?? null,
    });
  });
  return null;
}
