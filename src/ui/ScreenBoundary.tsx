import { Component, type ComponentChildren } from 'preact';
import { useT } from '../state/context';

interface Props {
  children: ComponentChildren;
}

interface State {
  failed: boolean;
}

function Failed({ retry }: { retry: () => void }) {
  const t = useT();
  return (
    <div role="alert" class="notice">
      <p>{t('app.screenFailed')}</p>
      <button type="button" onClick={retry}>
        {t('app.screenRetry')}
      </button>
    </div>
  );
}

/**
 * Catches a screen's render error so that it never blanks the app: the header, quick exit and crisis
 * lines live outside it. The app gives each screen its own (keyed by screen), so leaving resets it.
 */
export class ScreenBoundary extends Component<Props, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    console.error(error);
  }

  render() {
    if (this.state.failed) return <Failed retry={() => this.setState({ failed: false })} />;
    return this.props.children;
  }
}
