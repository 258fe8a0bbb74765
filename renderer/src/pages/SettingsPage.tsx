import { useEffect, useMemo } from 'react';
import { pickColumns } from '../columns/pick';
import { DataTable } from '../components/DataTable';
import { Facts } from '../components/Facts';
import { PageHeader } from '../components/PageHeader';
import { AsyncView } from '../components/AsyncView';
import { t } from '../i18n';
import { useSession } from '../stores/session';
import { useWorkspace } from '../stores/workspace';

type CountRow = { table: string; rows: number };

export function SettingsPage() {
  const info = useWorkspace((s) => s.info);
  const reload = useWorkspace((s) => s.load);
  const user = useSession((s) => s.currentUser);
  // Counts change with every import or CLI call: read them afresh whenever the page opens.
  useEffect(() => void reload(), [reload]);
  const columns = useMemo(
    () =>
      pickColumns<CountRow, 'table' | 'rows'>({
        table: {
          header: t('col.recordKind'),
          cell: (c) => <code>{c.table}</code>,
          sortValue: (c) => c.table,
        },
        rows: {
          header: t('col.records'),
          cell: (c) => c.rows,
          sortValue: (c) => c.rows,
          numeric: true,
        },
      }),
    [],
  );
  return (
    <>
      <PageHeader title={t('settings.title')}>
        <p>{t('settings.intro')}</p>
      </PageHeader>
      <section aria-labelledby="current-user">
        <h2 id="current-user">{t('settings.currentUser')}</h2>
        {user && (
          <Facts
            items={[
              [t('settings.userName'), user.name],
              [t('settings.userRole'), t(`role.${user.role}`)],
            ]}
          />
        )}
      </section>
      <section aria-labelledby="workspace">
        <h2 id="workspace">{t('settings.workspace')}</h2>
        <AsyncView state={{ ...info, retry: () => void reload() }}>
          {(data) => (
            <>
              <Facts
                items={[
                  [t('settings.schemaVersion'), data.schemaVersion],
                  [t('settings.siteId'), <code key="site">{data.siteId}</code>],
                  [t('settings.demo'), data.demo ? t('common.yes') : t('common.no')],
                ]}
              />
              <h3>{t('settings.counts')}</h3>
              <DataTable
                caption={t('settings.counts')}
                columns={columns}
                rows={Object.entries(data.counts).map(([table, rows]) => ({ table, rows }))}
                rowKey={(c) => c.table}
                initialSort={{ column: 'table', direction: 'ascending' }}
              />
            </>
          )}
        </AsyncView>
      </section>
    </>
  );
}
