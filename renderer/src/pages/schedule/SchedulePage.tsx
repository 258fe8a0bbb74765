import { useState } from 'react';
import { call } from '../../api/client';
import { AsyncView } from '../../components/AsyncView';
import { ExportButtons } from '../../components/ExportButtons';
import { PageHeader } from '../../components/PageHeader';
import { useApi } from '../../data/useAsync';
import { t } from '../../i18n';
import { usePlan } from '../../stores/plan';
import { YearPicker } from '../planning/YearPicker';
import { ScheduleByMonth, type Precision } from './ScheduleByMonth';
import { useDocumentTitle } from '../../layout/useDocumentTitle';

const PRECISIONS: Precision[] = ['month', 'dates'];

/** The visits of the list year that have the State's consent, by month, and the published schedule. */
export function SchedulePage() {
  useDocumentTitle(t('schedule.title'));
  const year = usePlan((s) => s.year);
  const [precision, setPrecision] = useState<Precision>('month');
  const visits = useApi('schedule.get', { year });
  return (
    <>
      <PageHeader title={t('schedule.title')}>
        <p>{t('schedule.intro')}</p>
        <p className="note">{t('schedule.consentOnly')}</p>
      </PageHeader>
      <YearPicker />
      <fieldset className="radio-group">
        <legend>{t('schedule.precision')}</legend>
        {PRECISIONS.map((p) => (
          <label key={p}>
            <input
              type="radio"
              name="precision"
              value={p}
              checked={precision === p}
              onChange={() => setPrecision(p)}
            />
            {t(`schedule.precision.${p}`)}
          </label>
        ))}
      </fieldset>
      <ExportButtons
        title={t('schedule.export')}
        choices={(['html', 'csv', 'xlsx'] as const).map((format) => ({
          label: t(`export.${format}`),
          make: () => call('exports.schedule', { year, precision, format }),
        }))}
      />
      <AsyncView
        state={visits}
        empty={{ when: (v) => v.length === 0, message: t('schedule.empty', { year }) }}
      >
        {(all) => <ScheduleByMonth year={year} visits={all} precision={precision} />}
      </AsyncView>
    </>
  );
}
