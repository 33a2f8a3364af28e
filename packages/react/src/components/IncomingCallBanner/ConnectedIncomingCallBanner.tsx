import { memo, useContext, type CSSProperties, type ReactNode } from 'react';
import type { CallState } from '@wincall/core';
import { HotkeysContext } from '../../context';
import { agentLabel, knownAgent, knownAgentBy, useAgentRoster } from '../../hooks/useAgentRoster';
import { useCommand } from '../../hooks/useCommand';
import { useWinCall } from '../../hooks/useWinCall';
import { PhoneAnswerButton } from '../lazyParts';
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
  const colleague = call.kind === 'consult' || call.kind === 'inner';
  const client = useWinCall();
  // The agent's own leg of a call they placed is picked up by the browser phone itself.
  const browserAnswer = client.phone && call.kind !== 'outbound' && call.kind !== 'chanspy';
  return (
    <IncomingCallBanner
      {...props}
      caller={colleague ? <ColleagueName call={call} /> : partyNumber(call)}
      kind={call.kind}
      {...(queueName ? { queueName } : {})}
      {...(!call.alwaysOn && call.kind === 'queue' ? { declineHint: t('incoming.declineHint') } : {})}
      {...(browserAnswer
        ? { answer: <PhoneAnswerButton shortcut={ariaShortcut(hotkeys.answer)} /> }
        : client.phone
          ? { answer: <p className="wincall-hint">{t('incoming.browserPlacing')}</p> }
          : {})}
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

/**
 * A colleague calling or consulting: the wire gives their agent id (OAgId) and their extension
 * (Caller); the agents the config API listed name them ("1001 张伟"), else the extension does.
 */
function ColleagueName({ call }: { call: CallState }) {
  const { t } = useMessages();
  const client = useWinCall();
  // Fetches the free agents once more: whoever was seen idle this session can be named.
  useAgentRoster();
  const id = Number(call.params.OAgId);
  const extension = partyNumber(call);
  const agent = (Number.isSafeInteger(id) && id > 0 ? knownAgent(client, id) : undefined) ?? knownAgentBy(client, { extension });
  return <>{agent ? agentLabel(agent) : t('incoming.extension', { extension })}</>;
}

/** The ringing call of the client, or nothing. Answers from the browser only in always-on mode. */
const MemoConnectedIncomingCallBanner = memo(ConnectedIncomingCallBanner);
export { MemoConnectedIncomingCallBanner as ConnectedIncomingCallBanner };
