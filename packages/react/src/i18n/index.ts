export { zhCN, type MessageKey, type Messages } from './zh-CN';
export { en } from './en';
export { createTranslator, CATALOGS, type WinCallLocale, type Translator, type MessageValues } from './translator';
