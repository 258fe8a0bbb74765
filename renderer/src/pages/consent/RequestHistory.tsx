// Below the year's overview: every consent request ever recorded, filtered by reply and list year.
import { useMemo } from 'react';
import type { ConsentRequest } from '../../../../shared/api/types';
import { CONSENT_STATES, type ConsentState } from '../../../../shared/domain/consent';
import { consentColumns } from '../../columns/consent';
import { AsyncView } from '../../components/AsyncView';
import { DataTable } from '../../components/DataTable';
import { OptionSelect } from '../../components/OptionSelect';
import { useApi } from '../../data/useAsync';
import { t } from '../../i18n';
import { dossierHref, navigate, useQueryParam } from '../../router';

export function RequestHistory() {
  const requests = useApi('consent.list', {});
  return (
    <section aria-labelledby="consent-history">
      <h2 id="consent-history">{t('consent.historyTitle')}</h2>
      <AsyncView
        state={requests}
        empty={{ when: (d) => d.length === 0, message: t('consent.empty') }}
      >
        {(all) => <ConsentTable all={all} />}
      </AsyncView>
    </section>
  );
}

function ConsentTable({ all }: { all: ConsentRequest[] }) {
  const [replyParam, setReply] = useQueryParam('consent.reply');
  const reply = (CONSENT_STATES as readonly string[]).includes(replyParam)
    ? (replyParam as ConsentState)
    : '';
  const [year, setYear] = useQueryParam('consent.year');
  const columns = useMemo(
    () =>
      consentColumns([
        'state',
        'listYear',
        'noteVerbale',
        'sentOn',
        'reminders',
        'reply',
        'repliedOn',
        'waiting',
      ]),
    [],
  );
  const years = useMemo(
    () =>
      [...new Set(all.map((c) => c.listYear).filter((y): y is number => y !== null))]
        .sort((a, b) => b - a)
        .map(String),
    [all],
  );
  const shown = all.filter(
    (c) => (!reply || c.reply === reply) && (!year || String(c.listYear) === year),
  );
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
        <label className="filter">
          {t('filter.year')}
          <OptionSelect
            value={year}
            options={years}
            emptyOption={t('filter.allYears')}
            onChange={setYear}
          />
        </label>
      </div>
      <p className="result-count" role="status">
        {t('consent.showing', { count: shown.length, total: all.length })}
      </p>
      <DataTable
        caption={t('consent.historyCaption')}
        columns={columns}
        rows={shown}
        rowKey={(c) => c.id}
        initialSort={{ column: 'sentOn', direction: 'descending' }}
        onOpen={(c) => navigate(dossierHref(c.iso3))}
        emptyMessage={t('common.noMatch')}
        search
        addressKey="consent"
      />
    </>
  );
}
