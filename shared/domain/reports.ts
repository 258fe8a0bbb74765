export const REPORT_STATUSES = [
  'drafting',
  'sent_to_state',
  'observations_received',
  'submitted_to_ctc',
  'adopted',
  'transmitted',
] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];
export const RELEASE_CONSENT = ['none', 'partial', 'full'] as const;
export type ReleaseConsent = (typeof RELEASE_CONSENT)[number];

export const RECOMMENDATION_STATUSES = [
  'not_started',
  'in_progress',
  'partially_implemented',
  'implemented',
  'no_information',
  'no_longer_relevant',
] as const;
export type RecommendationStatus = (typeof RECOMMENDATION_STATUSES)[number];
/** A recommendation without any evidenced status yet. */
export const DEFAULT_RECOMMENDATION_STATUS: RecommendationStatus = 'no_information';

/** Still to be acted on: neither implemented nor overtaken by events. */
export const isOpenRecommendation = (status: RecommendationStatus): boolean =>
  status !== 'implemented' && status !== 'no_longer_relevant';
export const PRIORITIES = ['high', 'medium', 'low'] as const;
export type Priority = (typeof PRIORITIES)[number];

export const FURTHER_FOLLOWUP = [
  'none',
  'follow_up_visit',
  'focused_visit',
  'technical_assistance',
  'desk_review',
] as const;
export type FurtherFollowup = (typeof FURTHER_FOLLOWUP)[number];

/** Thematic areas of recommendations (DESIGN §4). Data, so more can be added. */
export const THEMATIC_AREAS = [
  { key: 'national_strategy', label: 'National strategy' },
  { key: 'legislation', label: 'Legislation and criminalisation' },
  { key: 'cft', label: 'Countering the financing of terrorism' },
  { key: 'law_enforcement', label: 'Law enforcement' },
  { key: 'border_control', label: 'Border control (API, PNR, biometrics, watchlists)' },
  { key: 'international_cooperation', label: 'International cooperation (MLA, extradition)' },
  { key: 'ftf', label: 'Foreign terrorist fighters' },
  { key: 'countering_incitement', label: 'Countering incitement and violent extremism' },
  { key: 'human_rights', label: 'Human rights and rule of law' },
  { key: 'gender', label: 'Gender' },
  { key: 'children', label: 'Children' },
  { key: 'ict', label: 'ICT and the internet' },
  { key: 'critical_infrastructure', label: 'Critical infrastructure and soft targets' },
  { key: 'uas', label: 'Unmanned aircraft systems' },
  { key: 'aviation_security', label: 'Aviation security' },
  { key: 'battlefield_evidence', label: 'Battlefield evidence' },
  { key: 'organised_crime_nexus', label: 'Terrorism–organised crime nexus' },
  { key: 'cultural_property', label: 'Cultural property' },
] as const;
