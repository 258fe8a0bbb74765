import { useMemo, useState } from 'react';
import type { AnnualList, Methodology, PlanInputs } from '../../../../shared/api/types';
import { EmptyState } from '../../components/EmptyState';
import { compareNames, formatDate, formatNumber, t } from '../../i18n';
import { usePlan, type PlanSettings } from '../../stores/plan';
import { FactorLegend } from './ContributionBar';
import { ExplainPanel } from './ExplainPanel';
import { ListPanel } from './ListPanel';
import { MethodologyPanel } from './MethodologyPanel';
import { RankedTable } from './RankedTable';
import { movesSummary, useRankMoves } from './rankMoves';
import { savedListOf } from './savedList';
import { SelectionPanel } from './SelectionPanel';
import { initialSettings, savedMethodology, withSaved } from './settings';
import { useRanking } from './useRanking';

export interface PlanningData {
  inputs: PlanInputs;
  list: AnnualList | null;
  /** Never empty: the workspace always has its default methodology. */
  methodologies: Methodology[];
}

/** The settings on the left, the live ranking of every State on the right. */
export function PlanningWorkbench({ year, data }: { year: number; data: PlanningData }) {
  const stored = usePlan((s) => s.settings);
  const setSettings = usePlan((s) => s.setSettings);
  // Until the reload after a save arrives, the methodology as just saved is the newest we know.
  const [justSaved, setJustSaved] = useState<Methodology | null>(null);
  const methodologies = useMemo(
    () => withSaved(data.methodologies, justSaved),
    [data.methodologies, justSaved],
  );
  const methodology = savedMethodology(
    methodologies,
    stored?.methodologyId ?? data.list?.methodology.id,
  )!;
  const initial = useMemo(() => initialSettings(data.list, methodology), [data.list, methodology]);
  const settings = stored ?? initial;
  const change = (patch: Partial<PlanSettings>) => setSettings({ ...settings, ...patch });
  const saved = (m: Methodology) => {
    setJustSaved(m);
    change({ methodologyId: m.id });
  };

  const ranking = useRanking(data.inputs, settings);
  const moves = useRankMoves(data.inputs, settings, methodology, ranking.entries);
  const [openIso3, setOpenIso3] = useState<string | null>(null);
  const regions = useMemo(
    () => [...new Set(data.inputs.states.map((s) => s.region))].sort(),
    [data.inputs],
  );
  const states = useMemo(
    () =>
      [...data.inputs.states]
        .sort((a, b) => compareNames(a.name, b.name))
        .map(({ iso3, name }) => ({ iso3, name })),
    [data.inputs],
  );
  // Once proposed or adopted, the list is what the Committee has; the ranking stays live.
  const savedList = useMemo(() => savedListOf(data.list), [data.list]);
  const open = ranking.entries.find((e) => e.iso3 === openIso3);
  const reserve = ranking.entries.filter((e) => e.reserve);
  const selected = ranking.entries.filter((e) => e.selected).length;

  return (
    <>
      <ListPanel
        year={year}
        list={data.list}
        settings={settings}
        methodology={methodology}
        onMethodologySaved={saved}
      />
      <div className="planning-layout">
        <div className="planning-controls">
          <MethodologyPanel
            year={year}
            methodologies={methodologies}
            methodology={methodology}
            settings={settings}
            onChange={change}
            onSaved={saved}
          />
          <SelectionPanel regions={regions} states={states} settings={settings} onChange={change} />
        </div>
        <section className="ranking" aria-labelledby="ranking-heading">
          <h2 id="ranking-heading">
            {t('planning.rankingTitle', { count: ranking.entries.length })}
          </h2>
          <p className="field-hint">{t('planning.rankingHint', { asOf: data.inputs.asOf })}</p>
          {savedList && (
            <p className="note" role="note">
              {t(`planning.liveNote.${savedList.status}`, {
                year,
                date: formatDate(savedList.decidedOn),
                version: savedList.version,
              })}
            </p>
          )}
          <p className="ranking-summary">
            <span role="status">
              {t('planning.rankingSummary', { count: selected, reserve: reserve.length })}
            </span>{' '}
            <small className="rerank-time">
              {t('planning.rerankTime', {
                count: ranking.entries.length,
                ms: formatNumber(Math.round(ranking.ms * 10) / 10),
              })}
            </small>
          </p>
          {moves && (
            <p className="note" role="status">
              {movesSummary(moves)}
            </p>
          )}
          <FactorLegend />
          {open ? (
            <ExplainPanel
              entry={open}
              total={ranking.entries.length}
              reservePosition={open.reserve ? reserve.indexOf(open) + 1 : null}
              params={settings.params}
              saved={savedList}
              onClose={() => setOpenIso3(null)}
            />
          ) : (
            <EmptyState>{t('planning.explain.choose')}</EmptyState>
          )}
          <RankedTable
            year={year}
            entries={ranking.entries}
            saved={savedList}
            moves={moves}
            onOpen={(e) => setOpenIso3(e.iso3)}
          />
        </section>
      </div>
    </>
  );
}
