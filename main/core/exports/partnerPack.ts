// What a partner pack shares (resolution 2617 (2021), OP 19 and OP 23): the recommendations of
// the Committee's adopted assessment reports, the thematic gaps they show and the technical
// assistance they need, for one audience. A pure function of the rows: everything a State asked
// to keep confidential stays out, and what stayed out is counted, never described.
//
// The audiences, from the resolution:
// - UN system (OP 19: assessments and recommendations "available throughout the United Nations
//   system, especially to UNOCT"): every report the State consented to release, in full or in
//   part, with its technical-assistance needs.
// - Member States and partners (OP 19: sharing "as appropriate and in consultation with the CTC";
//   OP 23: to Member States, donors and recipients "for the purpose of designing technical
//   assistance"): the reports the State released in full, with their technical-assistance needs.
// - Public: nothing beyond what the State released in full: its reports' recommendations and
//   thematic gaps, without the technical-assistance arrangements.
// For every audience: only reports the Committee adopted; no report of a visit the State asked to
// keep confidential; no confidential recommendation; nothing of a confidential section.
import type {
  AssessmentReport,
  LanguageCode,
  PartnerPackWithheld,
  Recommendation,
  TechnicalAssistance,
} from '../../../shared/api/types';
import {
  isOpenRecommendation,
  THEMATIC_AREAS,
  type ReleaseConsent,
} from '../../../shared/domain/reports';
import type { PartnerAudience } from '../../../shared/domain/sharing';
import { compareNames } from '../language';

interface AudienceRule {
  /** The release consents under which a report reaches this audience. */
  releases: readonly ReleaseConsent[];
  /** Whether the pack carries the technical-assistance records. */
  assistance: boolean;
  /** The rule in words, for the document's header. */
  words: string;
}

export const AUDIENCE_RULES: Record<PartnerAudience, AudienceRule> = {
  un_system: {
    releases: ['partial', 'full'],
    assistance: true,
    words:
      'Reports the State consented to release, in full or in part, with their technical-assistance needs (OP 19).',
  },
  member_states: {
    releases: ['full'],
    assistance: true,
    words:
      'Reports the State released in full, with their technical-assistance needs (OP 19, as appropriate; OP 23).',
  },
  public: {
    releases: ['full'],
    assistance: false,
    words:
      'Only what the State released in full: recommendations and thematic gaps, without technical-assistance arrangements.',
  },
};

/** Technical assistance still to be given: the needs a partner can act on. */
const OPEN_ASSISTANCE = new Set<TechnicalAssistance['status']>([
  'proposed',
  'requested',
  'planned',
]);

export interface PartnerPackRows {
  /** Reports (adopted or not) of the States the pack covers. */
  reports: AssessmentReport[];
  /** Ids of the visits the State asked to keep confidential (on the visit or on its consent). */
  confidentialVisitIds: ReadonlySet<string>;
  recommendations: Recommendation[];
  assistance: TechnicalAssistance[];
}

/** One thematic area of one State: how many of its shared recommendations are still open. */
export interface ThematicGap {
  iso3: string;
  stateName: string;
  area: string;
  open: number;
  openHighPriority: number;
  total: number;
}

export interface PartnerPackSelection {
  audience: PartnerAudience;
  reports: AssessmentReport[];
  recommendations: Recommendation[];
  gaps: ThematicGap[];
  assistance: TechnicalAssistance[];
  withheld: PartnerPackWithheld;
}

const words = (text: string): string =>
  ` ${text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()} `;

/** Each area's names a section can be called by: its key's words and its label before any "(". */
const AREA_NAMES = THEMATIC_AREAS.map((a) => ({
  key: a.key as string,
  names: [words(a.key.replace(/_/g, ' ')), words(a.label.split('(')[0]!)],
}));

/**
 * The thematic areas a report section names ("Section on border control" → border_control). A
 * section that names none cannot be placed in the pack, which is organised by thematic area.
 */
