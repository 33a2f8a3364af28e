import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../../src/styles.css';
import { SoftphoneBar } from '../../src';
import { createConfigFetch } from '../support/fakeServer';
import { createHarness, renderWith } from '../support/render';
import { BAR_STATES, NOTICE_STATES, type BarStateName } from '../support/states';

const STATES = Object.keys(BAR_STATES) as BarStateName[];

/** Hostile host-page CSS: a box-sizing flip, centred text, a classic reset, loud form controls. */
const HOSTILE_CSS = `
  * { box-sizing: content-box; }
  body { text-align: center; line-height: 3; font: 22px/3 Georgia, serif; letter-spacing: 2px; }
  html, body, div, span, p, ul, li, h3, form, fieldset, legend, label, section, output { margin: 0; padding: 0; border: 0; font-size: 100%; vertical-align: baseline; }
  button, input, select { padding: 18px; margin: 9px; line-height: 3; font: 24px serif; border: 4px solid red; text-transform: uppercase; }
  svg { width: 40px; height: 40px; display: block; }
  ul { padding-left: 40px; }
`;

function withHostileCss(): () => void {
  const style = document.createElement('style');
  style.textContent = HOSTILE_CSS;
  document.head.prepend(style);
  return () => style.remove();
}

/** A host column of the given width, holding the bar. */
async function barIn(state: BarStateName, width: number, options: { theme?: 'light' | 'dark'; locale?: 'en' } = {}) {
  vi.stubGlobal('fetch', createConfigFetch().fetch);
  const harness = createHarness({ apiUrl: 'http://config.test', ...(options.locale ? { provider: { locale: options.locale } } : {}) });
  const host = document.createElement('div');
  host.style.width = `${width}px`;
  document.body.appendChild(host);
  const view = renderWith(harness, <SoftphoneBar {...(options.theme ? { theme: options.theme } : {})} />, { container: host });
  await BAR_STATES[state](harness);
  if (state !== 'signedOut' && state !== 'disconnected') {
    await vi.waitFor(() => expect(harness.queryClient.isFetching()).toBe(0), { timeout: 5000 });
  }
  const bar = screen.getByRole('region', { name: options.locale === 'en' ? 'Softphone' : '软电话' });
  return { harness, bar, view, host };
}

const visible = (el: Element) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
const controls = (bar: HTMLElement) =>
  [...bar.querySelectorAll<HTMLElement>('button, input, select, [role="menuitem"], [role="menuitemradio"]')].filter(visible);

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the bar layout at 1440 px, in every state', () => {
  const heights: Partial<Record<BarStateName, number>> = {};

  it.each(STATES)('%s: one row of at most 64 px (and a notice in the bar, not over the page), at most 10 controls, at most 2 disabled, each saying why', async (state) => {
    const { bar } = await barIn(state, 1440);
    expect(bar.dataset.layout).toBe('bar');
    const box = bar.getBoundingClientRect();
    heights[state] = box.height;
    const notice = bar.querySelector('.wincall-notice');
    expect(notice !== null, 'a notice is shown exactly where there is news').toBe(NOTICE_STATES.has(state));
    const row = bar.querySelector('.wincall-main')!.getBoundingClientRect();
    expect(row.height).toBeLessThanOrEqual(54);
    if (notice) {
      // The notice makes the bar taller: it lies inside the bar's own box, under the row, covering nothing of the page.
      const place = notice.getBoundingClientRect();
      expect(place.top).toBeGreaterThanOrEqual(row.bottom);
      expect(place.bottom).toBeLessThanOrEqual(box.bottom);
      expect(place.left).toBeGreaterThanOrEqual(box.left);
      expect(place.right).toBeLessThanOrEqual(box.right);
      expect(box.height).toBeLessThanOrEqual(64 + 56);
    } else {
      expect(box.height).toBeLessThanOrEqual(64);
    }
    const all = controls(bar);
    expect(all.length).toBeLessThanOrEqual(10);
    const disabled = all.filter((el) => (el as HTMLButtonElement).disabled);
    expect(disabled.length).toBeLessThanOrEqual(2);
    for (const control of disabled) {
      const ids = (control.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
      const reasons = ids.map((id) => document.getElementById(id)).filter((el): el is HTMLElement => el !== null && visible(el));
      expect(reasons.map((r) => r.textContent).join(''), `${control.textContent} says why`).not.toBe('');
    }
  });

  it.each(STATES)('%s: the same height inside a host page with hostile CSS', async (state) => {
    const { bar: clean } = await barIn(state, 1440);
    const expected = clean.getBoundingClientRect().height;
    document.body.innerHTML = '';
    const restore = withHostileCss();
    try {
      const { bar } = await barIn(state, 1440);
      expect(getComputedStyle(bar).textAlign).toBe('left');
      expect(getComputedStyle(bar).boxSizing).toBe('border-box');
      expect(bar.getBoundingClientRect().height).toBe(expected);
    } finally {
      restore();
    }
  });
});

