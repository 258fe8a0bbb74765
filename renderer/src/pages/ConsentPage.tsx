import { useMemo, useState } from 'react';
import type { ConsentRequest } from '../../../shared/api/types';
import { CONSENT_STATES, type ConsentState } from '../../../shared/domain/consent';
import { consentColumns } from '../columns/consent';
import { DataPage } from '../components/DataPage';
import { OptionSelect } from '../components/OptionSelect';
import { DataTable } from '../components/DataTable';
import { useApi } from '../data/useAsync';
import { t } from '../i18n';
import { dossierHref, navigate } from '../router';

export function ConsentPage() {
  const requests = useApi('consent.list', {});
  return (
    <DataPage
      title={t('consent.title')}
      intro={t('consent.intro')}
      state={requests}
      empty={{ when: (d) => d.length === 0, message: t('consent.empty') }}
    >
      {(all) => <ConsentTable all={all} />}
    </DataPage>
  );
}

function ConsentTable({ all }: { all: ConsentRequest[] }) {
  const [reply, setReply] = useState<ConsentState | ''>('');
  const columns = useMemo(() => consentColumns(), []);
  const shown = reply ? all.filter((c) => c.reply === reply) : all;
  const unanswered = all.filter((c) => c.overdueReply).length;
  return (
    <>
      <p>{t('consent.summary', { count: all.length, unanswered })}</p>
      <div className="filters">
        <label className="filter">
          {t('filter.reply')}
          <OptionSelect
            value={reply}
            options={CONSENT_STATES}
            label={(r) => t(`consentReply.${r}`)}
            emptyOption={t('filter.allReplies')}
            onChange={setReply}
          />
        </label>
      </div>
      <DataTable
        caption={t('consent.title')}
        columns={columns}
        rows={shown}
        rowKey={(c) => c.id}
        initialSort={{ column: 'sentOn', direction: 'descending' }}
        onOpen={(c) => navigate(dossierHref(c.iso3))}
        emptyMessage={t('common.noMatch')}
      />
    </>
  );
}
