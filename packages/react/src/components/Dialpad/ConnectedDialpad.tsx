import { memo } from 'react';
import { useCan } from '../../hooks/useCan';
import { useMessages } from '../../hooks/useMessages';
import { useWinCall } from '../../hooks/useWinCall';
import { Dialpad, type DialpadProps } from './Dialpad';

export type ConnectedDialpadProps = Omit<DialpadProps, 'onDigit' | 'disabled' | 'disabledReason'> & {
  /** Called after a digit was sent (the server confirmed it). */
  onDigit?: DialpadProps['onDigit'];
};

function ConnectedDialpad({ onDigit, ...props }: ConnectedDialpadProps) {
  const { t } = useMessages();
  const client = useWinCall();
  const canSend = useCan('dtmf');
  return (
    <Dialpad
      {...props}
      disabled={!canSend}
      disabledReason={t('reason.notTalking')}
      onDigit={(digit) => {
        // Every key is its own command, sent at once however fast the agent types (the client
        // matches each to its answer): no "one at a time" guard here, or keys would be lost on a
        // slow network. A refused digit reaches the bar's error notice through the client.
        client.dtmf(digit).then(
          () => onDigit?.(digit),
          () => undefined,
        );
      }}
    />
  );
}

/** A keypad that sends DTMF into the current call; disabled when not talking. */
const MemoConnectedDialpad = memo(ConnectedDialpad);
export { MemoConnectedDialpad as ConnectedDialpad };
