/** Render discipline: which components of a signed-in, in-call SoftphoneBar render per event. */
import type { Browser } from 'playwright-core';
import type { RenderEventResult } from '../page/render';
import { buildPage, openBenchPage, type BenchWindow } from '../lib/browser';
import { row, type SectionResult } from '../lib/results';

const PICKER = /Picker$|^ConnectedView$|Directory/;
const DIALPAD = /Dialpad$/;

/** The events that have a target, and the target. */
function targetOf(event: RenderEventResult): { text: string; met: boolean } | null {
  const names = Object.keys(event.rendered);
  if (event.event.startsWith('timer tick')) {
    return { text: 'only the timers (CallTimer)', met: names.every((n) => n === 'CallTimer') };
  }
  if (event.event.startsWith('agent status change')) {
    return { text: 'no dialpad or picker renders', met: !names.some((n) => PICKER.test(n) || DIALPAD.test(n)) };
  }
  return null;
}

/** A short description of what rendered: everything when small, the telling names when not. */
function describe(event: RenderEventResult): string {
  const entries = Object.entries(event.rendered);
  const renders = entries.reduce((sum, [, n]) => sum + n, 0);
  const commits = `${event.commits} commit${event.commits === 1 ? '' : 's'}`;
  const list = (items: [string, number][]) => items.map(([name, n]) => (n > 1 ? `${name}×${n}` : name)).join(', ');
  if (entries.length <= 5) return `${commits}: ${list(entries) || 'nothing'}`;
  const telling = entries.filter(([name]) => name === 'SoftphoneBarContent' || PICKER.test(name) || DIALPAD.test(name));
  const pickers = telling.filter(([name]) => PICKER.test(name)).length;
  const highlights = [
    ...(event.rendered.SoftphoneBarContent ? ['the whole bar (SoftphoneBarContent)'] : []),
    ...(telling.some(([name]) => DIALPAD.test(name)) ? ['Dialpad'] : []),
    ...(pickers > 0 ? [`${pickers} picker components`] : []),
  ];
  return `${commits}: ${renders} renders of ${entries.length} components${highlights.length ? `, incl. ${highlights.join(', ')}` : ''}`;
}

export async function runRender(browser: Browser): Promise<SectionResult> {
  const page = await openBenchPage(browser, await buildPage({ profiling: true }));
  try {
    const events = await page.evaluate(() => (window as unknown as BenchWindow).__bench.renderDiscipline());
    const rows = events.map((event) => {
      const target = targetOf(event);
      return row('render', event.event, describe(event), target?.text, target?.met ?? null);
    });
    return { rows, data: { events } };
  } finally {
    await page.context().close();
  }
}
