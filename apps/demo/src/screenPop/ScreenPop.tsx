import { useState } from 'react';
import type { CallKind } from '@wincall/core';
import { useMessages, useQueues, useWinCallEvent } from '@wincall/react';
import { findCustomerByPhone, useCustomers } from '../customers/customerStore';
import { useT } from '../i18n';
import { navigate, routeHref } from '../router/hashRoute';
import { customerNumberOf, kindMessageKey, POPS_CUSTOMER, queueIdOf } from '../wincall/callParties';
import { actsForAgent, useSharedClient } from '../wincall/sharedClient';

interface Pop {
  startedAt: number;
  number: string;
  kind: CallKind;
  callId: string;
  queueId: number | null;
  servNum: string;
  ended: boolean;
}

/**
 * Screen pop: when a customer's call rings, the leader tab opens the customer's record (or offers
 * to create one for an unknown number) and shows the call's parameters. Other tabs of the same
 * agent stay where they are.
 */
export function ScreenPop() {
  const { t } = useT();
  const wc = useMessages();
  const client = useSharedClient();
  const queues = useQueues();
  const [pop, setPop] = useState<Pop | null>(null);
  const [announcement, setAnnouncement] = useState('');

  useWinCallEvent('incomingCall', ({ call }) => {
    if (!actsForAgent(client) || !POPS_CUSTOMER.has(call.kind)) return;
    const number = customerNumberOf(call);
    if (!number) return;
    const customer = findCustomerByPhone(number);
    setPop({
      startedAt: call.startedAt,
      number,
      kind: call.kind,
      callId: call.params.CallId ?? '',
      queueId: queueIdOf(call),
      servNum: call.params.ServNum ?? '',
      ended: false,
    });
    setAnnouncement(
      customer ? t('pop.announceKnown', { name: customer.name, company: customer.company }) : t('pop.announceUnknown', { number }),
    );
    if (customer) navigate({ page: 'customer', id: customer.id });
  });

  useWinCallEvent('callEnded', ({ call }) => {
    setPop((current) => (current && current.startedAt === call.startedAt ? { ...current, ended: true } : current));
  });

  // Looked up at render, so a record created from this pop shows up here.
  const customers = useCustomers();
  const customer = pop ? findCustomerByPhone(pop.number, customers) : undefined;
  const queueName =
    pop?.queueId == null ? null : (queues.data?.find((q) => q.id === pop.queueId)?.name ?? t('pop.queueFallback', { id: pop.queueId }));

  return (
    <>
      <div className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </div>
      {pop ? (
        <section className="screen-pop" aria-label={t('pop.title')} data-state={pop.ended ? 'ended' : 'active'}>
          <header className="screen-pop-header">
            <h2>
              {t('pop.title')}
              {pop.ended ? <span className="screen-pop-ended"> · {t('pop.ended')}</span> : null}
            </h2>
            <button
              type="button"
              className="button-quiet"
              onClick={() => {
                setPop(null);
                setAnnouncement('');
              }}
            >
              {t('pop.dismiss')}
            </button>
          </header>
          <dl className="screen-pop-details">
            <div>
              <dt>{t('pop.caller')}</dt>
              <dd className="screen-pop-number">{pop.number}</dd>
            </div>
            <div>
              <dt>{t('pop.customer')}</dt>
              <dd>
                {customer ? (
                  <a href={routeHref({ page: 'customer', id: customer.id })}>
                    {customer.name} · {customer.company}
                  </a>
                ) : (
                  <span className="screen-pop-unknown">{t('pop.unknown', { number: pop.number })}</span>
                )}
              </dd>
            </div>
            <div>
              <dt>{t('pop.kind')}</dt>
              <dd>{wc.t(kindMessageKey(pop.kind))}</dd>
            </div>
            {queueName ? (
              <div>
                <dt>{t('pop.queue')}</dt>
                <dd>{queueName}</dd>
              </div>
            ) : null}
            {pop.servNum ? (
              <div>
                <dt>{t('pop.servNum')}</dt>
                <dd>{pop.servNum}</dd>
              </div>
            ) : null}
            {pop.callId ? (
              <div>
                <dt>{t('pop.callId')}</dt>
                <dd>{pop.callId}</dd>
              </div>
            ) : null}
          </dl>
          {customer ? null : (
            <p>
              <a className="button button-primary" href={routeHref({ page: 'newCustomer', phone: pop.number })}>
                {t('pop.newCustomer')}
              </a>
            </p>
          )}
        </section>
      ) : null}
    </>
  );
}
