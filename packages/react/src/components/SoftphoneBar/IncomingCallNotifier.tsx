import { memo, useEffect, useState } from 'react';
import { useMessages } from '../../hooks/useMessages';
import { useTabRole } from '../../hooks/useTabRole';
import { useWinCallEvent } from '../../hooks/useWinCallEvent';
import { useIncomingCall } from '../../hooks/useIncomingCall';
import { partyNumber } from '../../utils/callInfo';
import { ActionButton } from '../ActionButton/ActionButton';
import { ICON, PhoneIncoming } from './icons';

const notificationsSupported = () => typeof Notification !== 'undefined';

function IncomingCallNotifier({ notify, sound }: { notify: boolean; sound?: string }) {
  const { t } = useMessages();
  const role = useTabRole();
  const ringing = useIncomingCall() !== null;
  const [permission, setPermission] = useState(() => (notificationsSupported() ? Notification.permission : 'denied'));
  const speaks = role !== 'follower';

  // Desktop notification: only while the page is hidden, only from the tab holding the connection.
  useWinCallEvent('incomingCall', (event) => {
    if (!notify || !speaks || !notificationsSupported() || Notification.permission !== 'granted') return;
    if (typeof document === 'undefined' || !document.hidden || event.call.kind === 'outbound') return;
    const caller = partyNumber(event.call);
    new Notification(t('incoming.title'), { body: caller ? t('announce.incoming', { caller }) : t('announce.incomingUnknown'), tag: 'wincall-incoming' });
  });

  // Ring sound: the browser may refuse to play before the agent interacted with the page; then it stays silent.
  useEffect(() => {
    if (!sound || !ringing || !speaks || typeof Audio === 'undefined') return;
    const audio = new Audio(sound);
    audio.loop = true;
    audio.play().catch(() => undefined);
    return () => audio.pause();
  }, [sound, ringing, speaks]);

  if (!notify || !speaks || permission !== 'default') return null;
  return (
    <ActionButton
      className="wincall-notify"
      label={t('notify.enable')}
      icon={<PhoneIncoming {...ICON} />}
      iconOnly
      // Browsers grant permission only from a user gesture: this click.
      onClick={() => void Notification.requestPermission().then(setPermission)}
    />
  );
}

/** Optional desktop notification and ring sound for incoming calls. */
const MemoIncomingCallNotifier = memo(IncomingCallNotifier);
export { MemoIncomingCallNotifier as IncomingCallNotifier };
