// Hash-based routes (#/states/KEN), so that links work the same under Electron's app:// protocol
// and the HTTP host, and a reload keeps the page. A list's search, sort and filters follow the
// path as a query (#/visits?visits.q=kenya&visits.sort=start.desc), so that Back and a shared
// link restore them; they are not part of the route, and changing them keeps the page as it is.
import { useCallback, useSyncExternalStore } from 'react';
import type { MessageKey } from './i18n';

export const PAGES = [
  { id: 'dashboard', path: '/', label: 'nav.dashboard' },
  { id: 'states', path: '/states', label: 'nav.states' },
  { id: 'planning', path: '/planning', label: 'nav.planning' },
  { id: 'schedule', path: '/schedule', label: 'nav.schedule' },
  { id: 'consent', path: '/consent', label: 'nav.consent' },
  { id: 'visits', path: '/visits', label: 'nav.visits' },
  { id: 'followup', path: '/followup', label: 'nav.followup' },
  { id: 'committee', path: '/committee', label: 'nav.committee' },
  { id: 'coverage', path: '/coverage', label: 'nav.coverage' },
  { id: 'annualReview', path: '/annual-review', label: 'nav.annualReview' },
  { id: 'review', path: '/review', label: 'nav.review' },
  { id: 'field', path: '/field', label: 'nav.field' },
  { id: 'settings', path: '/settings', label: 'nav.settings' },
] as const satisfies readonly { id: string; path: string; label: MessageKey }[];

export type PageId = (typeof PAGES)[number]['id'];
export type Route =
  | { page: PageId }
  | { page: 'visits'; record: string }
  | { page: 'visit'; id: string }
  | { page: 'report'; id: string }
  | { page: 'followupReport'; id: string }
  | { page: 'dossier'; iso3: string }
  | { page: 'inputs' }
  | { page: 'conflicts' }
  | { page: 'sync' }
  | { page: 'notFound'; path: string };

/** Risk inputs (indicators, signals, requests) belong to Planning. */
const INPUTS_PATH = '/planning/inputs';
/** Sync conflicts are reviewed beside the list, under Review; sync itself is set up in Settings. */
const CONFLICTS_PATH = '/review/conflicts';
const SYNC_PATH = '/settings/sync';

/** The path of an address's hash and its query (`#/visits?year=2024` → `/visits`, `year=2024`). */
function splitHash(hash: string): { path: string; query: URLSearchParams } {
  const whole = hash.replace(/^#/, '');
  const mark = whole.indexOf('?');
  return mark < 0
    ? { path: whole || '/', query: new URLSearchParams() }
    : { path: whole.slice(0, mark) || '/', query: new URLSearchParams(whole.slice(mark + 1)) };
}

export function parseRoute(hash: string): Route {
  const { path, query } = splitHash(hash);
  const record = query.get('record');
  if (path === '/visits' && record && /^[A-Za-z]{3}$/.test(record))
    return { page: 'visits', record: record.toUpperCase() };
  const dossier = /^\/states\/([A-Za-z]{3})$/.exec(path);
  if (dossier) return { page: 'dossier', iso3: dossier[1]!.toUpperCase() };
  const visit = /^\/visits\/([\w-]{1,64})$/.exec(path);
  if (visit) return { page: 'visit', id: visit[1]! };
  const report = /^\/reports\/([\w-]{1,64})$/.exec(path);
  if (report) return { page: 'report', id: report[1]! };
  const followup = /^\/followup\/([\w-]{1,64})$/.exec(path);
  if (followup) return { page: 'followupReport', id: followup[1]! };
  if (path === INPUTS_PATH) return { page: 'inputs' };
  if (path === CONFLICTS_PATH) return { page: 'conflicts' };
  if (path === SYNC_PATH) return { page: 'sync' };
  const page = PAGES.find((p) => p.path === path);
  return page ? { page: page.id } : { page: 'notFound', path };
}

export const pageHref = (id: PageId): string => `#${PAGES.find((p) => p.id === id)!.path}`;
export const dossierHref = (iso3: string): string => `#/states/${iso3}`;
export const visitHref = (id: string): string => `#/visits/${id}`;
export const reportHref = (id: string): string => `#/reports/${id}`;
/** An OP 16 follow-up report, once started. */
export const followupHref = (id: string): string => `#/followup/${id}`;
/** Visits & reports with the "Record a visit" form open, for this State. */
export const recordVisitHref = (iso3: string): string => `#/visits?record=${iso3}`;
export const conflictsHref = `#${CONFLICTS_PATH}`;
export const syncHref = `#${SYNC_PATH}`;

export function navigate(href: string): void {
  window.location.hash = href;
}

/** The navigation entry a route belongs to (a dossier belongs to Member States). */
export function sectionOf(route: Route): PageId | null {
  if (route.page === 'dossier') return 'states';
  if (route.page === 'visit' || route.page === 'report') return 'visits';
  if (route.page === 'followupReport') return 'followup';
  if (route.page === 'inputs') return 'planning';
  if (route.page === 'conflicts') return 'review';
  if (route.page === 'sync') return 'settings';
  return route.page === 'notFound' ? null : route.page;
}

/** Fired after a query parameter changes through history.pushState/replaceState (no hashchange). */
const QUERY_CHANGE = 'cted:querychange';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  window.addEventListener('popstate', onChange);
  window.addEventListener(QUERY_CHANGE, onChange);
  return () => {
    window.removeEventListener('hashchange', onChange);
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(QUERY_CHANGE, onChange);
  };
}

const currentHash = () => window.location.hash;

/**
 * How a change of a query parameter is remembered: `replace` rewrites the current history entry
 * (each key typed in a search), `push` adds one that Back undoes (a sort, a filter chosen).
 */
export type QueryChange = 'push' | 'replace';

/** Sets (or, when empty, removes) query parameters of the current page, keeping the others. */
export function setQueryParams(values: Record<string, string>, change: QueryChange): void {
  const { path, query } = splitHash(currentHash());
  for (const [name, value] of Object.entries(values)) {
    if (value) query.set(name, value);
    else query.delete(name);
  }
  const text = query.toString();
  const hash = `#${path}${text ? `?${text}` : ''}`;
  if (hash === (currentHash() || '#/')) return;
  const url = `${window.location.pathname}${window.location.search}${hash}`;
  if (change === 'push') window.history.pushState(window.history.state, '', url);
  else window.history.replaceState(window.history.state, '', url);
  window.dispatchEvent(new Event(QUERY_CHANGE));
}

/** A query parameter of the current page ('' when absent), and how to change it. */
export function useQueryParam(
  name: string,
): [string, (value: string, change?: QueryChange) => void] {
  const hash = useSyncExternalStore(subscribe, currentHash);
  const value = splitHash(hash).query.get(name) ?? '';
  const set = useCallback(
    (next: string, change: QueryChange = 'push') => setQueryParams({ [name]: next }, change),
    [name],
  );
  return [value, set];
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, currentHash);
  return parseRoute(hash);
}
