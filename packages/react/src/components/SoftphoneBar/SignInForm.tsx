import { memo, useId, useState, type FormEvent } from 'react';
import { useCommand } from '../../hooks/useCommand';
import { useMessages } from '../../hooks/useMessages';
import { TextField } from './TextField';

export interface SignInFormProps {
  defaultAgentNum?: string;
  defaultExtension?: string;
  /** Offer the always-on option. */
  showAlwaysOn?: boolean;
  /** The agent number being signed in (not secret; used to leave the agent out of agent lists). */
  onSubmitAgent?: (agentNum: string) => void;
}

function SignInForm({ defaultAgentNum = '', defaultExtension = '', showAlwaysOn = true, onSubmitAgent }: SignInFormProps) {
  const { t } = useMessages();
  const legendId = useId();
  const [agentNum, setAgentNum] = useState(defaultAgentNum);
  const [password, setPassword] = useState('');
  const [extension, setExtension] = useState(defaultExtension);
  const [initialStatus, setInitialStatus] = useState<'idle' | 'busy'>('idle');
  const [alwaysOn, setAlwaysOn] = useState(false);
  const login = useCommand('login', { onSuccess: () => setPassword('') });
  const radioName = useId();
  const alwaysOnHint = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (login.pending) return;
    onSubmitAgent?.(agentNum.trim());
    void login.run({ agentNum, password, extension, initialStatus, ...(showAlwaysOn && alwaysOn ? { alwaysOn: true } : {}) });
  };

  return (
    <form className="wincall-signin" aria-labelledby={legendId} onSubmit={submit} noValidate>
      <fieldset className="wincall-fieldset" disabled={login.pending}>
        <legend id={legendId}>{t('signIn.legend')}</legend>
        <TextField
          label={t('signIn.agentNum')}
          name="agentNum"
          autoComplete="username"
          inputMode="numeric"
          aria-required="true"
          value={agentNum}
          onValueChange={setAgentNum}
        />
        <TextField
          label={t('signIn.password')}
          name="password"
          type="password"
          autoComplete="current-password"
          aria-required="true"
          value={password}
          onValueChange={setPassword}
        />
        <TextField
          label={t('signIn.extension')}
          name="extension"
          autoComplete="off"
          inputMode="numeric"
          aria-required="true"
          value={extension}
          onValueChange={setExtension}
        />
        <fieldset className="wincall-fieldset wincall-radios">
          <legend className="wincall-label">{t('signIn.initialStatus')}</legend>
          {(['idle', 'busy'] as const).map((status) => (
            <label key={status} className="wincall-choice">
              <input
                type="radio"
                name={radioName}
                value={status}
                checked={initialStatus === status}
                onChange={() => setInitialStatus(status)}
              />
              {t(`status.${status}`)}
            </label>
          ))}
        </fieldset>
        {showAlwaysOn ? (
          <div className="wincall-choice-block">
            <label className="wincall-choice">
              <input type="checkbox" checked={alwaysOn} aria-describedby={alwaysOnHint} onChange={(event) => setAlwaysOn(event.target.checked)} />
              {t('signIn.alwaysOn')}
            </label>
            <p id={alwaysOnHint} className="wincall-hint wincall-field-hint">
              {t('signIn.alwaysOnHint')}
            </p>
          </div>
        ) : null}
        <button type="submit" className="wincall-button wincall-button-primary" aria-busy={login.pending || undefined}>
          {t('signIn.submit')}
          {login.pending ? <span className="wincall-pending"> {t('action.pending')}</span> : null}
        </button>
      </fieldset>
    </form>
  );
}

/** Agent number, password, extension, initial status. The password lives only in this form's state. */
const MemoSignInForm = memo(SignInForm);
export { MemoSignInForm as SignInForm };
