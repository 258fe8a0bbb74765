// The State's own recommendations by status at the end of each year, from its adopted reports.
import { AsyncView } from '../../components/AsyncView';
import { useApi } from '../../data/useAsync';
import { StatusOverTimeChart } from '../coverage/charts/ImplementationCharts';

export function RecommendationStatusChart({ iso3, name }: { iso3: string; name: string }) {
  const data = useApi('coverage.implementation', { iso3 });
  return (
    <AsyncView state={data}>{(d) => <StatusOverTimeChart data={d} stateName={name} />}</AsyncView>
  );
}
