import { useEffect, useState, useSyncExternalStore } from 'react';
import type { PhoneStatsSample } from '@wincall/core';
import { describeCommand, describePayload } from '../decode';
import { connectionHealth } from '../health';
import type { Meaning } from '../names';
import type { DevtoolsRecorder, RecordedEntry, RecordedSip } from '../recorder';
import type { Redaction } from '../redact';
import { buildReport, reportFileName, toReportEntry, type BugReport, type ReportEntry } from '../report';
import { describeSip, redactSip } from '../sip';
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
type TransitionEntry = Extract<ReportEntry, { dir: 'transition' }>;
type Source = 'wintel' | 'sip';

/** A row of the frames list: a wintel frame (in or out) or a SIP message of the browser phone. */
interface ShownFrame {
  seq: number;
  at: number;
  dir: 'in' | 'out';
  source: Source;
  messages: { title: string; meaning: Meaning; code?: string }[];
  /** What its details show: the decoded fields, the command, or the SIP text (all redacted). */
  detail: string;
  /** Lower-case text the filter searches. */
  haystack: string;
  heartbeat: boolean;
}

/** Redacted and decoded once per entry: entries never change. */
const cache = new WeakMap<RecordedEntry, { redaction: Redaction; entry: ReportEntry; frame?: ShownFrame }>();
const sipCache = new WeakMap<RecordedSip, { redaction: Redaction; frame: ShownFrame }>();

function prepare(raw: RecordedEntry, redaction: Redaction) {
  const hit = cache.get(raw);
  if (hit && hit.redaction === redaction) return hit;
  const entry = toReportEntry(raw, redaction);
  let frame: ShownFrame | undefined;
  if (entry.dir !== 'transition') {
    const messages = entry.dir === 'in' ? describePayload(entry.payload) : [describeCommand(entry.command)];
    frame = {
      seq: entry.seq,
      at: entry.at,
      dir: entry.dir,
      source: 'wintel',
      messages,
      detail: entry.dir === 'in' ? messages.map((m) => JSON.stringify(m.fields)).join('\n') : JSON.stringify(entry.command),
      haystack: messages.map((m) => `${m.title} ${m.meaning.zh} ${m.meaning.en} ${m.code ?? ''} ${JSON.stringify(m.fields)}`).join(' ').toLowerCase(),
      heartbeat: messages.every((m) => m.title.startsWith('MT 2') || m.title.startsWith('Action 7')),
    };
  }
  const prepared = { redaction, entry, ...(frame ? { frame } : {}) };
  cache.set(raw, prepared);
  return prepared;
}

function prepareSip(raw: RecordedSip, redaction: Redaction): ShownFrame {
  const hit = sipCache.get(raw);
  if (hit && hit.redaction === redaction) return hit.frame;
  const view = redactSip(raw.message, redaction);
  const meaning = describeSip(view);
  const frame: ShownFrame = {
    seq: raw.seq,
    at: view.at,
    dir: view.direction,
    source: 'sip',
    messages: [{ title: view.summary, meaning }],
    detail: view.text,
    haystack: `sip ${view.summary} ${meaning.zh} ${meaning.en} ${view.text}`.toLowerCase(),
    // SIP keep-alive probes, as the wintel heartbeats.
    heartbeat: /^OPTIONS /.test(view.summary) || /^CSeq[ \t]*:[ \t]*\d+[ \t]+OPTIONS/im.test(view.text),
  };
  sipCache.set(raw, { redaction, frame });
  return frame;
}

/** Both lists are in `seq` order already: merged, they are the order the client saw them in. */
function merge(frames: ShownFrame[], sip: ShownFrame[]): ShownFrame[] {
  if (sip.length === 0) return frames;
  const out: ShownFrame[] = [];
  let i = 0;
  let j = 0;
  while (i < frames.length || j < sip.length) {
    if (j >= sip.length || (i < frames.length && frames[i]!.seq < sip[j]!.seq)) out.push(frames[i++]!);
    else out.push(sip[j++]!);
  }
  return out;
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
        <>
          <CallAudio t={t} sample={recorder.stats()} recorder={recorder} />
          <Frames
            t={t}
            frames={merge(
              prepared.flatMap((p) => (p.frame ? [p.frame] : [])),
              recorder.sip().map((raw) => prepareSip(raw, redaction)),
            )}
            phone={Boolean(recorder.client.phone)}
            follower={!recorder.seesFrames() && recorder.role() === 'follower'}
          />
        </>
      ) : tab === 'timeline' ? (
        <Timeline t={t} transitions={prepared.flatMap((p) => (p.entry.dir === 'transition' ? [p.entry] : []))} />
      ) : (
        <Connection t={t} recorder={recorder} />
      )}
    </section>
  );
}

