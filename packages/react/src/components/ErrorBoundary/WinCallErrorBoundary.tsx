import { Component, type ContextType, type ErrorInfo, type ReactNode } from 'react';
import { I18nContext } from '../../context';
import { resolveTranslator } from '../../i18n/resolve';

export interface WinCallErrorBoundaryProps {
  children?: ReactNode;
  /** Replaces the default "something went wrong" panel. */
  fallback?: ReactNode;
  onError?: (error: unknown, info: ErrorInfo) => void;
}

interface State {
  failed: boolean;
}

/** Keeps a failure inside the softphone from taking the host page down with it. */
export class WinCallErrorBoundary extends Component<WinCallErrorBoundaryProps, State> {
  declare context: ContextType<typeof I18nContext>;

  // State and context are set here rather than as class fields: a field would make bundlers
  // targeting ES2020 add a helper chunk that every other chunk of the package then imports.
  constructor(props: WinCallErrorBoundaryProps) {
    super(props);
    this.state = { failed: false };
  }

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    this.props.onError?.(error, info);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    if (this.props.fallback !== undefined) return this.props.fallback;
    const { t } = resolveTranslator(this.context);
    return (
      <div role="alert" className="wincall-bar wincall-boundary" data-state="failed">
        <p>{t('boundary.title')}</p>
        <button type="button" className="wincall-button" onClick={() => this.setState({ failed: false })}>
          {t('boundary.retry')}
        </button>
      </div>
    );
  }
}
WinCallErrorBoundary.contextType = I18nContext;
