import { memo, useEffect, useRef, useState, type CSSProperties } from 'react';
import type { WrapUpChoice } from '@wincall/core';
import { useMessages } from '../../hooks/useMessages';
import { useWinCall } from '../../hooks/useWinCall';
import { useWrapUp } from '../../hooks/useWrapUp';
import { useWrapUpCodes } from '../../hooks/useWrapUpCodes';
import { errorText, toError } from '../../utils/errors';
import { WrapUpForm } from './WrapUpForm';

export interface ConnectedWrapUpProps {
  /** The agent saved and is done (e.g. close the sheet). */
  onDone?: () => void;
  className?: string;
  style?: CSSProperties;
}

/**
 * The wrap-up of the current call (or the last one, in after-call work) from the client's state:
 * a chosen code is kept at once, the note when the field is left, saved, or the sheet closes. What
 * is kept is in the state, so another tab or a remounted bar shows it too; only what is being typed
 * lives here.
 */
function ConnectedWrapUp({ onDone, className, style }: ConnectedWrapUpProps) {
  const translator = useMessages();
  const { t } = translator;
  const client = useWinCall();
  const { wrapUp, required } = useWrapUp();
  const codes = useWrapUpCodes();
  const [codeDraft, setCodeDraft] = useState<{ value: string | null } | null>(null);
  const [noteDraft, setNoteDraft] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [result, setResult] = useState<{ failed: boolean; text: string } | null>(null);
  // A sheet closed with Escape or a click outside takes the typed note with it otherwise (a removed
  // field gets no blur): what is still unsaved is kept as the form goes.
  const unsaved = useRef<WrapUpChoice | null>(null);
  const typed = wrapUp && noteDraft !== null && noteDraft !== wrapUp.note ? { code: codeDraft ? codeDraft.value : wrapUp.code, note: noteDraft } : null;
  useEffect(() => {
    unsaved.current = typed;
  });
  useEffect(
    () => () => {
      if (unsaved.current) void client.setWrapUp(unsaved.current).catch(() => undefined);
    },
    [client],
  );
  if (!wrapUp) return null;
  const code = codeDraft ? codeDraft.value : wrapUp.code;
  const note = noteDraft ?? wrapUp.note;

  const save = async (choice: WrapUpChoice, done: boolean) => {
    // Only the agent's own Save shows as pending: a save on leaving the note must not disable the
    // button the agent is clicking.
    if (done) setSaving(true);
    try {
      await client.setWrapUp(choice);
      // Drafts typed on meanwhile stay drafts.
      setCodeDraft((draft) => (draft && draft.value === choice.code ? null : draft));
      setNoteDraft((draft) => (draft === choice.note ? null : draft));
      const label = choice.code === null ? null : (codes.data?.find((c) => c.id === choice.code)?.label ?? choice.code);
      setResult({ failed: false, text: label === null ? t('wrapUp.savedNote') : t('wrapUp.saved', { label }) });
      if (done) onDone?.();
    } catch (error) {
      setResult({ failed: true, text: errorText(toError(error), translator) });
    } finally {
      if (done) setSaving(false);
    }
  };

  return (
    <WrapUpForm
      {...(className ? { className } : {})}
      {...(style ? { style } : {})}
      codes={codes.data ?? []}
      codesLoading={codes.isPending}
      codesError={codes.isError ? t('wrapUp.codesError') : null}
      required={required}
      code={code}
      onCodeChange={(next) => {
        setCodeDraft({ value: next });
        void save({ code: next, note }, false);
      }}
      note={note}
      onNoteChange={setNoteDraft}
      onNoteBlur={() => {
        if (noteDraft !== null && noteDraft !== wrapUp.note) void save({ code, note: noteDraft }, false);
      }}
      onSave={() => void save({ code, note }, true)}
      saving={saving}
      status={result?.text ?? null}
      failed={result?.failed === true}
    />
  );
}

/** The wrap-up form fed by the client: codes from the `wrapUp` option, choices into the state. */
const MemoConnectedWrapUp = memo(ConnectedWrapUp);
export { MemoConnectedWrapUp as ConnectedWrapUp };
