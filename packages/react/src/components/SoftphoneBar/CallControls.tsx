import { memo, useContext } from 'react';
import { HotkeysContext } from '../../context';
import { useActiveCall } from '../../hooks/useActiveCall';
import { useMessages } from '../../hooks/useMessages';
import { kindKey, partyNumber } from '../../utils/callInfo';
import { ariaShortcut } from '../../utils/hotkeys';
import { ConnectedCallTimer } from '../CallTimer/ConnectedTimers';
import { CommandButton } from '../CommandButton/CommandButton';

function CallControls({ supervisor }: { supervisor: boolean }) {
  const { t } = useMessages();
  const call = useActiveCall();
  const hotkeys = useContext(HotkeysContext);
  if (!call) return null;
  const party = partyNumber(call);
  const held = call.phase === 'held';
  const monitoring = call.phase === 'monitoring' || call.phase === 'barging';
  return (
    <div role="group" aria-label={t('call.label')} className="wincall-section wincall-call" data-state={call.phase}>
      <div className="wincall-row">
        <span className="wincall-phase" data-state={call.phase}>
          {t(`phase.${call.phase}`)}
        </span>
        <span className="wincall-kind">{t(kindKey(call.kind))}</span>
        {party ? (
          <span className="wincall-party">
            <span className="wincall-label">{t('call.party')}</span> <span className="wincall-number">{party}</span>
          </span>
        ) : null}
        <ConnectedCallTimer />
      </div>
      <div className="wincall-row">
        <CommandButton command="hangup" variant="danger" shortcut={ariaShortcut(hotkeys.hangup)}>
          {t('action.hangup')}
        </CommandButton>
        {held ? (
          <CommandButton command="restore" shortcut={ariaShortcut(hotkeys.hold)}>
            {t('action.restore')}
          </CommandButton>
        ) : (
          <CommandButton command="hold" shortcut={ariaShortcut(hotkeys.hold)}>
            {t('action.hold')}
          </CommandButton>
        )}
        {supervisor && monitoring ? (
          <>
            <CommandButton command="intercept">{t('action.intercept')}</CommandButton>
            <CommandButton command="breakin">{t('action.breakin')}</CommandButton>
          </>
        ) : null}
      </div>
    </div>
  );
}

/** The current call: phase, party, timer, hang up, hold / resume, and a supervisor's intercept / barge. */
const MemoCallControls = memo(CallControls);
export { MemoCallControls as CallControls };
