import { useId, type CSSProperties, type ReactNode } from 'react';
import { WRAP_UP_NOTE_MAX, type WrapUpCode } from '@wincall/core';
import { useMessages } from '../../hooks/useMessages';
import { cx } from '../../utils/format';
import { ActionButton } from '../ActionButton/ActionButton';
import { OptionPicker } from '../Picker/OptionPicker';
import { ICON, NotebookPen } from '../SoftphoneBar/icons';

export interface WrapUpFormProps {
  /** The codes to choose from; without any, only the note is offered. */
  codes: readonly WrapUpCode[];
  codesLoading?: boolean;
  /** The codes could not be loaded: shown under the picker. */
  codesError?: string | null;
  /** A code must be chosen before Ready: said in words, and the picker is marked required. */
  required?: boolean;
  code: string | null;
  onCodeChange: (code: string | null) => void;
  note: string;
  onNoteChange: (note: string) => void;
  /** The note field lost focus (a good moment to keep what was typed). */
  onNoteBlur?: () => void;
  onSave: () => void;
  saving?: boolean;
  /** What happened last ("Saved: resolved", or why saving failed). */
  status?: ReactNode;
  /** `status` is a failure: announced at once. */
  failed?: boolean;
  className?: string;
  style?: CSSProperties;
}

/**
 * Wrap-up: a disposition code and a note for the call, as the agent fills them in during the call
 * or in after-call work. The note is plain text, capped at `WRAP_UP_NOTE_MAX` characters.
 * Store-free.
 */
export function WrapUpForm({
  codes,
  codesLoading,
  codesError,
  required,
  code,
  onCodeChange,
  note,
  onNoteChange,
  onNoteBlur,
  onSave,
  saving,
  status,
  failed,
  className,
  style,
}: WrapUpFormProps) {
  const { t } = useMessages();
  const noteId = useId();
  const counterId = useId();
  const hintId = useId();
  const options = codes.map((c) => ({ value: c.id, label: c.label }));
  const showPicker = codes.length > 0 || codesLoading === true || Boolean(codesError);
  return (
    <div className={cx('wincall-wrapup', className)} style={style} data-state={required && code === null ? 'code-missing' : 'ready'}>
      {required ? (
        <p id={hintId} className="wincall-hint">
          {t('wrapUp.requiredHint')}
        </p>
      ) : null}
      {showPicker ? (
        <OptionPicker
          kind="wrapup-code"
          defaultLabel={t('wrapUp.code')}
          options={options}
          value={code}
          onValueChange={onCodeChange}
          loading={codesLoading === true}
          error={codesError ?? null}
          required={required === true}
          {...(required ? { 'aria-describedby': hintId } : {})}
        />
      ) : null}
      <div className="wincall-field">
        <label htmlFor={noteId} className="wincall-label">
          {t('wrapUp.note')}
        </label>
        <textarea
          id={noteId}
          className="wincall-input wincall-wrapup-note"
          value={note}
          maxLength={WRAP_UP_NOTE_MAX}
          aria-describedby={counterId}
          onChange={(event) => onNoteChange(event.target.value.slice(0, WRAP_UP_NOTE_MAX))}
          onBlur={onNoteBlur}
        />
        <span id={counterId} className="wincall-hint">
          {t('wrapUp.noteLeft', { count: WRAP_UP_NOTE_MAX - note.length })}
        </span>
      </div>
      <div className="wincall-wrapup-actions">
        <ActionButton
          variant="primary"
          label={t('wrapUp.save')}
          icon={<NotebookPen {...ICON} />}
          pending={saving === true}
          pendingLabel={t('action.pending')}
          onClick={onSave}
        />
        <span className="wincall-hint" role={failed ? 'alert' : 'status'}>
          {status}
        </span>
      </div>
    </div>
  );
}
