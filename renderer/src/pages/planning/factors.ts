// The eight factors of the OP 12 score as the UI shows them: a colour each (Okabe–Ito, told apart
// by most colour-blind readers; always with words too), a name and a sentence in plain words.
import type { BreakdownItem, Factor, MethodologyParams } from '../../../../shared/domain/scoring';
import { formatNumber, t } from '../../i18n';

export const FACTOR_COLOURS: Record<Factor, string> = {
  implementation_gaps: '#0072b2',
  threat_indicators: '#d55e00',
  signals: '#e69f00',
  time_since_last_visit: '#56b4e9',
  never_visited: '#009e73',
  prior_request: '#cc79a7',
  consent_expressed: '#f0e442',
  followup_pending: '#000000',
};

export const factorLabel = (factor: Factor): string => t(`planning.factor.${factor}`);
export const factorHint = (factor: Factor): string => t(`planning.factorHint.${factor}`);

/** Points as shown everywhere: one decimal at most. */
export const formatPoints = (points: number): string => formatNumber(Math.round(points * 10) / 10);

const percent = (share: number) => formatNumber(Math.round(share * 100));

/** What a breakdown item says about the State, in plain words. */
export function factorReason(item: BreakdownItem, params: MethodologyParams): string {
  if (item.imputed) {
    return t('planning.reason.imputed', { rule: t(`planning.imputation.${params.imputation}`) });
  }
  const raw = item.raw ?? 0;
  switch (item.factor) {
    case 'implementation_gaps':
      return t('planning.reason.gaps', { percent: percent(raw) });
    case 'threat_indicators':
      return t('planning.reason.threat', { percent: percent(raw) });
    case 'signals':
      return raw > 0
        ? t('planning.reason.signals', {
            load: formatPoints(raw),
            cap: formatNumber(params.signalCap),
          })
        : t('planning.reason.noSignals');
    case 'time_since_last_visit':
      return item.raw === null
        ? t('planning.reason.neverVisitedTime')
        : t('planning.reason.years', {
            count: Math.round(raw * 10) / 10,
            years: formatPoints(raw),
            horizon: formatNumber(params.horizonYears),
          });
    case 'consent_expressed':
      return t(`planning.reason.consent_expressed.${raw > 0 ? 'yes' : 'no'}`, {
        count: params.consentValidityYears,
        years: formatNumber(params.consentValidityYears),
      });
    default:
      return t(
        raw > 0 ? `planning.reason.${item.factor}.yes` : `planning.reason.${item.factor}.no`,
      );
  }
}

/** The points of each factor, in words: the accessible text of a contribution bar. */
export function pointsInWords(breakdown: BreakdownItem[]): string {
  const parts = breakdown
    .filter((b) => b.points > 0)
    .map((b) =>
      t('planning.factorPoints', { factor: factorLabel(b.factor), points: formatPoints(b.points) }),
    );
  return parts.length ? parts.join('; ') : t('planning.noPoints');
}
