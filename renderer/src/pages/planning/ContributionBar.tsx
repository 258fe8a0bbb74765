import { FACTORS, type BreakdownItem, type Factor } from '../../../../shared/domain/scoring';
import { t } from '../../i18n';
import { FACTOR_COLOURS, factorLabel, pointsInWords } from './factors';

/** A State's score as a stacked bar (100 points = full width), one segment per factor. */
export function ContributionBar({ breakdown }: { breakdown: BreakdownItem[] }) {
  const words = pointsInWords(breakdown);
  return (
    <div className="contribution-bar" role="img" aria-label={words} title={words}>
      {breakdown
        .filter((b) => b.points > 0)
        .map((b) => (
          <span
            key={b.factor}
            className="contribution-segment"
            style={{ inlineSize: `${b.points}%`, backgroundColor: FACTOR_COLOURS[b.factor] }}
          />
        ))}
    </div>
  );
}

/** Which colour is which factor. */
export function FactorLegend() {
  return (
    <ul className="legend" aria-label={t('planning.legend')}>
      {FACTORS.map((f) => (
        <li key={f}>
          <FactorSwatch factor={f} />
          {factorLabel(f)}
        </li>
      ))}
    </ul>
  );
}

/** The colour that stands for a factor in the bars. */
export function FactorSwatch({ factor }: { factor: Factor }) {
  return (
    <span
      className="swatch"
      style={{ backgroundColor: FACTOR_COLOURS[factor] }}
      aria-hidden="true"
    />
  );
}
