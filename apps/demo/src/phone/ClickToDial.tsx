import { useId } from 'react';
import { WinCallError } from '@wincall/core';
import { useAgent, useCommand, useMessages, useUnavailableReason } from '@wincall/react';
import { useT } from '../i18n';
import { callersOf } from '../wincall/sessionHint';

/**
 * A phone number with a "call" button: dials out through the softphone with the agent's default
 * caller number (the first the server allows). Disabled, saying why, when the agent cannot dial now.
 */
export function ClickToDial({ number }: { number: string }) {
  const { t, locale } = useT();
  const softphone = useMessages();
  const agent = useAgent();
  const reason = useUnavailableReason('dialouter');
  const dial = useCommand('dialOuter');
  const reasonId = useId();
  const caller = callersOf(agent.agentNum, agent.callers)[0];
  const blocked = reason ? softphone.t(`reason.${reason}`) : caller === undefined ? t('dial.noCaller') : null;
  const failure = dial.error ? (dial.error instanceof WinCallError ? dial.error.text(locale) : dial.error.message) : null;

  return (
    <span className="click-to-dial">
      <span className="phone-number">{number}</span>
      <button
        type="button"
        className="button button-small"
        aria-label={t('dial.button', { number })}
        disabled={blocked !== null || dial.pending}
        aria-busy={dial.pending || undefined}
        title={blocked ?? undefined}
        aria-describedby={blocked ? reasonId : undefined}
        onClick={() => {
          if (caller !== undefined) void dial.run(number, { caller });
        }}
      >
        {t('dial.short')}
      </button>
      {blocked ? (
        <span id={reasonId} hidden>
          {blocked}
        </span>
      ) : null}
      {failure ? <span className="inline-error">{t('dial.failed', { message: failure })}</span> : null}
    </span>
  );
}
