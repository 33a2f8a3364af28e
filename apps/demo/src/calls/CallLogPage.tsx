import { useT } from '../i18n';
import { CallLogTable } from './CallLogTable';
import { clearCallLog, useCallLog } from './callLog';

export function CallLogPage() {
  const { t } = useT();
  const entries = useCallLog();
  return (
    <section aria-labelledby="calls-title" className="page">
      <header className="page-header">
        <h2 id="calls-title">{t('calls.title')}</h2>
        <button type="button" className="button" onClick={clearCallLog} disabled={entries.length === 0}>
          {t('calls.clear')}
        </button>
      </header>
      <p className="muted rule">{t('calls.rule')}</p>
      {entries.length === 0 ? <p className="empty">{t('calls.empty')}</p> : <CallLogTable entries={entries} />}
    </section>
  );
}
