import { useMemo } from 'react';
import { visitColumns } from '../columns/visits';
import { AsyncView } from '../components/AsyncView';
import { DataTable } from '../components/DataTable';
import { PageHeader } from '../components/PageHeader';
import { useApi } from '../data/useAsync';
import { t } from '../i18n';
import { dossierHref, navigate } from '../router';

const UPCOMING = new Set(['planned', 'scheduled']);

export function FieldPage() {
  const visits = useApi('visits.list', {});
  const columns = useMemo(
    () => visitColumns(['state', 'kind', 'mode', 'status', 'start', 'end', 'team']),
    [],
  );
  return (
    <>
      <PageHeader title={t('field.title')}>
        <p>{t('field.intro')}</p>
        <p className="note">{t('field.comingLater')}</p>
      </PageHeader>
      <h2>{t('field.upcoming')}</h2>
      <AsyncView
        state={visits}
        empty={{ when: (d) => !d.some((v) => UPCOMING.has(v.status)), message: t('field.empty') }}
      >
        {(all) => (
          <DataTable
            caption={t('field.upcoming')}
            columns={columns}
            rows={all.filter((v) => UPCOMING.has(v.status))}
            rowKey={(v) => v.id}
            initialSort={{ column: 'start', direction: 'ascending' }}
            onOpen={(v) => navigate(dossierHref(v.iso3))}
          />
        )}
      </AsyncView>
    </>
  );
}
