// Hash-based routes (#/states/KEN), so that links work the same under Electron's app:// protocol
// and the HTTP host, and a reload keeps the page.
import { useSyncExternalStore } from 'react';
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

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/';
  const dossier = /^\/states\/([A-Za-z]{3})$/.exec(path);
  if (dossier) return { page: 'dossier', iso3: dossier[1]!.toUpperCase() };
  const visit = /^\/visits\/([\w-]{1,64})$/.exec(path);
  if (visit) return { page: 'visit', id: visit[1]! };
  const report = /^\/reports\/([\w-]{1,64})$/.exec(path);
  if (report) return { page: 'report', id: report[1]! };
  const followup = /^\/followup\/([\w-]{1,64})$/.exec(path);
  if (followup) return { page: 'followupReport', id: followup[1]! };
  const record = /^\/visits\?record=([A-Za-z]{3})$/.exec(path);
  if (record) return { page: 'visits', record: record[1]!.toUpperCase() };
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

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}
