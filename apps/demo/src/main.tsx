import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient } from '@tanstack/react-query';
import '@wincall/react/styles.css';
import './styles.css';
import { App } from './App';
import { config } from './config';
import { createDemoClient } from './wincall/createDemoClient';

// One client for the page's lifetime (not per render or mount): it owns the tab's place among the
// agent's other tabs.
const client = createDemoClient(config);
const queryClient = new QueryClient();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App client={client} queryClient={queryClient} />
  </StrictMode>,
);
