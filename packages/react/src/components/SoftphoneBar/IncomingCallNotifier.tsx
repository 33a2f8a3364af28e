import { memo, useEffect, useRef, useState, type RefObject } from 'react';
import type { CallState } from '@wincall/core';
import { useMessages } from '../../hooks/useMessages';
import { useTabRole } from '../../hooks/useTabRole';
import { useWinCallEvent } from '../../hooks/useWinCallEvent';
import { useIncomingCall } from '../../hooks/useIncomingCall';
import { partyNumber } from '../../utils/callInfo';
import { ActionButton } from '../ActionButton/ActionButton';
import { ICON, PhoneIncoming } from './icons';

const notificationsSupported = () => typeof Notification !== 'undefined';
/** Gestures that let a page start audio (the browser's user-activation events). */
const GESTURES = ['pointerdown', 'keydown'] as const;

/** A call that rang before the notifier was loaded, kept for it by the bar. */
export interface EarlyIncomingCall {
  call: CallState | null;
  loaded: boolean;
}

export interface IncomingCallNotifierProps {
  notify: boolean;
  sound?: string;
  early?: RefObject<EarlyIncomingCall>;
}

function IncomingCallNotifier({ notify, sound, early }: IncomingCallNotifierProps) {
  const { t } = useMessages();
  const role = useTabRole();
  const incoming = useIncomingCall();
  const ringing = incoming !== null;
  const [permission, setPermission] = useState(() => (notificationsSupported() ? Notification.permission : 'denied'));
  const shown = useRef<Notification | null>(null);
  const speaks = role !== 'follower';

  // Desktop notification: only while the page is hidden, only from the tab holding the connection.
  const notifyOf = (call: CallState) => {
    if (!notify || !speaks || !notificationsSupported() || Notification.permission !== 'granted') return;
    if (typeof document === 'undefined' || !document.hidden || call.kind === 'outbound') return;
    const caller = partyNumber(call);
    const notification = new Notification(t('incoming.title'), {
      body: caller ? t('announce.incoming', { caller }) : t('announce.incomingUnknown'),
      tag: 'wincall-incoming',
    });
    // A click brings the agent back to the page holding the call.
    notification.onclick = () => {
      window.focus();
      notification.close();
    };
    shown.current = notification;
  };
  useWinCallEvent('incomingCall', (event) => notifyOf(event.call));
  // This part is loaded on demand: a call that started ringing while it was on its way was kept
  // for it by the bar (`early`); one that was ringing before the bar mounted was not.
  const atMount = useRef({ early, incoming, notifyOf });
  useEffect(() => {
    const { early: ref, incoming: call, notifyOf: notifyNow } = atMount.current;
    const box = ref?.current;
    if (!box) return;
    if (box.call && call) notifyNow(call);
    box.call = null;
    box.loaded = true;
    return () => {
      box.loaded = false;
    };
  }, []);

  // Answered, declined or gone: the notification has nothing left to say.
  useEffect(() => {
    if (ringing) return;
    shown.current?.close();
    shown.current = null;
  }, [ringing]);

  // Ring sound. A browser refuses to start audio before the agent has interacted with the page
  // (autoplay rules): play() then rejects, and the ring starts at the agent's next click or key
  // press while the call still rings. Never an error on screen: the call is announced visually anyway.
  useEffect(() => {
    if (!sound || !ringing || !speaks || typeof Audio === 'undefined') return;
    const audio = new Audio(sound);
    audio.loop = true;
    let stopped = false;
    const retry = () => {
      removeRetry();
      if (!stopped) void play();
    };
    const removeRetry = () => {
      for (const type of GESTURES) document.removeEventListener(type, retry, true);
    };
    const play = async () => {
      try {
        await audio.play();
      } catch {
        if (stopped) return;
        for (const type of GESTURES) document.addEventListener(type, retry, true);
      }
    };
    void play();
    return () => {
      stopped = true;
      removeRetry();
      audio.pause();
    };
  }, [sound, ringing, speaks]);

  if (!notify || !speaks || permission !== 'default') return null;
  return (
    <ActionButton
      className="wincall-notify"
      label={t('notify.enable')}
      icon={<PhoneIncoming {...ICON} />}
      iconOnly
      // Browsers grant permission only from a user gesture: this click, never on mount.
      onClick={() => void Notification.requestPermission().then(setPermission)}
    />
  );
}

/** Optional desktop notification and ring sound for incoming calls. */
const MemoIncomingCallNotifier = memo(IncomingCallNotifier);
export { MemoIncomingCallNotifier as IncomingCallNotifier };
