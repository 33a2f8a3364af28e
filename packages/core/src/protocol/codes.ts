import { CODE_TEXTS } from './codes.data';

export type Locale = 'zh-CN' | 'en';

export interface CodeText {
  zh: string;
  en: string;
}

/** The catalog text of a display code (protocol-codes.tsv), or `null` when the catalog has none. */
export function codeText(code: string): CodeText | null {
  const entry = Object.hasOwn(CODE_TEXTS, code) ? CODE_TEXTS[code] : undefined;
  return entry ? { zh: entry[0], en: entry[1] } : null;
}

/** All catalog codes, for tables and tests. */
export function catalogCodes(): string[] {
  return Object.keys(CODE_TEXTS);
}
