export { noticeText, formatClock, type NoticeWords, type NoticeNames } from './texts';
