export type Tone = 'danger' | 'warning' | 'notice' | 'success' | 'neutral';

/** The icon that goes with each tone, so that colour is never the only signal. */
const ICON: Record<Tone, string> = {
  danger: '⚠',
  warning: '!',
  notice: '◷',
  success: '✓',
  neutral: '•',
};

export function Tag({ tone, children }: { tone: Tone; children: string }) {
  return (
    <span className={`tag tag-${tone}`}>
      <span className="tag-icon" aria-hidden="true">
        {ICON[tone]}
      </span>
      {children}
    </span>
  );
}