export function sectionAreas(section: string): string[] {
  const text = words(section);
  return AREA_NAMES.filter((a) => a.names.some((name) => text.includes(name))).map((a) => a.key);
}

const emptyWithheld = (): PartnerPackWithheld => ({
  reportsOfConfidentialVisits: 0,
  reportsWithoutReleaseConsent: 0,
  reportsReleasedOnlyInPart: 0,
  reportsWithUnplacedSections: 0,
  confidentialSections: 0,
  recommendations: 0,
  technicalAssistance: 0,
});

export function selectPartnerPack(
  rows: PartnerPackRows,
  audience: PartnerAudience,
  /** The language the States are named in, and ordered by. */
  language: LanguageCode = 'en',
): PartnerPackSelection {
  const rule = AUDIENCE_RULES[audience];
  const withheld = emptyWithheld();
  /** Each shared report's thematic areas that a confidential section covers. */
  const sharedReports = new Map<string, Set<string>>();
  for (const report of rows.reports) {
    if (!report.adoptedOn) continue; // not an assessment of the Committee yet: not for sharing
    const placed = report.confidentialSections.map(sectionAreas);
    if (rows.confidentialVisitIds.has(report.visitId)) withheld.reportsOfConfidentialVisits++;
    else if (report.releaseConsent === 'none') withheld.reportsWithoutReleaseConsent++;
    else if (!rule.releases.includes(report.releaseConsent)) withheld.reportsReleasedOnlyInPart++;
    // The app cannot tell what such a section covers, so the whole report stays out.
    else if (placed.some((areas) => areas.length === 0)) withheld.reportsWithUnplacedSections++;
    else {
      withheld.confidentialSections += placed.length;
      sharedReports.set(report.id, new Set(placed.flat()));
    }
  }
  const recommendations: Recommendation[] = [];
  for (const r of rows.recommendations) {
    const confidentialAreas = sharedReports.get(r.reportId);
    if (!confidentialAreas) continue;
    if (r.confidential || confidentialAreas.has(r.thematicArea)) withheld.recommendations++;
    else recommendations.push(r);
  }
  // A record of assistance is shared only when every recommendation it serves is: its wording
  // may speak of them. One that serves none cannot be placed, like an unplaced section.
  const sharedIds = new Set(recommendations.map((r) => r.id));
  const assistance: TechnicalAssistance[] = [];
  for (const ta of rows.assistance) {
    if (!ta.reportId || !sharedReports.has(ta.reportId) || !OPEN_ASSISTANCE.has(ta.status))
      continue;
    const placed = ta.recommendationIds.length > 0;
    if (rule.assistance && placed && ta.recommendationIds.every((id) => sharedIds.has(id)))
      assistance.push(ta);
    else withheld.technicalAssistance++;
  }
  return {
    audience,
    reports: rows.reports.filter((r) => sharedReports.has(r.id)),
    recommendations,
    gaps: thematicGaps(recommendations, language),
    assistance,
    withheld,
  };
}

/** Per State and thematic area, from the shared recommendations only. */
function thematicGaps(recommendations: Recommendation[], language: LanguageCode): ThematicGap[] {
  const gaps = new Map<string, ThematicGap>();
  for (const r of recommendations) {
    const key = `${r.iso3}/${r.thematicArea}`;
    const gap = gaps.get(key) ?? {
      iso3: r.iso3,
      stateName: r.stateName,
      area: r.thematicArea,
      open: 0,
      openHighPriority: 0,
      total: 0,
    };
    gap.total++;
    if (isOpenRecommendation(r.status)) {
      gap.open++;
      if (r.priority === 'high') gap.openHighPriority++;
    }
    gaps.set(key, gap);
  }
  const compare = compareNames(language);
  return [...gaps.values()].sort(
    (a, b) => compare(a.stateName, b.stateName) || b.open - a.open || a.area.localeCompare(b.area),
  );
}
