// What each risk factor of the score means (DESIGN §5), with its weight in the list's methodology:
// what a Committee member needs to read the scores and the factor bars of the list.
import type { AnnualList } from '../../../../shared/api/types';
import { FACTORS } from '../../../../shared/domain/scoring';
import { useApi } from '../../data/useAsync';
import { formatNumber, t } from '../../i18n';
import { FactorSwatch } from '../planning/ContributionBar';
import { factorHint, factorLabel } from '../planning/factors';

export function FactorLegendSection({ list }: { list: AnnualList }) {
  const methodologies = useApi('methodologies.list', {});
  const methodology =
    methodologies.status === 'ready'
      ? methodologies.data.find((m) => m.id === list.methodology.id)
      : undefined;
  const total = methodology ? FACTORS.reduce((sum, f) => sum + methodology.weights[f], 0) : 0;
  return (
    <section aria-labelledby="factor-legend-heading">
      <h2 id="factor-legend-heading">{t('review.legend.title')}</h2>
      <p>
        {t('review.legend.intro', {
          name: list.methodology.name,
          version: list.methodology.version,
        })}
      </p>
      <dl className="factor-legend">
        {FACTORS.map((f) => (
          <div key={f}>
            <dt>
              <FactorSwatch factor={f} />
              {factorLabel(f)}
              {methodology && total > 0 && (
                <span className="muted">
                  {' '}
                  {t('review.legend.weight', {
                    weight: formatNumber(methodology.weights[f]),
                    share: formatNumber(Math.round((methodology.weights[f] / total) * 100)),
                  })}
                </span>
              )}
            </dt>
            <dd>{factorHint(f)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
