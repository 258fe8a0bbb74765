import type { ReactNode } from 'react';

/** A list of labelled facts or figures (a description list). */
export function Facts({
  items,
  variant = 'facts',
}: {
  items: [label: string, value: ReactNode][];
  variant?: 'facts' | 'stats';
}) {
  return (
    <dl className={variant}>
      {items.map(([label, value]) => (
        <div key={label} className={variant === 'stats' ? 'stat' : 'fact'}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
