// The dossier's table of contents: one link per section, with its count. The app's routes live in
// the address's hash, so a link moves to its section itself (scrolls, and focuses its heading so
// that reading and tabbing go on from there) instead of changing the hash.
import type { MouseEvent } from 'react';
import { t } from '../../i18n';
import { dossierHref } from '../../router';

export interface IndexEntry {
  /** The id of the section's heading. */
  id: string;
  title: string;
  /** Shown after the title when given (e.g. how many visits). */
  count?: number;
}

/** Moves to a section: scrolls its heading into view and gives it focus. */
export function goToSection(id: string): void {
  const heading = document.getElementById(id);
  if (!heading) return;
  if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
  heading.scrollIntoView({ block: 'start' });
  heading.focus({ preventScroll: true });
}

export function DossierIndex({
  iso3,
  state,
  entries,
}: {
  iso3: string;
  state: string;
  entries: IndexEntry[];
}) {
  const follow = (id: string) => (e: MouseEvent) => {
    e.preventDefault();
    goToSection(id);
  };
  return (
    <nav className="dossier-index" aria-label={t('dossier.index.label', { state })}>
      <h2 className="dossier-index-title">{t('dossier.index.title')}</h2>
      <ol>
        {entries.map((entry) => (
          <li key={entry.id}>
            <a href={dossierHref(iso3)} onClick={follow(entry.id)} data-section={entry.id}>
              {entry.count === undefined
                ? entry.title
                : t('dossier.sectionTitle', { title: entry.title, count: entry.count })}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
