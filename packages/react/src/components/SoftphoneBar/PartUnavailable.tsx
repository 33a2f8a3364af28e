import { useMessages } from '../../hooks/useMessages';

/** In place of a part loaded on demand whose code could not be downloaded (see utils/lazyPart.ts). */
export function PartUnavailable({ retry }: { retry: () => void }) {
  const { t } = useMessages();
  return (
    <p role="alert" className="wincall-error">
      <span>{t('part.unavailable')}</span>{' '}
      <button type="button" className="wincall-link" onClick={retry}>
        {t('boundary.retry')}
      </button>
    </p>
  );
}