describe('a row short of room', () => {
  it.each(['connected', 'consulting', 'consultConnected', 'held'] as const)('%s at 900 px in English: icons alone (named by their words), and wrapped rather than past its container', async (state) => {
    const { bar, host } = await barIn(state, 900, { locale: 'en' });
    expect(bar.dataset.layout).toBe('bar');
    await vi.waitFor(() => expect(bar.dataset.density).toBe('tight'));
    expect(bar.getBoundingClientRect().width).toBeLessThanOrEqual(host.clientWidth + 1);
    const hangup = within(bar).getByRole('button', { name: 'Hang up' });
    // Its words show on focus (and hover), and are not read out a second time as its description.
    const tip = () => getComputedStyle(hangup.closest('.wincall-action')!, '::after').content;
    expect(tip()).toBe('none');
    hangup.focus();
    await vi.waitFor(() => expect(tip()).toBe('"Hang up"'));
    expect(hangup.title).toBe('');
    expect(hangup.getAttribute('aria-describedby')).toBeNull();
    expect(hangup.querySelector('.wincall-button-label')!.getBoundingClientRect().width).toBeLessThanOrEqual(1);
  });

  it('has its words back when the container grows', async () => {
    const { bar, host } = await barIn('connected', 900, { locale: 'en' });
    await vi.waitFor(() => expect(bar.dataset.density).toBe('tight'));
    host.style.width = '1600px';
    await vi.waitFor(() => expect(bar.dataset.density).toBeUndefined());
    const hangup = within(bar).getByRole('button', { name: 'Hang up' });
    expect(hangup.querySelector('.wincall-button-label')!.getBoundingClientRect().width).toBeGreaterThan(10);
    // The words are on the button: no tooltip repeats them.
    hangup.focus();
    expect(getComputedStyle(hangup.closest('.wincall-action')!, '::after').content).toBe('none');
  });
});

describe('hang-up keeps its place', () => {
  const IN_CALL = ['connected', 'held', 'consulting', 'consultConnected', 'threeWay', 'consultFailed'] as const satisfies readonly BarStateName[];

  it.each(['zh', 'en'] as const)('at the same x in every in-call state at 1440 px (%s)', async (language) => {
    const places: Record<string, number> = {};
    for (const state of IN_CALL) {
      document.body.innerHTML = '';
      const { bar } = await barIn(state, 1440, language === 'en' ? { locale: 'en' } : {});
      const hangup = within(bar).getByRole('button', { name: language === 'en' ? 'Hang up' : '挂断' });
      places[state] = Math.round(hangup.getBoundingClientRect().left);
    }
    expect(new Set(Object.values(places)).size, JSON.stringify(places)).toBe(1);
  });

  it('and the decline button of a ringing call stands in the same place', async () => {
    const { bar } = await barIn('connected', 1440);
    const right = within(bar).getByRole('button', { name: '挂断' }).getBoundingClientRect().right;
    document.body.innerHTML = '';
    const { bar: ringing } = await barIn('ringing', 1440);
    expect(Math.round(within(ringing).getByRole('button', { name: '拒接' }).getBoundingClientRect().right)).toBe(Math.round(right));
  });
});

