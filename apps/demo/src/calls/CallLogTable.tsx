import type { CallRecord } from '@wincall/core';
import { useMessages } from '@wincall/react';
import { findCustomer, findCustomerByPhone, useCustomers } from '../customers/customerStore';
import { useT } from '../i18n';
import { ClickToDial } from '../phone/ClickToDial';
import { routeHref } from '../router/hashRoute';
import { customerNumberOf, kindMessageKey } from '../wincall/callParties';
import { formatDuration, formatTime } from './format';

/**
 * Call-log rows from the core's call records, numbers with click-to-dial. `compact` (on a
 * customer's page, whose numbers are already there to dial) leaves out the dial buttons and the
 * customer and agent columns.
 */
export function CallLogTable({ records, compact = false }: { records: readonly CallRecord[]; compact?: boolean }) {
  const { t, locale } = useT();
  const softphone = useMessages();
  const customers = useCustomers();
  return (
    <div className="table-scroll">
      <table className="table call-log">
        <thead>
          <tr>
            <th scope="col">{t('calls.time')}</th>
            <th scope="col">{t('calls.number')}</th>
            {compact ? null : <th scope="col">{t('calls.customer')}</th>}
            <th scope="col">{t('calls.kind')}</th>
            <th scope="col">{t('calls.queue')}</th>
            <th scope="col">{t('calls.duration')}</th>
            <th scope="col">{t('calls.hold')}</th>
            <th scope="col">{t('calls.endReason')}</th>
            {compact ? null : <th scope="col">{t('calls.agent')}</th>}
          </tr>
        </thead>
        <tbody>
          {records.map((record) => {
            const number = customerNumberOf(record);
            const found = number ? findCustomerByPhone(number) : undefined;
            const customer = found ? findCustomer(found.id, customers) : undefined;
            return (
              <tr
                key={record.id}
                data-call-id={record.callId ?? ''}
                data-end-reason={record.endReason}
                data-missed={record.missed ? 'true' : undefined}
              >
                <td>
                  <time dateTime={new Date(record.startedAt).toISOString()}>{formatTime(record.startedAt, locale)}</time>
                </td>
                <td>{number === '' ? '—' : compact ? <span className="phone-number">{number}</span> : <ClickToDial number={number} />}</td>
                {compact ? null : (
                  <td>{customer ? <a href={routeHref({ page: 'customer', id: customer.id })}>{customer.name}</a> : t('calls.unknownCustomer')}</td>
                )}
                <td>{softphone.t(kindMessageKey(record.kind))}</td>
                <td>{record.queue ? (record.queue.name ?? t('pop.queueFallback', { id: record.queue.id })) : '—'}</td>
                <td>{record.answeredAt === null ? t('calls.notAnswered') : formatDuration(record.talkMs)}</td>
                {/* Talk time leaves the hold out; the hold is its own column (the softphone counts them apart too). */}
                <td>{record.hold.count === 0 ? '—' : formatDuration(record.hold.totalMs)}</td>
                <td>{record.missed ? <strong className="missed">{t('calls.end.missed')}</strong> : t(`calls.end.${record.endReason}`)}</td>
                {compact ? null : <td>{record.agentNum ?? '—'}</td>}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
