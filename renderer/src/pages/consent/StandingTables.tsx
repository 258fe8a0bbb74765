// The States of the year's adopted list with where their consent stands, and a separate table of
// the year's requests made outside the list. Each row offers the actions its standing calls for;
// each opens a small form in a dialog.
import { useMemo, useState } from 'react';
import type { ConsentOverview, ConsentOverviewRow } from '../../../../shared/api/types';
import { awaitsReply, canWithdrawConsent } from '../../../../shared/domain/consent';
import { consentOverviewColumns, type ConsentOverviewColumnId } from '../../columns/consent';
import { DoneStatus } from '../../components/ActionStatus';
import { DataTable, type Column } from '../../components/DataTable';
import { EmptyState } from '../../components/EmptyState';
import { useFocusRescue } from '../../components/useFocusRescue';
import { useApi } from '../../data/useAsync';
import { t } from '../../i18n';
import { useMayCall } from '../../stores/session';
import { ConsentActionDialog, type ConsentActionKind } from './ConsentActionDialog';
import { Substitution } from './Substitution';

const LISTED: readonly ConsentOverviewColumnId[] = [
  'state',
  'rank',
  'kind',
  'standing',
  'sentOn',
  'waiting',
  'nextReminder',
  'repliedOn',
];
const OUTSIDE: readonly ConsentOverviewColumnId[] = [
  'state',
  'standing',
  'sentOn',
  'waiting',
  'nextReminder',
  'repliedOn',
];

interface OpenAction {
  kind: ConsentActionKind;
  row: ConsentOverviewRow;
}

/** The actions a row's standing calls for (a planner may take them). */
export function actionsFor(row: ConsentOverviewRow): ConsentActionKind[] {
  const kinds: ConsentActionKind[] = [];
  const request = row.request;
  if (row.standing === 'not_requested' && row.onList && row.listEntryId) kinds.push('ask');
  if (request && awaitsReply(request.reply)) kinds.push('remind', 'reply');
  if (request && canWithdrawConsent(request.reply)) kinds.push('withdraw');
  return kinds;
}

export function StandingTables({ overview }: { overview: ConsentOverview }) {
  const mayAct = useMayCall('consent.reply');
  const [open, setOpen] = useState<OpenAction | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const rescueFocus = useFocusRescue(overview);
  const states = useApi('states.list', {});
  const names = useMemo(
    () => new Map(states.status === 'ready' ? states.data.map((s) => [s.iso3, s.name]) : []),
    [states],
  );
  const listed = overview.rows.filter((r) => r.onList);
  const outside = overview.rows.filter((r) => !r.onList);

  const columns = useMemo(() => {
    const actions: Column<ConsentOverviewRow> = {
      id: 'actions',
      header: t('consent.col.actions'),
      cell: (row) => (
        <div className="row-actions">
          {mayAct &&
            actionsFor(row).map((kind) => (
              <button
                key={kind}
                type="button"
                className="small"
                aria-haspopup="dialog"
                onClick={() => {
                  setNotice(null);
                  setOpen({ kind, row });
                }}
              >
                {t(`consent.action.${kind}`)}
                <span className="visually-hidden">
                  {' '}
                  {t('consent.action.forState', { state: row.stateName })}
                </span>
              </button>
            ))}
          <Substitution row={row} year={overview.year} nameOf={(iso3) => names.get(iso3) ?? iso3} />
        </div>
      ),
    };
    return {
      listed: [...consentOverviewColumns(LISTED), actions],
      outside: [...consentOverviewColumns(OUTSIDE), actions],
    };
  }, [mayAct, overview.year, names]);

  return (
    <>
      <DoneStatus message={notice} />
      <section aria-labelledby="consent-listed">
        <h2 id="consent-listed">
          {t('consent.listedTitle', { year: overview.year, count: listed.length })}
        </h2>
        {listed.length === 0 ? (
          <EmptyState>
            {overview.list?.status === 'adopted'
              ? t('consent.listedEmpty', { year: overview.year })
              : t('consent.listedNotAdopted', { year: overview.year })}
          </EmptyState>
        ) : (
          <div className="standing-table">
            <DataTable
              caption={t('consent.listedCaption', { year: overview.year })}
              columns={columns.listed}
              rows={listed}
              rowKey={(r) => r.iso3}
              initialSort={{ column: 'rank', direction: 'ascending' }}
              search
              addressKey="listed"
            />
          </div>
        )}
      </section>
      {outside.length > 0 && (
        <section aria-labelledby="consent-outside">
          <h2 id="consent-outside">
            {t('consent.outsideTitle', { year: overview.year, count: outside.length })}
          </h2>
          <p className="muted">{t('consent.outsideExplain')}</p>
          <div className="standing-table">
            <DataTable
              caption={t('consent.outsideCaption', { year: overview.year })}
              columns={columns.outside}
              rows={outside}
              rowKey={(r) => r.iso3}
              initialSort={{ column: 'sentOn', direction: 'descending' }}
              search
              addressKey="outside"
            />
          </div>
        </section>
      )}
      {open && (
        <ConsentActionDialog
          kind={open.kind}
          row={open.row}
          year={overview.year}
          onDone={(message) => {
            setNotice(message);
            const iso3 = open.row.iso3;
            rescueFocus(() => document.querySelector<HTMLElement>(`[data-row-focus="${iso3}"]`));
          }}
          onClose={() => setOpen(null)}
        />
      )}
    </>
  );
}
