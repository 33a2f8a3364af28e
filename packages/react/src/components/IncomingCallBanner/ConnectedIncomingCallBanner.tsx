import { useContext, type CSSProperties, type ReactNode } from 'react';
import { HotkeysContext } from '../../context';
import { useCommand } from '../../hooks/useCommand';
import { useIncomingCall } from '../../hooks/useIncomingCall';
import { useMessages } from '../../hooks/useMessages';
import { useQueues } from '../../hooks/useQueues';
import { useUnavailableReason } from '../../hooks/useUnavailableReason';
import { partyNumber, queueIdOf } from '../../utils/callInfo';
import { ariaShortcut } from '../../utils/hotkeys';
import { IncomingCallBanner } from './IncomingCallBanner';

export interface ConnectedIncomingCallBannerProps {
  children?: ReactNode;
  className?: string;
  style?: CSSProperties;
}

/** The ringing call of the client, or nothing. Answers from the browser only in always-on mode. */
export function ConnectedIncomingCallBanner(props: ConnectedIncomingCallBannerProps) {
  const { t } = useMessages();
  const call = useIncomingCall();
  const queues = useQueues();
  const answer = useCommand('answer');
  const reason = useUnavailableReason('answer');
  const hotkeys = useContext(HotkeysContext);
  if (!call) return null;
  const queueId = queueIdOf(call);
  const queueName =
    queueId === undefined ? undefined : (queues.data?.find((q) => q.id === queueId)?.name ?? t('picker.queueFallback', { id: queueId }));
  return (
    <IncomingCallBanner
      {...props}
      caller={partyNumber(call)}
      kind={call.kind}
      {...(queueName ? { queueName } : {})}
      {...(call.alwaysOn
        ? {
            onAnswer: () => void answer.run(),
            answerDisabled: reason !== null,
            answerDisabledReason: reason ? t(`reason.${reason}`) : undefined,
            answerPending: answer.pending,
            answerShortcut: ariaShortcut(hotkeys.answer),
          }
        : {})}
    />
  );
}
