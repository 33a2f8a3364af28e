/**
 * The benchmark page: bundled by bench/lib/page.ts, loaded in headless Chromium, driven from Node
 * through `window.__bench`.
 */
import { eventToScreen } from './latency';
import { createCallCycler } from './memory';
import { network } from './network';
import { outage } from './outage';
import { renderDiscipline } from './render';

const api = {
  renderDiscipline,
  eventToScreen,
  network,
  outage,
  memory: createCallCycler(),
};

export type BenchPageApi = typeof api;

(window as unknown as { __bench: BenchPageApi }).__bench = api;
