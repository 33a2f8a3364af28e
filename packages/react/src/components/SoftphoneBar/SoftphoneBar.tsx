import { useCallback, useState, type CSSProperties, type ErrorInfo } from 'react';
import { WinCallError, type WinCallState } from '@wincall/core';
import { CommandErrorContext } from '../../context';
import { useMessages } from '../../hooks/useMessages';
import { useWinCallSelector } from '../../hooks/useWinCallSelector';
import { cx } from '../../utils/format';
import { ConnectedDialpad } from '../Dialpad/ConnectedDialpad';
import { WinCallErrorBoundary } from '../ErrorBoundary/WinCallErrorBoundary';
import { ConnectedIncomingCallBanner } from '../IncomingCallBanner/ConnectedIncomingCallBanner';
import { AgentControls } from './AgentControls';
import { AutoDialControls } from './AutoDialControls';
import { CallControls } from './CallControls';
import { ConnectionBanner } from './ConnectionBanner';
import { ConsultControls } from './ConsultControls';
import { DialAgentControls } from './DialAgentControls';
import { DialControls } from './DialControls';
import { ErrorNotice } from './ErrorNotice';
import { IncomingCallAnnouncer } from './IncomingCallAnnouncer';
import { SignInForm } from './SignInForm';
import { SupervisorControls } from './SupervisorControls';
import { TransferControls } from './TransferControls';

export type SoftphoneFeature = 'alwaysOn' | 'dialOut' | 'dialAgent' | 'consult' | 'transfer' | 'dtmf' | 'supervisor' | 'autoDial';

export interface SoftphoneBarProps {
  className?: string;
  style?: CSSProperties;
  /** Force a colour scheme; by default the bar follows `prefers-color-scheme`. */
  theme?: 'light' | 'dark';
  /** Turn parts of the bar off; everything is on by default. */
  features?: Partial<Record<SoftphoneFeature, boolean>>;
  defaultAgentNum?: string;
  defaultExtension?: string;
  /** Called when the bar itself crashed (it then shows a retry panel instead of breaking the page). */
  onCrash?: (error: unknown, info: ErrorInfo) => void;
}

/**
 * `data-state` of the bar: the call phase during a call, the agent status otherwise. The bar thus
 * re-renders on every status and phase change; its sections are memoized and take only primitive
 * or stable props, so each of them renders only when the state it shows changes. (Components are
 * declared as `function X` and exported as `memo(X)`: esbuild renames a named function expression
 * written inside `memo()` to `X2`, and devtools and the render tests know components by name.)
 */
const selectBarState = (state: WinCallState) => state.call?.phase ?? state.agent.status;
const selectHasCall = (state: WinCallState) => state.call !== null;

function SoftphoneBarContent({ className, style, theme, features = {}, defaultAgentNum, defaultExtension }: SoftphoneBarProps) {
  const { t } = useMessages();
  const barState = useWinCallSelector(selectBarState);
  const hasCall = useWinCallSelector(selectHasCall);
  const [selfAgentNum, setSelfAgentNum] = useState<string | undefined>(defaultAgentNum);
  const [localError, setLocalError] = useState<Error | null>(null);
  const on = (feature: SoftphoneFeature) => features[feature] !== false;
  // WinCallErrors reach the notice through the store's lastError; anything else is kept here.
  const reportError = useCallback((error: Error) => setLocalError(error instanceof WinCallError ? null : error), []);
  const signedIn = barState !== 'signedOut' && barState !== 'signingIn';

  return (
    <CommandErrorContext.Provider value={reportError}>
      <div
        role="region"
        aria-label={t('bar.label')}
        className={cx('wincall-bar', className)}
        style={style}
        data-state={barState}
        data-theme={theme}
      >
        <ConnectionBanner />
        <IncomingCallAnnouncer />
        {signedIn ? (
          <>
            <AgentControls />
            <ConnectedIncomingCallBanner />
            {hasCall ? (
              <>
                <CallControls supervisor={on('supervisor')} />
                {on('consult') ? <ConsultControls selfAgentNum={selfAgentNum} /> : null}
                {on('transfer') ? <TransferControls /> : null}
                {on('dtmf') ? <ConnectedDialpad className="wincall-section" /> : null}
              </>
            ) : (
              <>
                {on('dialOut') ? <DialControls /> : null}
                {on('dialAgent') ? <DialAgentControls selfAgentNum={selfAgentNum} /> : null}
                {on('supervisor') ? <SupervisorControls /> : null}
                {on('autoDial') ? <AutoDialControls /> : null}
              </>
            )}
          </>
        ) : (
          <SignInForm
            showAlwaysOn={on('alwaysOn')}
            onSubmitAgent={setSelfAgentNum}
            {...(defaultAgentNum ? { defaultAgentNum } : {})}
            {...(defaultExtension ? { defaultExtension } : {})}
          />
        )}
        <ErrorNotice localError={localError} />
      </div>
    </CommandErrorContext.Provider>
  );
}

/**
 * The whole softphone toolbar: sign-in, status, busy reasons, dialling, the call and its transfers,
 * keypad, supervisor and auto-dial controls. Needs a `WinCallProvider` above it.
 */
export function SoftphoneBar(props: SoftphoneBarProps) {
  return (
    <WinCallErrorBoundary {...(props.onCrash ? { onError: props.onCrash } : {})}>
      <SoftphoneBarContent {...props} />
    </WinCallErrorBoundary>
  );
}
