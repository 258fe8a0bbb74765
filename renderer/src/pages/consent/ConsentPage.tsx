// The Consent page: for a year, where every State of the adopted list stands with its consent
// request (and the requests made outside the list), the actions each standing calls for, and
// below, every request ever recorded.
import { useState } from 'react';
import type { ConsentOverview } from '../../../../shared/api/types';
import { AsyncView } from '../../components/AsyncView';
import { PageHeader } from '../../components/PageHeader';
import { useApi } from '../../data/useAsync';
import { thisYear } from '../../format/dates';
import { t } from '../../i18n';
import { useMayCall } from '../../stores/session';
import { OverviewHeader } from './OverviewHeader';
import { RequestFromList } from './RequestFromList';
import { RequestHistory } from './RequestHistory';
import { StandingTables } from './StandingTables';

const FIRST_YEAR = 2005;
const YEARS_AHEAD = 2;
/** The year chosen last, kept while the app is open (the page opens on it again). */
let chosenYear: number | null = null;

export function ConsentPage() {
  const [chosen, setChosen] = useState<number | null>(() => chosenYear);
  const year = chosen ?? thisYear();
  const overview = useApi('consent.overview', { year });
  const last = Math.max(thisYear() + YEARS_AHEAD, year);
  const years = Array.from({ length: last - FIRST_YEAR + 1 }, (_, i) => last - i);
  return (
    <>
      <PageHeader title={t('consent.title')}>
        <p>{t('consent.intro')}</p>
      </PageHeader>
      <div className="filters">
        <div className="filter">
          <label htmlFor="consent-year">{t('consent.year')}</label>
          <select
            id="consent-year"
            value={year}
            onChange={(e) => {
              chosenYear = Number(e.target.value);
              setChosen(chosenYear);
            }}
          >
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
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
