import { useMemo, useState } from 'react';
import type { Followup } from '../../../shared/api/types';
import { DEADLINE_ORDER, followupColumns } from '../columns/followups';
import { AsyncView } from '../components/AsyncView';
import { DataTable } from '../components/DataTable';
import { EmptyState } from '../components/EmptyState';
import { PageHeader } from '../components/PageHeader';
import { useApi } from '../data/useAsync';
import { t } from '../i18n';
import { dossierHref, navigate } from '../router';

export function FollowupPage() {
  const followups = useApi('followups.list', {});
  return (
    <>
      <PageHeader title={t('followup.title')}>
        <p>{t('followup.intro')}</p>
      </PageHeader>
      <AsyncView
        state={followups}
        empty={{ when: (d) => d.length === 0, message: t('followup.empty') }}
      >
        {(all) => <FollowupTable all={all} />}
      </AsyncView>
    </>
  );
}

function FollowupTable({ all }: { all: Followup[] }) {
  const [deadline, setDeadline] = useState<Followup['state'] | ''>('');
  const columns = useMemo(() => followupColumns(), []);
  const shown = deadline ? all.filter((f) => f.state === deadline) : all;
  return (
    <>
      <div className="filters">
        <label className="filter">
          {t('filter.deadline')}
          <select
            value={deadline}
            onChange={(e) => setDeadline(e.target.value as Followup['state'] | '')}
          >
            <option value="">{t('filter.allDeadlines')}</option>
            {DEADLINE_ORDER.map((s) => (
              <option key={s} value={s}>
                {t('filter.withCount', {
                  label: t(`deadline.${s}`),
                  count: all.filter((f) => f.state === s).length,
                })}
              </option>
            ))}
          </select>
        </label>
      </div>
      {shown.length === 0 ? (
        <EmptyState>{t('common.noMatch')}</EmptyState>
      ) : (
        <DataTable
          caption={t('followup.title')}
          columns={columns}
          rows={shown}
          rowKey={(f) => f.reportId}
          initialSort={{ column: 'due', direction: 'ascending' }}
          onOpen={(f) => navigate(dossierHref(f.iso3))}
        />
      )}
    </>
  );
}
