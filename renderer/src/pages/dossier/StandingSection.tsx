// Where the State stands on the year's risk-based list (the year Planning and Review show): its
// rank and score, whether it is on the list, and each factor's points, which add up to the score.
// Before the year has a list, the State is ranked live with the default methodology.
import type { StateStanding } from '../../../../shared/api/types';
import { AsyncView } from '../../components/AsyncView';
import { Facts } from '../../components/Facts';
import { Tag } from '../../components/Tag';
import { useApi } from '../../data/useAsync';
import { formatNumber, t } from '../../i18n';
import { pageHref } from '../../router';
import { usePlan } from '../../stores/plan';
import { ContributionBar, FactorSwatch } from '../planning/ContributionBar';
import { factorLabel, factorReason, formatPoints } from '../planning/factors';
import { ListStatusTag } from '../planning/ListStatusTag';
import { kindLabel } from '../review/labels';

export const STANDING_ID = 'dossier-standing';

export function StandingSection({ iso3, name }: { iso3: string; name: string }) {
  const year = usePlan((s) => s.year);
  const standing = useApi('plan.standing', { year, iso3 });
  return (
    <section className="dossier-section" aria-labelledby={STANDING_ID}>
      <h2 id={STANDING_ID}>{t('dossier.standing.title', { year })}</h2>
      <AsyncView state={standing}>{(s) => <Standing s={s} name={name} />}</AsyncView>
    </section>
  );
}

function Standing({ s, name }: { s: StateStanding; name: string }) {
  const e = s.entry;
  const rows = [...e.breakdown].sort((a, b) => b.points - a.points);
  const where =
    s.source === 'live'
      ? t(`planning.live.${e.selection}`)
      : e.selection === 'reserve' && s.reservePosition
        ? t('dossier.standing.reserveAt', { position: s.reservePosition })
        : t(`planning.onList.${e.selection}`);
  return (
    <>
      <p>
        {s.source === 'list' ? (
          <>
            <ListStatusTag status={s.listStatus} />{' '}
            {t(`dossier.standing.from.${s.listStatus ?? 'draft'}`, {
              year: s.year,
              version: s.version ?? 0,
            })}
          </>
        ) : (
          <>
            <Tag tone="warning">{t('dossier.standing.liveTag')}</Tag>{' '}
            {t('dossier.standing.live', {
              year: s.year,
              methodology: s.methodology.name,
              version: s.methodology.version,
              capacity: s.capacity,
            })}
          </>
        )}
      </p>
      <Facts
        variant="stats"
        items={[
          [
            t('dossier.standing.rank'),
            t('dossier.standing.rankOf', { rank: e.rank, total: s.total }),
          ],
          [
            t('dossier.standing.score'),
            t('dossier.standing.scoreOf', { score: formatPoints(e.score) }),
          ],
          [t('dossier.standing.onList'), where],
          [t('planning.explain.visit'), kindLabel(e.proposedKind)],
        ]}
      />
      {/* The core's words, in English where they are not translated yet: their own direction. */}
      <p dir="auto">
        {e.kindReason}
        {e.selectionNote && <> {e.selectionNote}</>}
      </p>
      <ContributionBar breakdown={e.breakdown} />
      <table className="data-table breakdown-table">
        <caption>{t('dossier.standing.caption', { state: name })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('dossier.standing.factor')}</th>
            <th scope="col">{t('dossier.standing.reason')}</th>
            <th scope="col" className="numeric">
              {t('dossier.standing.weight')}
            </th>
            <th scope="col" className="numeric">
              {t('dossier.standing.points')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((b) => (
            <tr key={b.factor}>
              <th scope="row">
                <FactorSwatch factor={b.factor} /> {factorLabel(b.factor)}
              </th>
              <td>
                {b.imputed && (
                  <>
                    <Tag tone="warning">{t('planning.explain.estimated')}</Tag>{' '}
                  </>
                )}
                {factorReason(b, s.params)}
              </td>
              <td className="numeric">{formatNumber(b.weight)}</td>
              <td className="numeric">{formatPoints(b.points)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={3}>
              {t('dossier.standing.total')}
            </th>
            <td className="numeric">{formatPoints(e.score)}</td>
          </tr>
        </tfoot>
      </table>
      <p>
        <a href={pageHref('planning')}>{t('dossier.standing.openPlanning', { year: s.year })}</a>
      </p>
    </>
  );
}
