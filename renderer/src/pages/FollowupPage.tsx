import { useMemo, useState } from 'react';
import type { Followup } from '../../../shared/api/types';
import { DEADLINE_ORDER, followupColumns } from '../columns/followups';
import { DataPage } from '../components/DataPage';
import { OptionSelect } from '../components/OptionSelect';
import { DataTable } from '../components/DataTable';
import { useApi } from '../data/useAsync';
import { t } from '../i18n';
import { dossierHref, navigate } from '../router';

export function FollowupPage() {
  const followups = useApi('followups.list', {});
  return (
    <DataPage
      title={t('followup.title')}
      intro={t('followup.intro')}
      state={followups}
      empty={{ when: (d) => d.length === 0, message: t('followup.empty') }}
    >
      {(all) => <FollowupTable all={all} />}
    </DataPage>
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
          <OptionSelect
            value={deadline}
            options={DEADLINE_ORDER}
            label={(s) =>
              t('filter.withCount', {
                label: t(`deadline.${s}`),
                count: all.filter((f) => f.state === s).length,
              })
            }
            emptyOption={t('filter.allDeadlines')}
            onChange={setDeadline}
          />
        </label>
      </div>
      <DataTable
        caption={t('followup.title')}
        columns={columns}
        rows={shown}
        rowKey={(f) => f.reportId}
        initialSort={{ column: 'due', direction: 'ascending' }}
        onOpen={(f) => navigate(dossierHref(f.iso3))}
        emptyMessage={t('common.noMatch')}
      />
    </>
  );
}
