import { useSyncExternalStore } from 'react';
import { storedValue } from '../storage/localJson';
import { normalizePhone } from './phone';
import { SEED_CUSTOMERS } from './seed';
import type { Customer, CustomerLevel } from './types';

const LEVELS: readonly CustomerLevel[] = ['vip', 'regular', 'new'];

function parseCustomers(raw: unknown): Customer[] | null {
  if (!Array.isArray(raw)) return null;
  return raw.flatMap((item): Customer[] => {
    if (!item || typeof item !== 'object') return [];
    const c = item as Record<string, unknown>;
    if (typeof c.id !== 'string' || typeof c.name !== 'string' || !Array.isArray(c.phones)) return [];
    return [
      {
        id: c.id,
        name: c.name,
        company: typeof c.company === 'string' ? c.company : '',
        phones: c.phones.filter((p): p is string => typeof p === 'string'),
        city: typeof c.city === 'string' ? c.city : '',
        level: LEVELS.includes(c.level as CustomerLevel) ? (c.level as CustomerLevel) : 'new',
        owner: typeof c.owner === 'string' ? c.owner : '',
        notes: typeof c.notes === 'string' ? c.notes : '',
      },
    ];
  });
}

/** Customers created in the demo; the seeded ones live in code. */
const added = storedValue<Customer[]>('wincall-demo:customers:v1', [], parseCustomers);

let cache: { added: Customer[]; all: Customer[] } | null = null;

export function allCustomers(): Customer[] {
  const current = added.get();
  if (cache?.added !== current) cache = { added: current, all: [...current, ...SEED_CUSTOMERS] };
  return cache.all;
}

export function findCustomer(id: string, customers: readonly Customer[] = allCustomers()): Customer | undefined {
  return customers.find((c) => c.id === id);
}

/** The customer one of whose numbers is `phone` (compared as digits). */
export function findCustomerByPhone(phone: string, customers: readonly Customer[] = allCustomers()): Customer | undefined {
  const wanted = normalizePhone(phone);
  if (wanted === '') return undefined;
  return customers.find((c) => c.phones.some((p) => normalizePhone(p) === wanted));
}

export function addCustomer(input: Omit<Customer, 'id'>): Customer {
  const customer: Customer = { ...input, id: `n${Date.now().toString(36)}`, phones: input.phones.map(normalizePhone) };
  added.set([customer, ...added.get()]);
  return customer;
}

export function useCustomers(): Customer[] {
  return useSyncExternalStore(added.subscribe, allCustomers, allCustomers);
}
