import type { ReactNode } from 'react';
import { EmptyState } from '../../components/EmptyState';
import { t } from '../../i18n';

/** One part of a State's dossier, with its count and a plain "nothing recorded" when empty. */
export function DossierSection({
  id,
  title,
  count,
  children,
}: {
  id: string;
  title: string;
  count: number;
  children: ReactNode;
}) {
  return (
    <section className="dossier-section" aria-labelledby={id}>
      <h2 id={id}>{t('dossier.sectionTitle', { title, count })}</h2>
      {count === 0 ? <EmptyState>{t('dossier.noneRecorded')}</EmptyState> : children}
    </section>
  );
}
