import { useEffect, useState, useSyncExternalStore } from 'react';
import { describeCommand, describePayload, type DecodedMessage } from '../decode';
import { connectionHealth } from '../health';
import type { DevtoolsRecorder, RecordedEntry } from '../recorder';
import type { Redaction } from '../redact';
import { buildReport, reportFileName, toReportEntry, type BugReport, type ReportEntry } from '../report';
import { STRINGS, type DevtoolsLocale, type DevtoolsStrings } from '../strings';
import { clock, describeInput, seconds, show } from './format';
import { PANEL_CSS } from './styles';

export interface PanelProps {
  recorder: DevtoolsRecorder;
  redaction: Redaction;
  locale: DevtoolsLocale;
  onClose(): void;
  /** Called with every exported report (after the download starts). */
  onExport?: (report: BugReport) => void;
}

type Tab = 'frames' | 'timeline' | 'connection';
type FrameEntry = Extract<ReportEntry, { dir: 'in' | 'out' }>;
type TransitionEntry = Extract<ReportEntry, { dir: 'transition' }>;

interface ShownFrame {
  entry: FrameEntry;
  messages: DecodedMessage[];
  /** Lower-case text the filter searches. */
  haystack: string;
  heartbeat: boolean;
}

/** Redacted and decoded once per entry: entries never change. */
const cache = new WeakMap<RecordedEntry, { redaction: Redaction; entry: ReportEntry; frame?: ShownFrame }>();

function prepare(raw: RecordedEntry, redaction: Redaction) {
  const hit = cache.get(raw);
  if (hit && hit.redaction === redaction) return hit;
  const entry = toReportEntry(raw, redaction);
  let frame: ShownFrame | undefined;
  if (entry.dir !== 'transition') {
    const messages = entry.dir === 'in' ? describePayload(entry.payload) : [describeCommand(entry.command)];
    frame = {
      entry,
      messages,
      haystack: messages.map((m) => `${m.title} ${m.meaning.zh} ${m.meaning.en} ${m.code ?? ''} ${JSON.stringify(m.fields)}`).join(' ').toLowerCase(),
      heartbeat: messages.every((m) => m.title.startsWith('MT 2') || m.title.startsWith('Action 7')),
    };
  }
  const prepared = { redaction, entry, ...(frame ? { frame } : {}) };
  cache.set(raw, prepared);
  return prepared;
}

