import { waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { untilReal } from './support/realTime';

/**
 * The UI strings are loaded per locale on demand. The setup file preloads both catalogs for the
 * other tests; here a fresh module graph (`vi.resetModules`) starts cold, as a page does. Renders
 * are flushed synchronously outside `act` (which would wait for the catalog), so the test sees
 * what a page shows before the catalog arrives.
 */
async function coldKit() {
  vi.resetModules();
  const React = await import('react');
  const { flushSync } = await import('react-dom');
  const { createRoot } = await import('react-dom/client');
  const kit = await import('../src');
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  const render = (locale: 'zh-CN' | 'en') =>
    flushSync(() =>
      root.render(
        React.createElement(
          kit.WinCallProvider,
          { options: { vccCode: 'demo', serverUrl: 'http://127.0.0.1:1' }, locale },
          React.createElement(kit.SoftphoneBar),
        ),
      ),
    );
  unmount = () => root.unmount();
  return { kit, host, render };
}

let unmount: (() => void) | undefined;
const actEnvironment = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };

beforeEach(() => {
  actEnvironment.IS_REACT_ACT_ENVIRONMENT = false;
});

afterEach(() => {
  unmount?.();
  unmount = undefined;
  actEnvironment.IS_REACT_ACT_ENVIRONMENT = true;
});

describe('UI strings per locale', () => {
  it('an English page shows nothing of the bar until its catalog arrives, then English only, and never loads the Chinese one', async () => {
    const { kit, host, render } = await coldKit();
    render('en');
    // No flash of the other language or of raw keys: the bar's place is empty while it loads.
    expect(host.querySelector('.wincall-bar')?.getAttribute('data-state')).toBe('loading');
    expect(host.textContent).toBe('');

    await waitFor(() => expect(host.querySelector('button[type="submit"]')?.textContent).toBe('Sign in'));
    expect(host.textContent).not.toMatch(/[\u4e00-\u9fff]/);
    // The Chinese catalog was never fetched: a translator for it has no strings yet.
    expect(kit.createTranslator('zh-CN').t('signIn.submit')).toBe('signIn.submit');
  });

  it("fetches no error texts before sign-in, and a switch to another language brings that language's", async () => {
    const { host, render } = await coldKit();
    // The same fresh module graph as the kit's: the core's catalogs start unloaded.
    const core = await import('@wincall/core');
    render('en');
    await waitFor(() => expect(host.querySelector('button[type="submit"]')?.textContent).toBe('Sign in'));
    // The first language's texts come with the client's connection, not with the page.
    expect(core.codeTextsLoaded(['en'])).toBe(false);

    render('zh-CN');
    await waitFor(() => expect(host.querySelector('button[type="submit"]')?.textContent).toBe('签入'));
    expect(core.codeTextsLoaded(['zh-CN'])).toBe(true);
    expect(core.codeTextsLoaded(['en'])).toBe(false);
  });

  it('a locale switch keeps the current language until the new catalog has arrived', async () => {
    const { render, host } = await coldKit();
    render('zh-CN');
    await waitFor(() => expect(host.querySelector('button[type="submit"]')?.textContent).toBe('签入'));

    render('en');
    // Still the whole bar in Chinese (not empty, not keys) while English loads…
    expect(host.querySelector('button[type="submit"]')?.textContent).toBe('签入');
    // …then English.
    await waitFor(() => expect(host.querySelector('button[type="submit"]')?.textContent).toBe('Sign in'));
  });

  it('a catalog that could not be downloaded: the keys stand in, it is fetched again, then the strings show', async () => {
    // Only the provider's retry timers are driven by the test; React schedules its work as usual.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    let downloads = 0;
    vi.doMock('../src/i18n/en', async (importOriginal) => {
      // The first download fails, as on a network that dropped for a moment.
      if (downloads++ === 0) throw new TypeError('Failed to fetch dynamically imported module');
      return importOriginal();
    });
    try {
      const { host, render } = await coldKit();
      render('en');
      const submit = () => host.querySelector('button[type="submit"]')?.textContent;
      await untilReal(() => expect(submit()).toBe('signIn.submit'));
      expect(downloads).toBe(1);
      await vi.advanceTimersByTimeAsync(4_900);
      expect(downloads).toBe(1);
      await vi.advanceTimersByTimeAsync(100);
      await untilReal(() => expect(submit()).toBe('Sign in'));
      expect(downloads).toBe(2);
      expect(host.textContent).not.toContain('signIn.');
    } finally {
      vi.doUnmock('../src/i18n/en');
      vi.useRealTimers();
    }
  });

  it('loadMessages resolves with the catalog, after which translators need no wait', async () => {
    const { kit } = await coldKit();
    const en = await kit.loadMessages('en');
    expect(en['signIn.submit']).toBe('Sign in');
    expect(kit.createTranslator('en').t('signIn.submit')).toBe('Sign in');
    // Overrides still win over the loaded catalog.
    expect(kit.createTranslator('en', { 'signIn.submit': 'Log on' }).t('signIn.submit')).toBe('Log on');
  });
});
