import { useId, useState, type FormEvent } from 'react';
import { useT, type DemoMessageKey } from '../i18n';
import { navigate, routeHref } from '../router/hashRoute';
import { addCustomer } from './customerStore';
import { isPhoneNumber, normalizePhone } from './phone';
import type { CustomerLevel } from './types';

const LEVELS: readonly CustomerLevel[] = ['new', 'regular', 'vip'];

/** A new customer, prefilled with the number of the call it came from (`#/customers/new?phone=…`). */
export function NewCustomerPage({ phone: initialPhone }: { phone: string }) {
  const { t } = useT();
  const id = useId();
  const [name, setName] = useState('');
  const [company, setCompany] = useState('');
  const [phone, setPhone] = useState(initialPhone);
  const [city, setCity] = useState('');
  const [level, setLevel] = useState<CustomerLevel>('new');
  const [notes, setNotes] = useState('');
  const [errors, setErrors] = useState<DemoMessageKey[]>([]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems: DemoMessageKey[] = [];
    if (!name.trim()) problems.push('newCustomer.nameRequired');
    if (!isPhoneNumber(phone)) problems.push('newCustomer.phoneInvalid');
    setErrors(problems);
    if (problems.length > 0) return;
    const customer = addCustomer({
      name: name.trim(),
      company: company.trim(),
      phones: [normalizePhone(phone)],
      city: city.trim(),
      level,
      owner: '',
      notes: notes.trim(),
    });
    navigate({ page: 'customer', id: customer.id });
  };

  const field = (key: string) => `${id}-${key}`;
  return (
    <section aria-labelledby={field('title')} className="page">
      <header className="page-header">
        <h2 id={field('title')}>{t('newCustomer.title')}</h2>
        {initialPhone ? <span className="muted">{t('newCustomer.fromCall', { number: initialPhone })}</span> : null}
      </header>
      <form className="form" onSubmit={submit} noValidate>
        {errors.length > 0 ? (
          <ul role="alert" className="form-errors">
            {errors.map((key) => (
              <li key={key}>{t(key)}</li>
            ))}
          </ul>
        ) : null}
        <label htmlFor={field('name')}>{t('customer.name')}</label>
        <input id={field('name')} value={name} onChange={(e) => setName(e.target.value)} aria-required="true" autoComplete="off" />
        <label htmlFor={field('company')}>{t('customer.company')}</label>
        <input id={field('company')} value={company} onChange={(e) => setCompany(e.target.value)} autoComplete="off" />
        <label htmlFor={field('phone')}>{t('customer.phones')}</label>
        <input
          id={field('phone')}
          type="tel"
          inputMode="tel"
          value={phone}
          onChange={(e) => setPhone(e.target.value)}
          aria-required="true"
          autoComplete="off"
        />
        <label htmlFor={field('city')}>{t('customer.city')}</label>
        <input id={field('city')} value={city} onChange={(e) => setCity(e.target.value)} autoComplete="off" />
        <label htmlFor={field('level')}>{t('customer.level')}</label>
        <select id={field('level')} value={level} onChange={(e) => setLevel(e.target.value as CustomerLevel)}>
          {LEVELS.map((l) => (
            <option key={l} value={l}>
              {t(`customer.level.${l}`)}
            </option>
          ))}
        </select>
        <label htmlFor={field('notes')}>{t('customer.notes')}</label>
        <textarea id={field('notes')} value={notes} rows={3} onChange={(e) => setNotes(e.target.value)} />
        <div className="form-actions">
          <button type="submit" className="button button-primary">
            {t('newCustomer.save')}
          </button>
          <a className="button" href={routeHref({ page: 'customers' })}>
            {t('newCustomer.cancel')}
          </a>
        </div>
      </form>
    </section>
  );
}