const fixed = (value: number | null, digits: number, unit = '') => (value === null ? '—' : `${value.toFixed(digits)}${unit}`);

/** The browser phone's call audio, from its last `getStats()` sample and the quality the device derived. */
function CallAudio({ t, sample, recorder }: { t: DevtoolsStrings; sample: PhoneStatsSample | null; recorder: DevtoolsRecorder }) {
  if (!sample) return null;
  const quality = recorder.client.phone?.getState().quality ?? null;
  return (
    <div className="wcd-tools wcd-stats" data-testid="wincall-devtools-stats" role="status">
      <span className="wcd-name">{t.callAudio}</span>
      <span className="wcd-time">{clock(sample.at)}</span>
      <span>
        {t.rtt} {fixed(sample.rttMs, 0, ' ms')}
      </span>
      <span>
        {t.jitter} {fixed(sample.jitterMs, 1, ' ms')}
      </span>
      <span>
        {t.loss} {fixed(quality?.packetLossPercent ?? null, 1, ' %')}
      </span>
      <span>
        {t.mos} {fixed(quality?.mos ?? null, 2)}
      </span>
      <span>
        {t.micLevel} {fixed(sample.sentAudioLevel, 2)}
      </span>
      <span>
        {t.speakerLevel} {fixed(sample.receivedAudioLevel, 2)}
      </span>
      {quality && quality.warnings.length > 0 ? (
        <span className="wcd-code">
          {t.warnings}: {quality.warnings.join(', ')}
        </span>
      ) : null}
    </div>
  );
}

function Frames({ t, frames, phone, follower }: { t: DevtoolsStrings; frames: ShownFrame[]; phone: boolean; follower: boolean }) {
  const [filter, setFilter] = useState('');
  const [direction, setDirection] = useState<'all' | 'in' | 'out'>('all');
  const [source, setSource] = useState<'all' | Source>('all');
  const [hideHeartbeats, setHideHeartbeats] = useState(false);
  const needle = filter.trim().toLowerCase();
  const shown = frames.filter(
    (frame) =>
      (direction === 'all' || frame.dir === direction) &&
      (source === 'all' || frame.source === source) &&
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
        {phone ? (
          <label>
            {t.source}{' '}
            <select value={source} onChange={(event) => setSource(event.target.value as 'all' | Source)}>
              <option value="all">{t.all}</option>
              <option value="wintel">{t.wintel}</option>
              <option value="sip">{t.sip}</option>
            </select>
          </label>
        ) : null}
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
            <li key={frame.seq} className="wcd-row" data-dir={frame.dir} data-source={frame.source} data-testid="wincall-devtools-frame">
              <details>
                <summary>
                  <span className="wcd-time">{clock(frame.at)}</span>
                  <span className="wcd-dir" data-dir={frame.dir} title={frame.dir === 'in' ? t.in : t.out}>
                    {frame.dir === 'in' ? '↓ in' : '↑ out'}
                    {frame.source === 'sip' ? <span className="wcd-sip"> SIP</span> : null}
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
                <pre className="wcd-json">{frame.detail}</pre>
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
  const phone = recorder.client.phone?.getState() ?? null;
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
        {phone ? (
          <>
            <dt>{t.browserPhone}</dt>
            <dd data-testid="wincall-devtools-phone">
              {phone.device === 'ready' ? phone.registration : phone.device}
              {phone.failure ? ` · ${phone.failure.code}${phone.failure.sipStatus ? ` (${phone.failure.sipStatus})` : ''}` : ''}
              {phone.leg ? ` · ${phone.leg.phase}` : ''}
            </dd>
          </>
        ) : null}
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
