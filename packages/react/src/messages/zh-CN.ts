/** `@wincall/react/messages/zh-CN`: the default catalog (简体中文), for your own lookups. */
export { zhCN } from '../i18n/zh-CN';
