import { CallLogTable } from '../calls/CallLogTable';
import { useDemoCallHistory } from '../calls/CallHistoryContext';
import { customerNumberOf } from '../wincall/callParties';
import { useT } from '../i18n';
import { ClickToDial } from '../phone/ClickToDial';
import { routeHref } from '../router/hashRoute';
import { findCustomer, useCustomers } from './customerStore';

export function CustomerDetailPage({ id }: { id: string }) {
  const { t } = useT();
  const customer = findCustomer(id, useCustomers());
  const { records } = useDemoCallHistory();

  if (!customer) {
    return (
      <section className="page">
        <p className="empty">{t('customer.notFound')}</p>
        <a href={routeHref({ page: 'customers' })}>{t('customer.back')}</a>
      </section>
    );
  }
  const calls = records.filter((record) => customer.phones.includes(customerNumberOf(record))).slice(0, 10);

  return (
    <article aria-labelledby="customer-title" className="page customer">
      <p>
        <a href={routeHref({ page: 'customers' })}>← {t('customer.back')}</a>
      </p>
      <header className="page-header">
        <h2 id="customer-title">{customer.name}</h2>
        <span className="level" data-level={customer.level}>
          {t(`customer.level.${customer.level}`)}
        </span>
      </header>
      <dl className="fields">
        <div>
          <dt>{t('customer.company')}</dt>
          <dd>{customer.company}</dd>
        </div>
        <div>
          <dt>{t('customer.phones')}</dt>
          <dd>
            <ul className="phones">
              {customer.phones.map((phone) => (
                <li key={phone}>
                  <ClickToDial number={phone} />
                </li>
              ))}
            </ul>
          </dd>
        </div>
        <div>
          <dt>{t('customer.city')}</dt>
          <dd>{customer.city}</dd>
        </div>
        <div>
          <dt>{t('customer.owner')}</dt>
          <dd>{customer.owner}</dd>
        </div>
        <div className="wide">
          <dt>{t('customer.notes')}</dt>
          <dd>{customer.notes || '—'}</dd>
        </div>
      </dl>
      <section aria-labelledby="customer-calls">
        <h3 id="customer-calls">{t('customer.recentCalls')}</h3>
        {calls.length === 0 ? <p className="empty">{t('customer.noCalls')}</p> : <CallLogTable records={calls} compact />}
      </section>
    </article>
  );
}
