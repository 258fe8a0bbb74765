import type { Route } from '../router';
import { ConflictsPage } from './review/conflicts/ConflictsPage';
import { AnnualReviewPage } from './annualReview/AnnualReviewPage';
import { CommitteePage } from './committee/CommitteePage';
import { ConsentPage } from './consent/ConsentPage';
import { CoveragePage } from './coverage/CoveragePage';
import { DashboardPage } from './DashboardPage';
import { DossierPage } from './dossier/DossierPage';
import { FieldPage } from './field/FieldPage';
import { FollowupPage } from './followup/FollowupPage';
import { FollowupReportPage } from './followup/FollowupReportPage';
import { InputsPage } from './inputs/InputsPage';
import { NotFoundPage } from './NotFoundPage';
import { PlanningPage } from './PlanningPage';
import { ReportPage } from './reports/ReportPage';
import { ReviewPage } from './ReviewPage';
import { SchedulePage } from './schedule/SchedulePage';
import { SettingsPage } from './SettingsPage';
import { StatesPage } from './StatesPage';
import { SyncPage } from './sync/SyncPage';
import { VisitPage } from './visits/VisitPage';
import { VisitsPage } from './visits/VisitsPage';

export function PageFor({ route }: { route: Route }) {
  switch (route.page) {
    case 'dashboard':
      return <DashboardPage />;
    case 'states':
      return <StatesPage />;
    case 'dossier':
      return <DossierPage key={route.iso3} iso3={route.iso3} />;
    case 'planning':
      return <PlanningPage />;
    case 'inputs':
      return <InputsPage />;
    case 'schedule':
      return <SchedulePage />;
    case 'consent':
      return <ConsentPage />;
    case 'visits':
      return (
        <VisitsPage
          key={'record' in route ? route.record : ''}
          record={'record' in route ? route.record : null}
        />
      );
    case 'visit':
      return <VisitPage key={route.id} id={route.id} />;
    case 'report':
      return <ReportPage key={route.id} id={route.id} />;
    case 'followup':
      return <FollowupPage />;
    case 'followupReport':
      return <FollowupReportPage key={route.id} id={route.id} />;
    case 'committee':
      return <CommitteePage />;
    case 'coverage':
      return <CoveragePage />;
    case 'annualReview':
      return <AnnualReviewPage />;
    case 'review':
      return <ReviewPage />;
    case 'conflicts':
      return <ConflictsPage />;
    case 'field':
      return <FieldPage />;
    case 'settings':
      return <SettingsPage />;
    case 'sync':
      return <SyncPage />;
    case 'notFound':
      return <NotFoundPage path={route.path} />;
  }
}
