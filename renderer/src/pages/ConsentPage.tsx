import { useMemo, useState } from 'react';
import type { ConsentRequest } from '../../../shared/api/types';
import { CONSENT_REPLIES, type ConsentReply } from '../../../shared/domain/reports';
import { consentColumns } from '../columns/consent';
import { AsyncView } from '../components/AsyncView';
import { DataTable } from '../components/DataTable';
import { EmptyState } from '../components/EmptyState';
import { PageHeader } from '../components/PageHeader';
import { useApi } from '../data/useAsync';
import { t } from '../i18n';
import { dossierHref, navigate } from '../router';

export function ConsentPage() {
  const requests = useApi('consent.list', {});
  return (
    <>
      <PageHeader title={t('consent.title')}>
        <p>{t('consent.intro')}</p>
      </PageHeader>
      <AsyncView
        state={requests}
        empty={{ when: (d) => d.length === 0, message: t('consent.empty') }}
      >
        {(all) => <ConsentTable all={all} />}
      </AsyncView>
    </>
  );
}

function ConsentTable({ all }: { all: ConsentRequest[] }) {
  const [reply, setReply] = useState<ConsentReply | ''>('');
  const columns = useMemo(() => consentColumns(), []);
  const shown = reply ? all.filter((c) => c.reply === reply) : all;
  const unanswered = all.filter((c) => c.overdueReply).length;
  return (
    <>
      <p>{t('consent.summary', { count: all.length, unanswered })}</p>
      <div className="filters">
        <label className="filter">
          {t('filter.reply')}
          <select value={reply} onChange={(e) => setReply(e.target.value as ConsentReply | '')}>
            <option value="">{t('filter.allReplies')}</option>
            {CONSENT_REPLIES.map((r) => (
              <option key={r} value={r}>
                {t(`consentReply.${r}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {shown.length === 0 ? (
        <EmptyState>{t('common.noMatch')}</EmptyState>
      ) : (
        <DataTable
          caption={t('consent.title')}
          columns={columns}
          rows={shown}
          rowKey={(c) => c.id}
          initialSort={{ column: 'sentOn', direction: 'descending' }}
          onOpen={(c) => navigate(dossierHref(c.iso3))}
        />
      )}
    </>
  );
}
