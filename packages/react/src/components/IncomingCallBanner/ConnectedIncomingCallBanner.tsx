import { memo, useContext, type CSSProperties, type ReactNode } from 'react';
import type { CallState } from '@wincall/core';
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

function ConnectedIncomingCallBanner(props: ConnectedIncomingCallBannerProps) {
  const call = useIncomingCall();
  // The answer button's state is only watched while a call rings: without one, status and phase
  // changes (which change why answering is unavailable) render nothing here.
  return call ? <RingingCallBanner {...props} call={call} /> : null;
}

function RingingCallBanner({ call, ...props }: ConnectedIncomingCallBannerProps & { call: CallState }) {
  const { t } = useMessages();
  const queues = useQueues();
  const answer = useCommand('answer');
  const reason = useUnavailableReason('answer');
  const hotkeys = useContext(HotkeysContext);
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

/** The ringing call of the client, or nothing. Answers from the browser only in always-on mode. */
const MemoConnectedIncomingCallBanner = memo(ConnectedIncomingCallBanner);
export { MemoConnectedIncomingCallBanner as ConnectedIncomingCallBanner };
