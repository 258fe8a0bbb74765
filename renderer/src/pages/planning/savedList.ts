// A list proposed to or adopted by the Committee no longer follows the Planning page's settings:
// the page compares the live ranking with it instead of presenting the ranking as the list.
import type { AnnualList, EntrySelection } from '../../../../shared/api/types';

export interface SavedList {
  status: 'proposed' | 'adopted';
  /** The current version (0 while proposed). */
  version: number;
  /** The day the Committee adopted it. */
  decidedOn: string | null;
  selection: Map<string, EntrySelection>;
}

/** The composition of the year's list once proposed or adopted; null for a draft or no list. */
export function savedListOf(list: AnnualList | null): SavedList | null {
  if (!list || list.status === 'draft') return null;
  return {
    status: list.status,
    version: list.currentVersion,
    decidedOn: list.decidedOn,
    selection: new Map(list.entries.map((e) => [e.iso3, e.selection])),
  };
}
