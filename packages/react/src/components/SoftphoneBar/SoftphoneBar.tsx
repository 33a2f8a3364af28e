import { Suspense, useCallback, useRef, useState, type CSSProperties, type ErrorInfo } from 'react';
import { WinCallError, type WinCallState } from '@wincall/core';
import { CommandErrorContext } from '../../context';
import { useContainerLayout, type BarLayout } from '../../hooks/useContainerLayout';
import { useTightRow } from '../../hooks/useTightRow';
import { useMessages } from '../../hooks/useMessages';
import { useWinCallEvent } from '../../hooks/useWinCallEvent';
import { useWinCallSelector } from '../../hooks/useWinCallSelector';
import { cx } from '../../utils/format';
import { ConnectedCallCard } from '../CallCard/ConnectedCallCard';
import { WinCallErrorBoundary } from '../ErrorBoundary/WinCallErrorBoundary';
import { ConnectedIncomingCallBanner } from '../IncomingCallBanner/ConnectedIncomingCallBanner';
import { IncomingCallNotifier, PhoneStatusBadge } from '../lazyParts';
import { useWinCall } from '../../hooks/useWinCall';
import { ConnectedStatusSelector } from '../StatusSelector/ConnectedStatusSelector';
import { ActionBar } from './ActionBar';
import { AgentIdentity, AgentMenu, ConnectionIndicator } from './AgentMenu';
import type { Features } from './barActions';
import { ConnectedNotices } from '../Notices/ConnectedNotices';
import { IncomingCallAnnouncer } from './IncomingCallAnnouncer';
import type { EarlyIncomingCall } from './IncomingCallNotifier';
import { SignInForm } from './SignInForm';

export type { SoftphoneFeature } from './barActions';

export interface SoftphoneBarProps {
  className?: string;
  style?: CSSProperties;
  /** Force a colour scheme; by default the bar follows `prefers-color-scheme`. */
  theme?: 'light' | 'dark';
  /**
   * Force a layout. By default it follows the width of the bar's own container: a one-row `bar`
   * from 720 px, a docked `panel` from 360 px, `compact` (large touch targets) below.
   */
  layout?: BarLayout;
  /** Turn parts of the bar off; everything is on by default. */
  features?: Features;
  defaultAgentNum?: string;
  defaultExtension?: string;
  /**
   * Show a desktop notification for an incoming call while the page is hidden (off by default).
   * Permission is asked only when the agent clicks the bell; only the tab holding the connection notifies.
   */
  notifications?: boolean;
  /** A ring sound (URL) played while a call rings, when the browser allows audio. */
  ringSound?: string;
  /** Called when the bar itself crashed (it then shows a retry panel instead of breaking the page). */
  onCrash?: (error: unknown, info: ErrorInfo) => void;
}

/**
 * `data-state` of the bar: the call phase during a call, the agent status otherwise. The bar thus
 * re-renders on every status and phase change; its parts are memoized and take only primitive
 * or stable props, so each renders only when the state it shows changes. (Components are
 * declared as `function X` and exported as `memo(X)`: esbuild renames a named function expression
 * written inside `memo()` to `X2`, and devtools and the render tests know components by name.)
 */
const selectBarState = (state: WinCallState) => state.call?.phase ?? state.agent.status;
const selectConnection = (state: WinCallState) => state.connection;
const NO_FEATURES: Features = {};

function SoftphoneBarContent({ className, style, theme, layout, features = NO_FEATURES, defaultAgentNum, defaultExtension, notifications, ringSound }: SoftphoneBarProps) {
  const { t } = useMessages();
  const barState = useWinCallSelector(selectBarState);
  const connection = useWinCallSelector(selectConnection);
  // Softphone mode: the browser phone's parts come with it (a desk-phone page never loads them).
  const hasPhone = Boolean(useWinCall().phone);
  const rootRef = useRef<HTMLDivElement>(null);
  const shape = useContainerLayout(rootRef, layout);
  const tight = useTightRow(rootRef, shape === 'bar', `${barState}:${connection}`);
  const [localError, setLocalError] = useState<Error | null>(null);
  const [otherParty, setOtherParty] = useState<string | undefined>(undefined);
  // WinCallErrors reach the notice through the store's lastError; anything else is kept here.
  const reportError = useCallback((error: Error) => setLocalError(error instanceof WinCallError ? null : error), []);
  const signedIn = barState !== 'signedOut' && barState !== 'signingIn';
  useWinCallEvent('callEnded', () => setOtherParty(undefined));
  // The notifier is loaded on demand: a call that rings before it has arrived is kept for it.
  const early = useRef<EarlyIncomingCall>({ call: null, loaded: false });
  useWinCallEvent('incomingCall', (event) => {
    if (!early.current.loaded) early.current.call = event.call;
  });

  return (
    <CommandErrorContext.Provider value={reportError}>
      <div
        ref={rootRef}
        role="region"
        aria-label={t('bar.label')}
        className={cx('wincall-bar', 'wincall-root', className)}
        style={style}
        data-state={barState}
        data-layout={shape}
        data-density={tight ? 'tight' : undefined}
        data-connection={connection}
        data-theme={theme}
      >
        <IncomingCallAnnouncer />
        {notifications || ringSound ? <IncomingCallNotifier notify={notifications === true} early={early} {...(ringSound ? { sound: ringSound } : {})} /> : null}
        <div className="wincall-main">
          <ConnectedStatusSelector {...(hasPhone && signedIn ? { phone: <PhoneStatusBadge /> } : {})} />
          {signedIn ? (
            <>
              <ConnectedIncomingCallBanner className="wincall-call-card" />
              {barState !== 'ringing' ? <ConnectedCallCard hidePhase {...(otherParty ? { otherParty } : {})} /> : null}
              <ActionBar features={features} onParty={setOtherParty} />
              <span className="wincall-spacer" />
              <ConnectionIndicator />
              <AgentIdentity />
              <AgentMenu />
            </>
          ) : (
            <SignInForm
              showAlwaysOn={features.alwaysOn !== false}
              {...(defaultAgentNum ? { defaultAgentNum } : {})}
              {...(defaultExtension ? { defaultExtension } : {})}
            />
          )}
        </div>
        <ConnectedNotices localError={localError} />
      </div>
    </CommandErrorContext.Provider>
  );
}

/**
 * The whole softphone: sign-in, a status selector with busy reasons, the call card and the
 * actions the current state allows, a transfer / dial directory, the keypad on demand, supervisor
 * and auto-dial actions, sign-out. One row in a wide container, a panel in a narrow one. Needs a
 * `WinCallProvider` above it.
 */
export function SoftphoneBar(props: SoftphoneBarProps) {
  return (
    <WinCallErrorBoundary {...(props.onCrash ? { onError: props.onCrash } : {})}>
      {/* Until the locale's catalog has loaded (a few ms, once per page) the bar keeps its place empty. */}
      <Suspense fallback={<div className={cx('wincall-bar', 'wincall-root', props.className)} style={props.style} data-state="loading" aria-busy="true" />}>
        <SoftphoneBarContent {...props} />
      </Suspense>
    </WinCallErrorBoundary>
  );
}
