// What each kind of record the workspace holds is called in the interface: the storage's table
// names (consent_requests, list_entries…) are never shown.
import type { MessageKey } from '../../i18n';
import { t } from '../../i18n';

const RECORD_KINDS: Record<string, MessageKey> = {
  member_states: 'recordKind.member_states',
  annual_lists: 'recordKind.annual_lists',
  api_keys: 'recordKind.api_keys',
  assessment_reports: 'recordKind.assessment_reports',
  conflicts: 'recordKind.conflicts',
  consent_requests: 'recordKind.consent_requests',
  consent_steps: 'recordKind.consent_steps',
  credentials: 'recordKind.credentials',
  ctc_meetings: 'recordKind.ctc_meetings',
  events: 'recordKind.events',
  field_findings: 'recordKind.field_findings',
  field_meetings: 'recordKind.field_meetings',
  field_observations: 'recordKind.field_observations',
  followups: 'recordKind.followups',
  indicator_definitions: 'recordKind.indicator_definitions',
  invitations: 'recordKind.invitations',
  list_amendments: 'recordKind.list_amendments',
  list_comments: 'recordKind.list_comments',
  list_entries: 'recordKind.list_entries',
  list_versions: 'recordKind.list_versions',
  methodologies: 'recordKind.methodologies',
  recommendation_updates: 'recordKind.recommendation_updates',
  recommendations: 'recordKind.recommendations',
  risk_indicators: 'recordKind.risk_indicators',
  settings: 'recordKind.settings',
  signals: 'recordKind.signals',
  state_requests: 'recordKind.state_requests',
  status_proposals: 'recordKind.status_proposals',
  sync_bundles: 'recordKind.sync_bundles',
  sync_marks: 'recordKind.sync_marks',
  sync_peers: 'recordKind.sync_peers',
  technical_assistance: 'recordKind.technical_assistance',
  users: 'recordKind.users',
  visit_parts: 'recordKind.visit_parts',
  visit_steps: 'recordKind.visit_steps',
  visits: 'recordKind.visits',
};

/** A kind of record in words; one added later without a label reads as plain words. */
export function recordKindLabel(table: string): string {
  const key = Object.prototype.hasOwnProperty.call(RECORD_KINDS, table)
    ? RECORD_KINDS[table]
    : undefined;
  if (key) return t(key);
  const words = table.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
