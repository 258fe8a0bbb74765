// Columns of the dossier's smaller tables: signals, indicators, the State's requests and invitations.
import type { IndicatorValue, Invitation, Signal, StateRequest } from '../../../shared/api/types';
import type { Column } from '../components/DataTable';
import { DateText } from '../components/DateText';
import { formatNumber, t } from '../i18n';
import { pickColumns } from './pick';

export function signalColumns(): Column<Signal>[] {
  return pickColumns<Signal, 'date' | 'kind' | 'severity' | 'text' | 'source'>({
    date: {
      header: t('col.date'),
      cell: (s) => <DateText date={s.occurredOn} />,
      sortValue: (s) => s.occurredOn,
    },
    kind: {
      header: t('col.kind'),
      cell: (s) => t(`signalKind.${s.kind}`),
      sortValue: (s) => t(`signalKind.${s.kind}`),
    },
    severity: {
      header: t('col.severity'),
      cell: (s) => t('signal.severityOf', { severity: s.severity }),
      sortValue: (s) => s.severity,
      numeric: true,
    },
    text: { header: t('col.description'), cell: (s) => s.text ?? t('common.none') },
    source: {
      header: t('col.source'),
      cell: (s) => s.source ?? t('common.none'),
      sortValue: (s) => s.source,
    },
  });
}

export function indicatorColumns(): Column<IndicatorValue>[] {
  return pickColumns<IndicatorValue, 'label' | 'asOf' | 'value' | 'source'>({
    label: { header: t('col.indicator'), cell: (i) => i.label, sortValue: (i) => i.label },
    asOf: {
      header: t('col.asOf'),
      cell: (i) => <DateText date={i.asOf} />,
      sortValue: (i) => i.asOf,
    },
    value: {
      header: t('col.value'),
      cell: (i) => formatNumber(i.value),
      sortValue: (i) => i.value,
      numeric: true,
    },
    source: {
      header: t('col.source'),
      cell: (i) => i.source ?? t('common.none'),
      sortValue: (i) => i.source,
    },
  });
}

export function requestColumns(): Column<StateRequest>[] {
  return pickColumns<StateRequest, 'received' | 'kind' | 'status' | 'description'>({
    received: {
      header: t('col.receivedOn'),
      cell: (r) => <DateText date={r.receivedOn} />,
      sortValue: (r) => r.receivedOn,
    },
    kind: {
      header: t('col.kind'),
      cell: (r) => t(`requestKind.${r.kind}`),
      sortValue: (r) => r.kind,
    },
    status: {
      header: t('col.status'),
      cell: (r) => t(`requestStatus.${r.status}`),
      sortValue: (r) => r.status,
    },
    description: { header: t('col.description'), cell: (r) => r.description ?? t('common.none') },
  });
}

export function invitationColumns(): Column<Invitation>[] {
  return pickColumns<Invitation, 'meeting' | 'date' | 'official' | 'attended'>({
    meeting: {
      header: t('col.meeting'),
      cell: (i) => i.meetingTitle ?? t('common.none'),
      sortValue: (i) => i.meetingTitle,
    },
    date: {
      header: t('col.date'),
      cell: (i) => <DateText date={i.meetingOn ?? i.invitedOn} />,
      sortValue: (i) => i.meetingOn ?? i.invitedOn,
    },
    official: { header: t('col.official'), cell: (i) => i.officialTitle ?? t('common.none') },
    attended: {
      header: t('col.attended'),
      cell: (i) =>
        i.attended === null ? t('common.unknown') : i.attended ? t('common.yes') : t('common.no'),
      sortValue: (i) => (i.attended === null ? null : Number(i.attended)),
    },
  });
}
