import { useId, type CSSProperties, type ReactNode } from 'react';
import { useMessages } from '../../hooks/useMessages';
import { cx } from '../../utils/format';
import { Search } from '../SoftphoneBar/icons';

export type DirectoryEntryKind = 'agent' | 'queue' | 'number' | 'ivr' | 'survey';

export interface DirectoryEntry {
  /** Unique in the directory, e.g. `agent:2`. */
  key: string;
  kind: DirectoryEntryKind;
  /** The main text: a name, a queue, a number. */
  title: string;
  /** Secondary text: the agent's number, a status, a queue id. */
  detail?: string;
  /** The value the command needs (agent id, queue id, number). */
  value: string | number;
  /** Why it cannot be chosen now, in words (e.g. a colleague on a call): listed, but disabled. */
  unavailable?: string;
}

export interface DirectorySection {
  id: string;
  label: string;
  entries: readonly DirectoryEntry[];
}

export interface DirectoryProps {
  /** The search box's label. */
  label: string;
  query: string;
  onQueryChange: (query: string) => void;
  sections: readonly DirectorySection[];
  selectedKey: string | null;
  onSelect: (entry: DirectoryEntry) => void;
  /** Shown under the list, e.g. "Loading…". */
  status?: ReactNode;
  className?: string;
  style?: CSSProperties;
}

/** Digits as typed (spaces and dashes allowed), long enough to be a number worth calling. */
export const DIALLABLE = /^\+?[0-9*#][0-9*#\s-]{2,31}$/;

/** Entries whose title or detail contains the query (case-insensitive); everything for an empty query. */
export function filterEntries(entries: readonly DirectoryEntry[], query: string): DirectoryEntry[] {
  const q = query.trim().toLowerCase();
  if (!q) return [...entries];
  return entries.filter((e) => e.title.toLowerCase().includes(q) || (e.detail ?? '').toLowerCase().includes(q));
}

/**
 * A searchable directory: free agents, queues, recent numbers, special destinations, and the typed
 * number itself. Each entry is a toggle button; the caller decides what to do with the choice. An
 * entry that cannot be chosen now stays listed, disabled, with its reason in words. Store-free.
 */
export function Directory({ label, query, onQueryChange, sections, selectedKey, onSelect, status, className, style }: DirectoryProps) {
  const { t } = useMessages();
  const inputId = useId();
  const typed = query.trim();
  const number = typed.replace(/[\s-]/g, '');
  const visible = sections
    .map((section) => ({ ...section, entries: filterEntries(section.entries, query) }))
    .filter((section) => section.entries.length > 0);
  // A typed number already listed (e.g. among the recent numbers) is offered once, where it is listed.
  const listed = visible.some((section) => section.entries.some((e) => e.key === `number:${number}`));
  const typedEntry: DirectoryEntry | null =
    DIALLABLE.test(typed) && !listed ? { key: `number:${number}`, kind: 'number', title: number, detail: t('directory.typedNumber'), value: number } : null;
  const renderEntry = (entry: DirectoryEntry) => (
    <li key={entry.key}>
      <button
        type="button"
        className="wincall-directory-entry"
        data-kind={entry.kind}
        data-state={entry.unavailable ? 'unavailable' : undefined}
        aria-pressed={entry.key === selectedKey}
        disabled={entry.unavailable ? true : undefined}
        onClick={() => onSelect(entry)}
      >
        <span className="wincall-directory-title">
          {entry.title}
          {entry.unavailable ? <span className="wincall-directory-reason">{entry.unavailable}</span> : null}
        </span>
        {entry.detail ? <span className="wincall-directory-detail">{entry.detail}</span> : null}
      </button>
    </li>
  );
  return (
    <div className={cx('wincall-directory', className)} style={style}>
      <div className="wincall-field wincall-search">
        <label htmlFor={inputId} className="wincall-label">
          {label}
        </label>
        <span className="wincall-search-box">
          <Search size={16} aria-hidden />
          <input
            id={inputId}
            className="wincall-input"
            type="search"
            inputMode="search"
            autoComplete="off"
            value={query}
            onChange={(event) => onQueryChange(event.target.value)}
          />
        </span>
      </div>
      <div className="wincall-directory-list">
        {typedEntry ? (
          <ul aria-label={t('directory.typedNumber')}>{renderEntry(typedEntry)}</ul>
        ) : null}
        {visible.map((section) => (
          <section key={section.id} aria-label={section.label} className="wincall-directory-section">
            <h3 className="wincall-directory-heading" aria-hidden="true">
              {section.label}
            </h3>
            <ul aria-label={section.label}>{section.entries.map(renderEntry)}</ul>
          </section>
        ))}
        {!typedEntry && visible.length === 0 ? <p className="wincall-hint">{t('directory.empty')}</p> : null}
      </div>
      {status ? <div className="wincall-directory-status">{status}</div> : null}
    </div>
  );
}
