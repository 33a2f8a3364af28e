import { lazy, Suspense, useEffect, useId, useState } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import type { SharedWinCallClient } from '@wincall/core';
import { SoftphoneBar, WinCallProvider, useAgent, type WinCallLocale } from '@wincall/react';
import { CallLogPage } from './calls/CallLogPage';
import { CallHistoryProvider } from './calls/CallHistoryContext';
import { config } from './config';
import { CustomerDetailPage } from './customers/CustomerDetailPage';
import { CustomerListPage } from './customers/CustomerListPage';
import { NewCustomerPage } from './customers/NewCustomerPage';
import { NoticeRecorder } from './notices/NoticeRecorder';
import { DemoLocaleProvider, useT } from './i18n';
import { routeHref, useRoute, type Route } from './router/hashRoute';
import { ScreenPop } from './screenPop/ScreenPop';
import { SimulatorDrawer } from './simulator/SimulatorDrawer';
import { storedValue } from './storage/localJson';
import { SessionGate } from './wincall/SessionGate';
import { sessionHint } from './wincall/sessionHint';
import { SharedClientProvider, useTabRole } from './wincall/sharedClient';

/** Where the softphone sits: a one-row toolbar across the top, or a panel docked beside the CRM (like CCP). */
type Dock = 'top' | 'side';
const storedDock = storedValue<Dock>('wincall-demo:dock', 'top', (raw) => (raw === 'top' || raw === 'side' ? raw : null));

/** The devtools (frames, state timeline, bug reports): behind a header toggle, downloaded only when switched on. */
const storedDevtools = storedValue<boolean>('wincall-demo:devtools', false, (raw) => (raw === true || raw === false ? raw : null));
const Devtools = lazy(() => import('@wincall/devtools').then((module) => ({ default: module.WinCallDevtools })));

const storedLocale = storedValue<WinCallLocale>('wincall-demo:locale', 'zh-CN', (raw) => (raw === 'en' || raw === 'zh-CN' ? raw : null));

export function App({ client, queryClient }: { client: SharedWinCallClient; queryClient: QueryClient }) {
  const [locale, setLocale] = useState<WinCallLocale>(storedLocale.get);
  useEffect(() => {
    document.documentElement.lang = locale;
    storedLocale.set(locale);
  }, [locale]);

  return (
    <SharedClientProvider client={client}>
      <WinCallProvider client={client} queryClient={queryClient} locale={locale}>
        <DemoLocaleProvider locale={locale}>
          <CallHistoryProvider>
            <NoticeRecorder />
            <Layout locale={locale} onLocaleChange={setLocale} />
          </CallHistoryProvider>
        </DemoLocaleProvider>
      </WinCallProvider>
    </SharedClientProvider>
  );
}

function Layout({ locale, onLocaleChange }: { locale: WinCallLocale; onLocaleChange: (locale: WinCallLocale) => void }) {
  const { t } = useT();
  const route = useRoute();
  const languageId = useId();
  const drawerId = useId();
  const dockId = useId();
  const [drawerOpen, setDrawerOpen] = useState(false);
  const [dock, setDock] = useState<Dock>(storedDock.get);
  useEffect(() => {
    storedDock.set(dock);
  }, [dock]);
  const [devtools, setDevtools] = useState<boolean>(storedDevtools.get);
  useEffect(() => {
    storedDevtools.set(devtools);
  }, [devtools]);
  const tabRole = useTabRole();
  const softphone = (
    <SessionGate>
      <DockedSoftphone />
    </SessionGate>
  );

  return (
    // The tab's role is a developer detail: an attribute here for tools and tests, spelled out in
    // the simulator drawer, never in the agent's header.
    <div className="app" data-drawer={drawerOpen ? 'open' : 'closed'} data-dock={dock} data-tab-role={tabRole}>
      <header className="app-header">
        <div className="brand">
          <h1>{t('app.title')}</h1>
          <span className="muted">{t('app.subtitle')}</span>
        </div>
        <nav aria-label={t('nav.label')} className="nav">
          <NavLink route={{ page: 'customers' }} current={route.page !== 'calls'}>
            {t('nav.customers')}
          </NavLink>
          <NavLink route={{ page: 'calls' }} current={route.page === 'calls'}>
            {t('nav.calls')}
          </NavLink>
        </nav>
        <div className="header-tools">
          <label htmlFor={dockId} className="visually-hidden">
            {t('dock.label')}
          </label>
          <select id={dockId} value={dock} onChange={(event) => setDock(event.target.value as Dock)}>
            <option value="top">{t('dock.top')}</option>
            <option value="side">{t('dock.side')}</option>
          </select>
          <label htmlFor={languageId} className="visually-hidden">
            {t('lang.label')}
          </label>
          <select id={languageId} value={locale} onChange={(event) => onLocaleChange(event.target.value as WinCallLocale)}>
            <option value="zh-CN" lang="zh-CN">
              简体中文
            </option>
            <option value="en" lang="en">
              English
            </option>
          </select>
          <label className="devtools-toggle">
            <input type="checkbox" checked={devtools} onChange={(event) => setDevtools(event.target.checked)} /> {t('devtools.toggle')}
          </label>
          {config.simulator ? (
            <button type="button" className="button" aria-expanded={drawerOpen} aria-controls={drawerId} onClick={() => setDrawerOpen((open) => !open)}>
              {t('sim.toggle')}
            </button>
          ) : null}
        </div>
      </header>
      {dock === 'top' ? <div className="app-softphone-top">{softphone}</div> : null}
      <div className="app-body">
        <main className="app-main">
          <ScreenPop />
          <Page route={route} />
        </main>
        {dock === 'side' ? <div className="app-softphone">{softphone}</div> : null}
      </div>
      {config.simulator && drawerOpen ? <SimulatorDrawer id={drawerId} onClose={() => setDrawerOpen(false)} /> : null}
      {devtools ? (
        <Suspense fallback={null}>
          <Devtools locale={locale} defaultOpen />
        </Suspense>
      ) : null}
    </div>
  );
}

function NavLink({ route, current, children }: { route: Route; current: boolean; children: string }) {
  return (
    <a href={routeHref(route)} aria-current={current ? 'page' : undefined}>
      {children}
    </a>
  );
}

function Page({ route }: { route: Route }) {
  switch (route.page) {
    case 'customers':
      return <CustomerListPage />;
    case 'customer':
      return <CustomerDetailPage id={route.id} />;
    case 'newCustomer':
      return <NewCustomerPage key={route.phone} phone={route.phone} />;
    case 'calls':
      return <CallLogPage />;
  }
}

/** The bar, prefilled with the agent this browser signed in last (or the simulator's 1001 / 8001). */
function DockedSoftphone() {
  const agent = useAgent();
  const hint = sessionHint.get();
  const agentNum = agent.agentNum ?? hint?.agentNum ?? (config.simulator ? '1001' : undefined);
  const extension = agent.extension ?? hint?.extension ?? (config.simulator ? '8001' : undefined);
  return (
    <SoftphoneBar
      className="docked-bar"
      {...(agentNum ? { defaultAgentNum: agentNum } : {})}
      {...(extension ? { defaultExtension: extension } : {})}
    />
  );
}
