import { useAgent } from '../../hooks/useAgent';
import { useBusyReasons } from '../../hooks/useBusyReasons';
import { PLAIN_BUSY } from '../BusyReasonPicker/BusyReasonPicker';
import { StatusBadge, type StatusBadgeProps } from './StatusBadge';

export type ConnectedStatusBadgeProps = Omit<StatusBadgeProps, 'status' | 'reason'>;

/** The signed-in agent's status, with the busy reason's name from the config API. */
export function ConnectedStatusBadge(props: ConnectedStatusBadgeProps) {
  const agent = useAgent();
  const reasons = useBusyReasons();
  const reasonId = agent.status === 'busy' ? agent.busyReasonId : undefined;
  // A reason the list does not know (a server's system busy 0, a reason since deleted) is plain
  // "Busy": an agent must never see a bare id.
  const reason = reasonId === undefined || reasonId === PLAIN_BUSY ? undefined : reasons.data?.find((r) => r.id === reasonId)?.name;
  return <StatusBadge {...props} status={agent.status} {...(reason ? { reason } : {})} />;
}
