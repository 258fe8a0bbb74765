// The Consent page: for a year, where every State of the adopted list stands with its consent
// request (and the requests made outside the list), the actions each standing calls for, and
// below, every request ever recorded.
import { useState } from 'react';
import type { ConsentOverview } from '../../../../shared/api/types';
import { AsyncView } from '../../components/AsyncView';
import { PageHeader } from '../../components/PageHeader';
import { YearFilter } from '../../components/YearFilter';
import { useApi } from '../../data/useAsync';
import { thisYear } from '../../format/dates';
import { t } from '../../i18n';
import { useMayCall } from '../../stores/session';
import { OverviewHeader } from './OverviewHeader';
import { RequestFromList } from './RequestFromList';
import { RequestHistory } from './RequestHistory';
import { StandingTables } from './StandingTables';
import { useDocumentTitle } from '../../layout/useDocumentTitle';

const YEARS_AHEAD = 2;
/** The year chosen last, kept while the app is open (the page opens on it again). */
let chosenYear: number | null = null;

export function ConsentPage() {
  useDocumentTitle(t('consent.title'));
  const [chosen, setChosen] = useState<number | null>(() => chosenYear);
  const year = chosen ?? thisYear();
  const overview = useApi('consent.overview', { year });
  return (
    <>
      <PageHeader title={t('consent.title')}>
        <p>{t('consent.intro')}</p>
      </PageHeader>
      <div className="filters">
        <YearFilter
          id="consent-year"
          label={t('consent.year')}
          year={year}
          ahead={YEARS_AHEAD}
          onChange={(y) => {
            chosenYear = y;
            setChosen(chosenYear);
          }}
        />
      </div>
      <AsyncView state={overview}>{(o) => <YearOverview key={o.year} overview={o} />}</AsyncView>
      <RequestHistory />
    </>
  );
}

function YearOverview({ overview }: { overview: ConsentOverview }) {
  const mayRequest = useMayCall('consent.requestFromList');
  const adopted = overview.list?.status === 'adopted';
  return (
    <>
      <OverviewHeader overview={overview} />
      {adopted && mayRequest && <RequestFromList overview={overview} />}
      <StandingTables overview={overview} />
    </>
  );
}
