import type { CSSProperties, ReactNode } from 'react';
import type { CallKind, CallPhase } from '@wincall/core';
import { useMessages } from '../../hooks/useMessages';
import { kindKey } from '../../utils/callInfo';
import { cx } from '../../utils/format';
import { Ear, Headphones, ICON, Pause, PhoneOutgoing, Users } from '../SoftphoneBar/icons';

/** One party of a consult: the customer waiting, or the colleague or number being consulted. */
export interface CallPartyRow {
  role: 'customer' | 'consulted';
  /** A number, or a colleague's number and name, as text. */
  label: string;
  state: 'onHold' | 'ringing' | 'talking';
  /** Since when it is in that state (a `CallTimer`). */
  timer?: ReactNode;
}

export interface CallCardProps {
  phase: CallPhase;
  kind: CallKind;
  /** The other party's number, as text. */
  party?: string;
  queueName?: string;
  /** Who is consulted, or who is being monitored: a name and a number. */
  otherParty?: string;
  /** Talk time (a `CallTimer`). */
  timer?: ReactNode;
  /** Time on hold (a `CallTimer`), shown while held. */
  holdTimer?: ReactNode;
  /** Leave the phase's words out when they are shown beside the card (the bar's status selector says them). */
  hidePhase?: boolean;
  /** During a consult: one row per party with its own state and timer (instead of `party` ↔ `otherParty`). */
  parties?: readonly CallPartyRow[];
  /** More about the call at its end (the browser phone's call quality). */
  extra?: ReactNode;
  className?: string;
  style?: CSSProperties;
}

const PHASE_ICON: Record<CallPhase, typeof Headphones> = {
  ringing: Headphones,
  dialing: PhoneOutgoing,
  connected: Headphones,
  held: Pause,
  consulting: Users,
  consultConnected: Users,
  threeWay: Users,
  monitoring: Ear,
  barging: Ear,
};

/**
 * The current call at a glance: phase (with its own look), the other party, the queue and the
 * kind of call once, talk time, hold time, and in a consult or a monitored call both parties.
 * Store-free.
 */
export function CallCard({ phase, kind, party, queueName, otherParty, timer, holdTimer, hidePhase = false, parties, extra, className, style }: CallCardProps) {
  const { t } = useMessages();
  const Icon = PHASE_ICON[phase];
  const consult = phase === 'consulting' || phase === 'consultConnected' || phase === 'threeWay';
  const monitor = phase === 'monitoring' || phase === 'barging';
  return (
    <div role="group" aria-label={t('call.label')} className={cx('wincall-call-card', className)} style={style} data-state={phase}>
      <Icon {...ICON} className="wincall-call-icon" />
      {hidePhase ? null : (
        <span className="wincall-phase" data-state={phase}>
          {t(`phase.${phase}`)}
        </span>
      )}
      {parties && parties.length > 0 ? (
        <ul className="wincall-parties" aria-label={t('call.parties')}>
          {parties.map((row) => (
            <li key={row.role} className="wincall-party-row" data-role={row.role} data-state={row.state}>
              {row.state === 'onHold' ? <Pause {...ICON} size={14} className="wincall-party-icon" /> : <Users {...ICON} size={14} className="wincall-party-icon" />}
              <span className="wincall-number">{row.label}</span>
              <span className="wincall-party-state">{t(`party.${row.state}`)}</span>
              {row.timer}
            </li>
          ))}
        </ul>
      ) : monitor ? (
        <span className="wincall-party">
          {t('call.listeningTo')} <span className="wincall-number">{otherParty ?? party ?? ''}</span>
          {party && otherParty ? (
            <>
              {' ↔ '}
              <span className="wincall-number">{party}</span>
            </>
          ) : null}
        </span>
      ) : (
        <span className="wincall-party">
          {party ? <span className="wincall-number">{party}</span> : null}
          {consult && otherParty ? (
            <span className="wincall-consult-party">
              {' ↔ '}
              {otherParty}
            </span>
          ) : null}
        </span>
      )}
      {/* The party rows say who is where; the queue and the kind were said when the call came in. */}
      {parties && parties.length > 0 ? null : (
        <span className="wincall-call-meta">
          {queueName ? <span className="wincall-queue">{queueName}</span> : null}
          {/* "Listening to …" already says what a monitored call is. */}
          {monitor ? null : <span className="wincall-kind">{t(kindKey(kind))}</span>}
        </span>
      )}
      {/* In a consult each party row counts its own time. */}
      {parties && parties.length > 0 ? null : timer}
      {phase === 'held' && holdTimer ? (
        <span className="wincall-hold-time">
          <span className="wincall-status-time-label">{t('call.onHoldFor')}</span>
          {holdTimer}
        </span>
      ) : null}
      {extra}
    </div>
  );
}
