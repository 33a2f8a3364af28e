import { memo, useState } from 'react';
import { useLastError } from '../../hooks/useLastError';
import { useMessages } from '../../hooks/useMessages';
import { errorText } from '../../utils/errors';

function ErrorNotice({ localError }: { localError: Error | null }) {
  const translator = useMessages();
  const lastError = useLastError();
  const [dismissed, setDismissed] = useState<Error | null>(null);
  const error = localError ?? lastError;
  const shown = error && error !== dismissed ? error : null;
  return (
    <div role="alert" className="wincall-error-region">
      {shown ? (
        <p className="wincall-error" data-code={'code' in shown ? String(shown.code) : undefined}>
          <span>{errorText(shown, translator)}</span>{' '}
          <button type="button" className="wincall-link" onClick={() => setDismissed(shown)}>
            {translator.t('error.dismiss')}
          </button>
        </p>
      ) : null}
    </div>
  );
}

/** The latest failure, as text in the UI's language, in an alert region; dismissible. */
const MemoErrorNotice = memo(ErrorNotice);
export { MemoErrorNotice as ErrorNotice };
