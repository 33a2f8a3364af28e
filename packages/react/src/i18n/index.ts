export type { MessageKey, Messages } from './zh-CN';
export {
  createTranslator,
  loadMessages,
  loadedMessages,
  messagesFailed,
  type WinCallLocale,
  type Translator,
  type MessageValues,
} from './translator';
