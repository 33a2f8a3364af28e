import { useSyncExternalStore } from 'react';

/** The pages of the demo. A tiny hash router: no dependency, works from any static host. */
export type Route =
  | { page: 'customers' }
  | { page: 'customer'; id: string }
  | { page: 'newCustomer'; phone: string }
  | { page: 'calls' };

export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#/, '').split('?');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'calls') return { page: 'calls' };
  if (parts[0] === 'customers' && parts[1] === 'new') return { page: 'newCustomer', phone: new URLSearchParams(query).get('phone') ?? '' };
  if (parts[0] === 'customers' && parts[1]) return { page: 'customer', id: parts[1] };
  return { page: 'customers' };
}

export function routeHref(route: Route): string {
  switch (route.page) {
    case 'customers':
      return '#/customers';
    case 'customer':
      return `#/customers/${encodeURIComponent(route.id)}`;
    case 'newCustomer':
      return route.phone ? `#/customers/new?${new URLSearchParams({ phone: route.phone })}` : '#/customers/new';
    case 'calls':
      return '#/calls';
  }
}

export function navigate(route: Route): void {
  const href = routeHref(route);
  if (window.location.hash !== href) window.location.hash = href;
}

const subscribe = (listener: () => void) => {
  window.addEventListener('hashchange', listener);
  return () => window.removeEventListener('hashchange', listener);
};
const getHash = () => window.location.hash;

/** The current route; re-renders on every hash change. */
export function useRoute(): Route {
  return parseRoute(useSyncExternalStore(subscribe, getHash, () => ''));
}
