import { lazy, Suspense, useCallback, useEffect, useMemo, useState, type CSSProperties } from 'react';
import type { WinCallClient } from '@wincall/core';
import { useWinCall, WinCallErrorBoundary } from '@wincall/react';
import { createRecorder } from './recorder';
import { resolveRedaction, type RedactOptions } from './redact';
import type { BugReport } from './report';
import type { DevtoolsLocale } from './strings';

// The panel (decoder, tables, timeline, report) is its own chunk, loaded when first opened. A
// download that failed is tried again when the panel is next opened (React.lazy keeps a failure
// for good, so each attempt is a lazy component of its own).
const loadPanel = () => import('./panel/Panel');

export interface WinCallDevtoolsProps {
  /** The client to inspect; by default the one of the nearest `WinCallProvider`. */
  client?: WinCallClient;
  /** Open at first. Default false. */
  defaultOpen?: boolean;
  /** Controlled open state (with `onOpenChange`). */
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
  /** Toggles the panel, e.g. `Alt+Shift+D` (the default); `false` for none. */
  hotkey?: string | false;
  /** Masking of phone numbers and DTMF/IVR digits, in the panel and in exports. Default: both masked. */
  redact?: RedactOptions;
  /** The panel's language. Default `zh-CN`; frame meanings always show both. */
  locale?: DevtoolsLocale;
  /** Called with every exported bug report. */
  onExport?: (report: BugReport) => void;
  /** Style of the toggle button (it floats at the bottom right by default). */
  buttonStyle?: CSSProperties;
}

const BUTTON: CSSProperties = {
  position: 'fixed',
  right: 12,
  bottom: 12,
  zIndex: 2147483000,
  font: '12px/1.2 system-ui, sans-serif',
  padding: '6px 10px',
  borderRadius: 999,
  border: '1px solid #374151',
  background: '#111827',
  color: '#f9fafb',
  cursor: 'pointer',
};

const LABEL: Readonly<Record<DevtoolsLocale, string>> = { 'zh-CN': 'WinCall 调试', en: 'WinCall devtools' };
const FAILED: Readonly<Record<DevtoolsLocale, string>> = { 'zh-CN': 'WinCall 调试（面板未能打开，重试）', en: 'WinCall devtools (the panel failed: retry)' };

/** `Alt+Shift+D` → a matcher of keydown events (letters by their physical key: Alt changes `key` on macOS). */
function hotkeyMatcher(hotkey: string | false): ((event: KeyboardEvent) => boolean) | null {
  if (!hotkey) return null;
  const parts = hotkey.split('+').map((part) => part.trim().toLowerCase());
  const key = parts.pop() ?? '';
  const want = { alt: parts.includes('alt'), shift: parts.includes('shift'), ctrl: parts.includes('ctrl'), meta: parts.includes('meta') };
  return (event) =>
    event.altKey === want.alt &&
    event.shiftKey === want.shift &&
    event.ctrlKey === want.ctrl &&
    event.metaKey === want.meta &&
    (event.key.toLowerCase() === key || event.code.toLowerCase() === `key${key}`);
}

/**
 * The WinCall devtools: a small toggle that records the client from the moment it mounts and
 * loads the panel (frames, state timeline, connection, bug-report export) when first opened.
 */
export function WinCallDevtools(props: WinCallDevtoolsProps) {
  return props.client ? <Devtools {...props} client={props.client} /> : <FromProvider {...props} />;
}

function FromProvider(props: WinCallDevtoolsProps) {
  const client = useWinCall();
  return <Devtools {...props} client={client} />;
}

function Devtools({
  client,
  defaultOpen = false,
  open: controlled,
  onOpenChange,
  hotkey = 'Alt+Shift+D',
  redact,
  locale = 'zh-CN',
  onExport,
  buttonStyle,
}: WinCallDevtoolsProps & { client: WinCallClient }) {
  // Created during render (pure: nothing subscribes yet), started by the effect below.
  const recorder = useMemo(() => createRecorder(client), [client]);
  const [uncontrolled, setUncontrolled] = useState(defaultOpen);
  const open = controlled ?? uncontrolled;
  const numbers = redact?.numbers;
  const dtmf = redact?.dtmf;
  const redaction = useMemo(() => resolveRedaction({ numbers, dtmf }), [numbers, dtmf]);

  useEffect(() => recorder.start(), [recorder]);
  const [Panel, setPanel] = useState(() => lazy(loadPanel));
  const [failed, setFailed] = useState(false);

  const setOpen = useCallback(
    (next: boolean) => {
      setUncontrolled(next);
      onOpenChange?.(next);
    },
    [onOpenChange],
  );

  useEffect(() => {
    const matches = hotkeyMatcher(hotkey);
    if (!matches) return;
    const onKey = (event: KeyboardEvent) => {
      if (!matches(event)) return;
      event.preventDefault();
      setOpen(!open);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [hotkey, open, setOpen]);

  if (!open || failed) {
    const labels = failed ? FAILED : LABEL;
    const retry = () => {
      if (failed) {
        setPanel(() => lazy(loadPanel));
        setFailed(false);
      }
      setOpen(true);
    };
    return (
      <button
        type="button"
        style={{ ...BUTTON, ...buttonStyle }}
        aria-expanded={false}
        aria-keyshortcuts={hotkey || undefined}
        data-testid="wincall-devtools-toggle"
        data-state={failed ? 'failed' : undefined}
        onClick={retry}
      >
        {labels[locale] ?? labels.en}
      </button>
    );
  }
  return (
    // A panel that failed (its download, or itself) stays out of the host page's way.
    <WinCallErrorBoundary fallback={null} onError={() => setFailed(true)}>
      <Suspense fallback={null}>
        <Panel recorder={recorder} redaction={redaction} locale={locale} onClose={() => setOpen(false)} {...(onExport ? { onExport } : {})} />
      </Suspense>
    </WinCallErrorBoundary>
  );
}
