// The window's title names the page (WCAG 2.4.2): "Planning — CTED Visit Planner", "Kenya — Member
// States — CTED Visit Planner". Each page names itself with one call; a screen over the page (the
// lock screen) names itself above it, and the page's title comes back once that screen goes.
import { useEffect, useId } from 'react';
import { t, useLanguage } from '../i18n';

/** Pages name themselves at layer 0; a screen shown over the page uses a higher layer. */
export type TitleLayer = 0 | 1;

interface Claim {
  title: string;
  layer: TitleLayer;
  /** When the claim was made: the newest claim of the highest layer wins. */
  order: number;
}

const claims = new Map<string, Claim>();
let counter = 0;

function show(): void {
  let winner: Claim | null = null;
  for (const claim of claims.values())
    if (
      !winner ||
      claim.layer > winner.layer ||
      (claim.layer === winner.layer && claim.order > winner.order)
    )
      winner = claim;
  document.title = winner ? winner.title : t('app.title');
}

/** "Part — Part — CTED Visit Planner"; parts not known yet (null, empty) are left out. */
export function documentTitle(parts: readonly (string | null | undefined)[]): string {
  return [...parts.filter((p): p is string => !!p), t('app.title')].join(' — ');
}

/**
 * Sets the document title to the parts, most specific first, followed by the app's name, for as
 * long as the calling component is shown.
 */
export function useDocumentTitle(
  parts: string | readonly (string | null | undefined)[],
  layer: TitleLayer = 0,
): void {
  const id = useId();
  // The title follows the language (the parts are translated by the caller on render).
  useLanguage((s) => s.language);
  const title = documentTitle(typeof parts === 'string' ? [parts] : parts);
  useEffect(() => {
    claims.set(id, { title, layer, order: claims.get(id)?.order ?? ++counter });
    show();
  }, [id, title, layer]);
  useEffect(
    () => () => {
      claims.delete(id);
      show();
    },
    [id],
  );
}