function download(report: BugReport) {
  if (typeof URL.createObjectURL !== 'function') return;
  const url = URL.createObjectURL(new Blob([JSON.stringify(report, null, 2)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = reportFileName(report);
  link.rel = 'noopener';
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The devtools panel: frames, state timeline, connection health, bug-report export. */
export default function Panel({ recorder, redaction, locale, onClose, onExport }: PanelProps) {
  const t = STRINGS[locale] ?? STRINGS.en;
  const [tab, setTab] = useState<Tab>('frames');
  useSyncExternalStore(recorder.subscribe, recorder.version, recorder.version);
  const entries = recorder.entries();
  const prepared = entries.map((raw) => prepare(raw, redaction));

  const exportReport = () => {
    const report = buildReport(recorder, redaction);
    download(report);
    onExport?.(report);
  };

  return (
    <section className="wcd-panel" role="dialog" aria-label={t.title} data-testid="wincall-devtools">
      <style>{PANEL_CSS}</style>
      <header className="wcd-head">
        <span className="wcd-title">{t.title}</span>
        <span className="wcd-badge" data-role={recorder.role()} title={t.role}>
          {t.role}: {t[recorder.role()]}
        </span>
        <span className="wcd-badge" data-testid="wincall-devtools-redaction">
          {redaction.numbers || redaction.dtmf ? t.masked : t.unmasked}
        </span>
        <span className="wcd-spacer" />
        <div className="wcd-tabs" role="tablist" aria-label={t.title}>
          {(['frames', 'timeline', 'connection'] as const).map((name) => (
            <button key={name} type="button" role="tab" aria-selected={tab === name} onClick={() => setTab(name)}>
              {t[name]}
            </button>
          ))}
        </div>
        <button type="button" onClick={exportReport}>
          {t.export}
        </button>
        <button type="button" onClick={recorder.clear}>
          {t.clear}
        </button>
        <button type="button" onClick={onClose} aria-label={t.close}>
          ✕
        </button>
      </header>
      {tab === 'frames' ? (
        <Frames t={t} frames={prepared.flatMap((p) => (p.frame ? [p.frame] : []))} follower={!recorder.seesFrames() && recorder.role() === 'follower'} />
      ) : tab === 'timeline' ? (
        <Timeline t={t} transitions={prepared.flatMap((p) => (p.entry.dir === 'transition' ? [p.entry] : []))} />
      ) : (
        <Connection t={t} recorder={recorder} />
      )}
    </section>
  );
}

function Frames({ t, frames, follower }: { t: DevtoolsStrings; frames: ShownFrame[]; follower: boolean }) {
  const [filter, setFilter] = useState('');
  const [direction, setDirection] = useState<'all' | 'in' | 'out'>('all');
  const [hideHeartbeats, setHideHeartbeats] = useState(false);
  const needle = filter.trim().toLowerCase();
  const shown = frames.filter(
    (frame) =>
      (direction === 'all' || frame.entry.dir === direction) &&
      !(hideHeartbeats && frame.heartbeat) &&
      (needle === '' || frame.haystack.includes(needle)),
  );
  return (
    <>
      <div className="wcd-tools">
        <label>
          {t.filter}{' '}
          <input type="search" value={filter} placeholder={t.filterPlaceholder} onChange={(event) => setFilter(event.target.value)} />
        </label>
        <label>
          {t.direction}{' '}
          <select value={direction} onChange={(event) => setDirection(event.target.value as 'all' | 'in' | 'out')}>
            <option value="all">{t.all}</option>
            <option value="in">{t.in}</option>
            <option value="out">{t.out}</option>
          </select>
        </label>
        <label>
          <input type="checkbox" checked={hideHeartbeats} onChange={(event) => setHideHeartbeats(event.target.checked)} /> {t.hideHeartbeats}
        </label>
        <span className="wcd-time" data-testid="wincall-devtools-count">
          {shown.length} / {frames.length} {t.shown}
        </span>
      </div>
      <div className="wcd-body">
        {frames.length === 0 ? <p className="wcd-empty">{follower ? t.followerFrames : t.noFrames}</p> : null}
        <ol className="wcd-list" aria-label={t.frames}>
          {shown.map((frame) => (
            <li key={frame.entry.seq} className="wcd-row" data-dir={frame.entry.dir} data-testid="wincall-devtools-frame">
              <details>
                <summary>
                  <span className="wcd-time">{clock(frame.entry.at)}</span>
                  <span className="wcd-dir" data-dir={frame.entry.dir} title={frame.entry.dir === 'in' ? t.in : t.out}>
                    {frame.entry.dir === 'in' ? '↓ in' : '↑ out'}
                  </span>
                  <span>
                    {frame.messages.map((message, i) => (
                      <span key={i} className="wcd-msg wcd-name">
                        {message.title}
                      </span>
                    ))}
                  </span>
                  <span>
                    {frame.messages.map((message, i) => (
                      <span key={i} className="wcd-msg">
                        <span className="wcd-zh" lang="zh-CN">
                          {message.meaning.zh}
                        </span>{' '}
                        <span className="wcd-en" lang="en">
                          {message.meaning.en}
                        </span>
                        {message.code ? <span className="wcd-code">{message.code}</span> : null}
                      </span>
                    ))}
                  </span>
                </summary>
                <pre className="wcd-json">
                  {frame.entry.dir === 'in' ? frame.messages.map((m) => JSON.stringify(m.fields)).join('\n') : JSON.stringify(frame.entry.command)}
                </pre>
              </details>
            </li>
          ))}
        </ol>
      </div>
    </>
  );
}

function Timeline({ t, transitions }: { t: DevtoolsStrings; transitions: TransitionEntry[] }) {
  return (
    <div className="wcd-body">
      {transitions.length === 0 ? <p className="wcd-empty">{t.noTransitions}</p> : null}
      <ol className="wcd-list" aria-label={t.timeline}>
        {transitions.map((entry) => (
          <li key={entry.seq} className="wcd-row" data-testid="wincall-devtools-transition">
            <div>
              <span className="wcd-time">{clock(entry.at)}</span> <span className="wcd-name">{describeInput(entry.input)}</span>{' '}
              <span className="wcd-en">
                → {entry.state.connection} · {entry.state.agent}
                {entry.state.call ? ` · ${entry.state.call}` : ''}
                {entry.state.pending ? ` · ${entry.state.pending}…` : ''}
              </span>
            </div>
            <ul className="wcd-diff" aria-label={t.changes}>
              {entry.diff.map((change) => (
                <li key={change.path}>
                  {change.path}: <span className="wcd-before">{show(change.before)}</span> → <span className="wcd-after">{show(change.after)}</span>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </div>
  );
}

function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

function Connection({ t, recorder }: { t: DevtoolsStrings; recorder: DevtoolsRecorder }) {
  const now = useNow();
  const state = recorder.client.getState();
  // A scan of the entries, once a second while this tab is shown: cheap next to rendering them.
  const health = connectionHealth(recorder.entries(), state, recorder.options());
  const relative = (at: number | null, empty: string) =>
    at === null ? empty : at <= now ? `${seconds(now - at)} ${t.ago}` : `${seconds(at - now)} ${t.in_}`;
  const commandTimeout = recorder.options()?.timeouts?.command ?? 10_000;
  return (
    <div className="wcd-body">
      <dl className="wcd-grid" data-testid="wincall-devtools-connection">
        <dt>{t.role}</dt>
        <dd>{t[recorder.role()]}</dd>
        <dt>{t.transport}</dt>
        <dd>{health.transport}</dd>
        <dt>{t.status}</dt>
        <dd>{health.connection}</dd>
        <dt>{t.lastFrame}</dt>
        <dd>{relative(health.lastFrameAt, t.never)}</dd>
        <dt>{t.heartbeat}</dt>
        <dd>{health.heartbeatInterval === null ? t.notMeasured : `${health.heartbeatInterval} ms`}</dd>
        <dt>{t.watchdog}</dt>
        <dd>{relative(health.watchdogAt, t.off)}</dd>
        <dt>{t.stalled}</dt>
        <dd>{relative(health.stalledSince, t.none)}</dd>
        <dt>{t.reconnects}</dt>
        <dd>
          {health.reconnects} ({health.reconnectsSinceConnected})
        </dd>
        <dt>{t.pending}</dt>
        <dd>
          {state.pending ? (
            <div>
              {state.pending.command} · {t.deadline} {relative(state.pending.since + commandTimeout, t.none)}
            </div>
          ) : null}
          {health.awaiting.length === 0 && !state.pending
            ? t.none
            : health.awaiting.map((command, i) => (
                <div key={`${command.sentAt}-${i}`}>
                  Action {command.action} · {t.deadline} {relative(command.deadline, t.none)}
                </div>
              ))}
        </dd>
      </dl>
    </div>
  );
}
