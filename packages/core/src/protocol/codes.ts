/**
 * The result-code catalog (protocol-codes.tsv): 305 texts per language, one chunk per language
 * (codes.zh.ts, codes.en.ts, generated), loaded on first use. A page that never shows an error
 * never downloads them, and a page in one language downloads only that one. Until a language is
 * loaded its texts fall back to the code itself, as the legacy client shows a code it has no text
 * for; `WinCallError` reads its texts when they are asked for, so an error made before the catalog
 * arrived reads correctly once it has. The client starts loading as soon as it connects and makes
 * a failed command wait for it (client/texts.ts); the compat facade installs Chinese up front.
 */
export type Locale = 'zh-CN' | 'en';

export interface CodeText {
  zh: string;
  en: string;
}

type Language = 'zh' | 'en';
type Catalog = ReadonlyMap<string, string>;

const catalogs: Partial<Record<Language, Catalog>> = {};
const loading: Partial<Record<Language, Promise<void>>> = {};

// Literal specifiers, so that every bundler splits each language into its own chunk.
const IMPORTS: Record<Language, () => Promise<{ default: string }>> = {
  zh: () => import('./codes.zh'),
  en: () => import('./codes.en'),
};

const BOTH: readonly Locale[] = ['zh-CN', 'en'];

/** `zh-CN` (any `zh…`) → Chinese, anything else → English, as `WinCallError.text` does. */
const languageOf = (locale: string): Language => (locale.startsWith('zh') ? 'zh' : 'en');

function parse(data: string): Catalog {
  const catalog = new Map<string, string>();
  for (const line of data.split('\n')) {
    const bar = line.indexOf('|');
    catalog.set(line.slice(0, bar), line.slice(bar + 1));
  }
  return catalog;
}

/** Makes a language's texts available at once (the compat facade does this for Chinese). */
export function installCodeTexts(locale: Locale, data: string): void {
  catalogs[languageOf(locale)] ??= parse(data);
}

/**
 * Loads the catalogs of these locales (default: both) unless loaded. Never rejects: when a chunk
 * cannot be fetched the texts stay on their fallback and the next call tries again.
 */
export function loadCodeTexts(locales: readonly string[] = BOTH): Promise<void> {
  const pending = locales.map(languageOf).map((language) => {
    if (catalogs[language]) return undefined;
    return (loading[language] ??= IMPORTS[language]().then(
      (module) => {
        catalogs[language] ??= parse(module.default);
      },
      () => {
        delete loading[language];
      },
    ));
  });
  return Promise.all(pending).then(() => undefined);
}

/** Whether the catalogs of these locales (default: both) are loaded. */
export function codeTextsLoaded(locales: readonly string[] = BOTH): boolean {
  return locales.every((locale) => catalogs[languageOf(locale)] !== undefined);
}

/** A code's text in a locale's loaded catalog; `undefined` when that catalog is not loaded or has no text. */
export function localizedCodeText(code: string, locale: string): string | undefined {
  return catalogs[languageOf(locale)]?.get(code);
}

/**
 * The catalog texts of a display code, or `null` when no loaded catalog has it. Synchronous: it
 * answers from what is loaded (`await loadCodeTexts()` first); a language not loaded yet gives the
 * code itself.
 */
export function codeText(code: string): CodeText | null {
  const zh = catalogs.zh?.get(code);
  const en = catalogs.en?.get(code);
  if (zh === undefined && en === undefined) return null;
  return { zh: zh ?? code, en: en ?? code };
}

/** All codes of the loaded catalogs, for tables and tests. */
export function catalogCodes(): string[] {
  return [...new Set([...(catalogs.zh?.keys() ?? []), ...(catalogs.en?.keys() ?? [])])];
}
