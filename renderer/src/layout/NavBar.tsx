import { PAGES, pageHref, sectionOf, type Route } from '../router';
import { t } from '../i18n';

export function NavBar({ route }: { route: Route }) {
  const active = sectionOf(route);
  return (
    <nav className="nav" aria-label={t('nav.label')}>
      <ul>
        {PAGES.map((p) => (
          <li key={p.id}>
            <a href={pageHref(p.id)} aria-current={p.id === active ? 'page' : undefined}>
              {t(p.label)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
