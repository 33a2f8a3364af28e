/** `@wincall/react/messages/en`: the English catalog, for `messages={en}` or your own lookups. */
export { en } from '../i18n/en';
