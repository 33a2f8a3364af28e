import { useMessages } from '@wincall/react';
import { findCustomer, useCustomers } from '../customers/customerStore';
import { useT } from '../i18n';
import { ClickToDial } from '../phone/ClickToDial';
import { routeHref } from '../router/hashRoute';
import { kindMessageKey } from '../wincall/callParties';
import type { CallLogEntry } from './callLog';
import { formatDuration, formatTime } from './format';

/**
 * Call-log rows, numbers with click-to-dial. `compact` (on a customer's page, whose numbers are
 * already there to dial) leaves out the dial buttons and the customer and agent columns.
 */
export function CallLogTable({ entries, compact = false }: { entries: readonly CallLogEntry[]; compact?: boolean }) {
  const { t, locale } = useT();
  const softphone = useMessages();
  const customers = useCustomers();
  return (
    <table className="table call-log">
      <thead>
        <tr>
          <th scope="col">{t('calls.time')}</th>
          <th scope="col">{t('calls.number')}</th>
          {compact ? null : <th scope="col">{t('calls.customer')}</th>}
          <th scope="col">{t('calls.kind')}</th>
          <th scope="col">{t('calls.queue')}</th>
          <th scope="col">{t('calls.duration')}</th>
          <th scope="col">{t('calls.endedBy')}</th>
          {compact ? null : <th scope="col">{t('calls.agent')}</th>}
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => {
          const customer = entry.customerId ? findCustomer(entry.customerId, customers) : undefined;
          return (
            <tr key={entry.id} data-call-id={entry.callId} data-ended-by={entry.endedBy}>
              <td>
                <time dateTime={new Date(entry.startedAt).toISOString()}>{formatTime(entry.startedAt, locale)}</time>
              </td>
              <td>{entry.number === '' ? '—' : compact ? <span className="phone-number">{entry.number}</span> : <ClickToDial number={entry.number} />}</td>
              {compact ? null : (
                <td>{customer ? <a href={routeHref({ page: 'customer', id: customer.id })}>{customer.name}</a> : t('calls.unknownCustomer')}</td>
              )}
              <td>{softphone.t(kindMessageKey(entry.kind))}</td>
              <td>{entry.queueName ?? (entry.queueId === null ? '—' : t('pop.queueFallback', { id: entry.queueId }))}</td>
              <td>{entry.talkMs > 0 ? formatDuration(entry.talkMs) : t('calls.notAnswered')}</td>
              <td>{t(`calls.endedBy.${entry.endedBy}`)}</td>
              {compact ? null : <td>{entry.agentNum ?? '—'}</td>}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
