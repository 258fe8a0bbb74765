import { call } from '../api/client';
import { AsyncView } from '../components/AsyncView';
import { PageHeader } from '../components/PageHeader';
import { useAsync } from '../data/useAsync';
import { t } from '../i18n';
import { usePlan } from '../stores/plan';
import { PlanningWorkbench, type PlanningData } from './planning/PlanningWorkbench';
import { YearPicker } from './planning/YearPicker';
import { useDocumentTitle } from '../layout/useDocumentTitle';

/** Everything the live ranking needs, loaded once per year (and again after each change). */
function usePlanningData(year: number) {
  return useAsync<PlanningData>(async () => {
    const [inputs, list, methodologies] = await Promise.all([
      call('plan.inputs', { year }),
      call('plan.get', { year }),
      call('methodologies.list', {}),
    ]);
    return { inputs, list, methodologies };
  }, `planning ${year}`);
}

export function PlanningPage() {
  useDocumentTitle(t('planning.title'));
  const year = usePlan((s) => s.year);
  const data = usePlanningData(year);
  return (
    <>
      <PageHeader title={t('planning.title')}>
        <p>{t('planning.intro')}</p>
        <p>
          <a href="#/planning/inputs">{t('inputs.linkFromPlanning')}</a>
        </p>
      </PageHeader>
      <YearPicker />
      <AsyncView
        state={data}
        empty={{ when: (d) => d.methodologies.length === 0, message: t('planning.noMethodology') }}
      >
        {(d) => <PlanningWorkbench key={year} year={year} data={d} />}
      </AsyncView>
    </>
  );
}
