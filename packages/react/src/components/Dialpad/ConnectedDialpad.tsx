import { memo } from 'react';
import { useCan } from '../../hooks/useCan';
import { useCommand } from '../../hooks/useCommand';
import { useMessages } from '../../hooks/useMessages';
import { Dialpad, type DialpadProps } from './Dialpad';

export type ConnectedDialpadProps = Omit<DialpadProps, 'onDigit' | 'disabled' | 'disabledReason'> & {
  /** Called after a digit was sent. */
  onDigit?: DialpadProps['onDigit'];
};

function ConnectedDialpad({ onDigit, ...props }: ConnectedDialpadProps) {
  const { t } = useMessages();
  const canSend = useCan('dtmf');
  const dtmf = useCommand('dtmf');
  return (
    <Dialpad
      {...props}
      disabled={!canSend}
      disabledReason={t('reason.notTalking')}
      onDigit={(digit) => {
        // Digits may go out while the previous one is in flight; each is its own command.
        void dtmf.run(digit).then(() => onDigit?.(digit));
      }}
    />
  );
}

/** A keypad that sends DTMF into the current call; disabled when not talking. */
const MemoConnectedDialpad = memo(ConnectedDialpad);
export { MemoConnectedDialpad as ConnectedDialpad };
