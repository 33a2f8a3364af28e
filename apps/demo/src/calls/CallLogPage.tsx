import { NoticeLogSection } from '../notices/NoticeLogSection';
import { useT } from '../i18n';
import { CallLogTable } from './CallLogTable';
import { useDemoCallHistory } from './CallHistoryContext';

export function CallLogPage() {
  const { t } = useT();
  const { records, clear } = useDemoCallHistory();
  return (
    <>
      <section aria-labelledby="calls-title" className="page">
        <header className="page-header">
          <h2 id="calls-title">{t('calls.title')}</h2>
          <button type="button" className="button" onClick={clear} disabled={records.length === 0}>
            {t('calls.clear')}
          </button>
        </header>
        <p className="muted rule">{t('calls.rule')}</p>
        {records.length === 0 ? <p className="empty">{t('calls.empty')}</p> : <CallLogTable records={records} />}
      </section>
      <NoticeLogSection />
    </>
  );
}