describe('a plain agent has no supervisor actions in the page', () => {
  it.each(['idle', 'busy', 'afterCallWork', 'connected'] as const)('%s', async (state) => {
    const { bar } = await barIn(state, 1440);
    const more = within(bar).queryByRole('button', { name: '更多操作' });
    if (more) await userEvent.click(more);
    for (const words of ['监听坐席', '强插', '拦截', '班长监控']) expect(document.body.textContent).not.toContain(words);
  });
});

/**
 * The words the agent sees, one entry per piece of text (a text node of a visible element): timers
 * and text only for screen readers (1 px boxes) left out.
 */
function visibleWords(bar: HTMLElement): string[] {
  const words: string[] = [];
  const walker = document.createTreeWalker(bar, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent?.trim().replace(/[↔·]/g, '').trim();
    const parent = node.parentElement;
    if (!text || !parent || parent.closest('[role="timer"]')) continue;
    const box = parent.getBoundingClientRect();
    if (box.width <= 1 || box.height <= 1 || !visible(parent)) continue;
    words.push(text);
  }
  return words;
}

describe('every word once: status, caller, queue and call kind are not repeated', () => {
  const layouts = [
    ['bar', 1440],
    ['panel', 400],
    ['compact', 320],
  ] as const;
  it.each(layouts.flatMap(([layout, width]) => STATES.map((state) => ({ layout, width, state }))))('$state in the $layout layout', async ({ layout, width, state }) => {
    const { bar } = await barIn(state, width);
    expect(bar.dataset.layout).toBe(layout);
    const words = visibleWords(bar);
    expect(words.length).toBeGreaterThan(0);
    const repeated = words.filter((word, i) => words.indexOf(word) !== i);
    expect(repeated, words.join(' | ')).toEqual([]);
  });
});

describe('layouts follow the container, not the window', () => {
  it('is a panel in a 400 px column and compact in a 320 px one, whatever the window', async () => {
    expect(window.innerWidth).toBeGreaterThan(0);
    const { bar: panel } = await barIn('connected', 400);
    expect(panel.dataset.layout).toBe('panel');
    document.body.innerHTML = '';
    const { bar: compact } = await barIn('connected', 320);
    expect(compact.dataset.layout).toBe('compact');
  });

  it('changes layout when its container is resized', async () => {
    const { bar, host } = await barIn('idle', 1000);
    expect(bar.dataset.layout).toBe('bar');
    host.style.width = '420px';
    await vi.waitFor(() => expect(bar.dataset.layout).toBe('panel'));
  });

  it('gives touch-sized targets in the compact layout: buttons ≥ 44 px, keypad keys ≥ 48 px', async () => {
    const { bar } = await barIn('connected', 320);
    screen.getByRole('button', { name: '拨号键盘' }).click();
    const keypad = await vi.waitFor(() => screen.getByRole('group', { name: '拨号键盘' }));
    for (const button of controls(bar)) {
      const box = button.getBoundingClientRect();
      expect(Math.min(box.width, box.height), button.textContent ?? '').toBeGreaterThanOrEqual(44);
    }
    for (const key of keypad.querySelectorAll('button')) {
      const box = key.getBoundingClientRect();
      expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(48);
    }
  });
});

describe('screenshots (artifacts/screens)', () => {
  // One test per picture: a whole layout's states in one test outgrew the timeout on a loaded machine.
  const matrix = (['bar', 'panel'] as const).flatMap((layout) =>
    (['zh', 'en'] as const).flatMap((lang) =>
      (['light', 'dark'] as const).flatMap((theme) => STATES.map((state) => ({ layout, lang, theme, state }))),
    ),
  );
  it.each(matrix)('$layout, $lang, $theme: $state', async ({ layout, lang, theme, state }) => {
    await page.viewport(layout === 'bar' ? 1460 : 420, 720);
    const { bar } = await barIn(state, layout === 'bar' ? 1440 : 400, { theme, ...(lang === 'en' ? { locale: 'en' as const } : {}) });
    expect(bar.dataset.layout).toBe(layout);
    await page.screenshot({ path: `../../../../artifacts/screens/${layout}-${lang}-${theme}-${state}.png`, element: bar });
  });
});
