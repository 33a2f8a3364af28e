import { useId, useState } from 'react';
import { useT } from '../i18n';
import { ClickToDial } from '../phone/ClickToDial';
import { routeHref } from '../router/hashRoute';
import { useCustomers } from './customerStore';
import { normalizePhone } from './phone';
import type { Customer } from './types';

function matches(customer: Customer, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (!q) return true;
  const digits = normalizePhone(q);
  return (
    customer.name.toLowerCase().includes(q) ||
    customer.company.toLowerCase().includes(q) ||
    (digits !== '' && customer.phones.some((p) => p.includes(digits)))
  );
}

export function CustomerListPage() {
  const { t } = useT();
  const customers = useCustomers();
  const [query, setQuery] = useState('');
  const searchId = useId();
  const shown = customers.filter((c) => matches(c, query));

  return (
    <section aria-labelledby="customers-title" className="page">
      <header className="page-header">
        <h2 id="customers-title">{t('customers.title')}</h2>
        <a className="button button-primary" href={routeHref({ page: 'newCustomer', phone: '' })}>
          {t('customers.new')}
        </a>
      </header>
      <div className="toolbar">
        <label htmlFor={searchId}>{t('customers.search')}</label>
        <input
          id={searchId}
          type="search"
          value={query}
          placeholder={t('customers.searchPlaceholder')}
          onChange={(event) => setQuery(event.target.value)}
        />
        <span className="muted">{t('customers.count', { count: shown.length })}</span>
      </div>
      {shown.length === 0 ? (
        <p className="empty">{t('customers.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('customer.name')}</th>
                <th scope="col">{t('customer.company')}</th>
                <th scope="col">{t('customer.phones')}</th>
                <th scope="col">{t('customer.city')}</th>
                <th scope="col">{t('customer.level')}</th>
                <th scope="col">{t('customer.owner')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((customer) => (
                <tr key={customer.id}>
                  <td>
                    <a href={routeHref({ page: 'customer', id: customer.id })}>{customer.name}</a>
                  </td>
                  <td>{customer.company}</td>
                  <td>{customer.phones[0] ? <ClickToDial number={customer.phones[0]} /> : null}</td>
                  <td>{customer.city}</td>
                  <td>
                    <span className="level" data-level={customer.level}>
                      {t(`customer.level.${customer.level}`)}
                    </span>
                  </td>
                  <td>{customer.owner}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
