import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { WinCallClient } from '../src';
import zh from '../src/protocol/codes.zh';
import en from '../src/protocol/codes.en';
import { createFakeLocks } from './support/fakeLocks';
import { createFakeTransport, playSignIn, result } from './support/fakeTransport';

/** The core as a page loads it: no catalog loaded yet (fresh modules for each test). */
async function freshCore() {
  vi.resetModules();
  return { ...(await import('../src')), ...(await import('../src/protocol')), ...(await import('../src/tabs')) };
}

const tsv = readFileSync(new URL('../../../docs/protocol/protocol-codes.tsv', import.meta.url), 'utf8')
  .split(/\r?\n/)
  .slice(1)
  .filter((line) => line.trim() !== '')
  .map((line) => line.split('\t') as [string, string, string]);

let client: WinCallClient | undefined;
const cleanups: (() => void)[] = [];
afterEach(() => {
  client?.destroy();
  client = undefined;
  for (const cleanup of cleanups.splice(0).reverse()) cleanup();
});

describe('the result-code catalog, one chunk per language, loaded on first use', () => {
  it('a zh-CN client fetches only the Chinese texts, when it connects; its first failure rejects with the text', async () => {
    const { createWinCallClient, WinCallError, codeText, codeTextsLoaded, loadCodeTexts } = await freshCore();
    expect(codeTextsLoaded(['zh-CN'])).toBe(false);
    expect(codeTextsLoaded(['en'])).toBe(false);
    // Made before any catalog is there: the code stands in for the text.
    const early = new WinCallError({ code: '005004', action: 'busy', reason: 'rejected', ret: 4 });
    expect(early.messageZh).toBe('005004');
    expect(codeText('005004')).toBeNull();

    const fake = createFakeTransport();
    client = createWinCallClient({ vccCode: 'demo', transport: fake.transport, loginDelay: 0, locale: 'zh-CN' });
    expect(codeTextsLoaded(['zh-CN'])).toBe(false); // creating a client fetches nothing
    const login = client.login({ agentNum: '1001', password: 'pw', extension: '8001' });
    await playSignIn(fake);
    await login;
    const busy = client.busy();
    fake.push(result(4, 4));
    await expect(busy).rejects.toMatchObject({ code: '005004', messageZh: '不允许置忙' });
    expect(client.getState().lastError?.text('zh-CN')).toBe('不允许置忙');
    // The same error object, made before the catalog arrived, now reads its text too.
    expect(early.text('zh-CN')).toBe('不允许置忙');
    // English was never fetched: the English text is the code, the fallback.
    expect(codeTextsLoaded(['en'])).toBe(false);
    expect(early.message).toBe('005004');

    await loadCodeTexts(['en']);
    expect(early.message).toBe('busy not allowed');
    expect(early.messageEn).toBe(early.message);
  });

  it('a failure before the catalog arrived (local check, nothing sent) waits for it, and the UI state is refreshed', async () => {
    const { createWinCallClient, codeTextsLoaded } = await freshCore();
    expect(codeTextsLoaded(['zh-CN'])).toBe(false);
    const fake = createFakeTransport();
    client = createWinCallClient({ vccCode: 'demo', transport: fake.transport, loginDelay: 0 });
    const login = client.login({ agentNum: '', password: '', extension: '' });
    // Shown at once (a UI renders its code until the text is in)…
    const shown = client.getState().lastError;
    expect(shown?.code).toBe('001100');
    await expect(login).rejects.toMatchObject({
      code: '001100',
      messageZh: '初始化参数为空',
      message: 'sign-in parameter missing',
    });
    expect(codeTextsLoaded()).toBe(true);
    // …then replaced by a fresh copy once the texts are in, so that a UI selecting it renders again.
    expect(client.getState().lastError).not.toBe(shown);
    expect(client.getState().lastError).toMatchObject({ code: '001100', messageZh: '初始化参数为空' });
  });

  it('a follower tab fetches its own texts for the leader\'s error it mirrors, and shows the error again', async () => {
    const { createSharedWinCallClient, initialState, codeTextsLoaded } = await freshCore();
    const locks = createFakeLocks();
    const channelName = `texts-${Math.random()}`;
    // Another tab leads (holds the lock) and talks on the channel.
    let releaseLeader = () => undefined as void;
    void locks.request(`${channelName}:leader`, {}, () => new Promise<void>((resolve) => (releaseLeader = resolve)));
    cleanups.push(() => releaseLeader());
    const leader = new BroadcastChannel(channelName);
    cleanups.push(() => leader.close());
    const tab = createSharedWinCallClient({ vccCode: 'demo', channelName, locale: 'en', environment: { locks, vault: null } });
    cleanups.push(() => tab.destroy());
    expect(tab.role).toBe('follower');

    const shown: unknown[] = [];
    tab.store.subscribe((state) => {
      if (state.lastError) shown.push(state.lastError);
    });
    const failed = { ...initialState(0), lastError: { code: '005004', action: 'busy', reason: 'rejected', ret: 4 } };
    leader.postMessage({ type: 'state', from: 'leader-tab', state: failed, forcedSignOut: false });
    // Shown at once, then again as a fresh copy once this tab's English texts are in.
    await vi.waitFor(() => expect(shown).toHaveLength(2));
    expect(shown[1]).not.toBe(shown[0]);
    expect(tab.getState().lastError?.message).toBe('busy not allowed');
    expect(codeTextsLoaded(['zh-CN'])).toBe(false);
  });

  it('the generated chunks hold every code of protocol-codes.tsv, in both languages', async () => {
    const { catalogCodes, codeText, loadCodeTexts } = await freshCore();
    expect(catalogCodes()).toEqual([]);
    await loadCodeTexts();
    expect(catalogCodes().sort()).toEqual(tsv.map(([code]) => code).sort());
    for (const [code, textZh, textEn] of tsv) expect(codeText(code)).toEqual({ zh: textZh, en: textEn });
    expect(zh.split('\n')).toHaveLength(tsv.length);
    expect(en.split('\n')).toHaveLength(tsv.length);
  });
});
