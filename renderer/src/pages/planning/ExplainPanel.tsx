import { useEffect, useRef } from 'react';
import type { EntrySelection } from '../../../../shared/api/types';
import type { MethodologyParams, ScoredEntry } from '../../../../shared/domain/scoring';
import { Tag } from '../../components/Tag';
import { t } from '../../i18n';
import { FactorSwatch } from './ContributionBar';
import { factorLabel, factorReason, formatPoints } from './factors';
import type { SavedList } from './savedList';
import { selectionOf, SelectionTag } from './SelectionTag';

interface ExplainPanelProps {
  entry: ScoredEntry;
  total: number;
  /** The State's place in the reserve list (1 = first), when it is in reserve. */
  reservePosition: number | null;
  params: MethodologyParams;
  /** The year's list once proposed or adopted, which the live ranking is compared with. */
  saved: SavedList | null;
  onClose: () => void;
}

/** Why a State ranks where it does, in plain words: its factors with their points, then its visit. */
export function ExplainPanel({
  entry,
  total,
  reservePosition,
  params,
  saved,
  onClose,
}: ExplainPanelProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  useEffect(() => {
    // Read from the panel, then go back to the row it was opened from.
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    heading.current?.focus();
  }, [entry.iso3]);
  const close = () => {
    onClose();
    opener.current?.focus();
  };
  const contributing = entry.breakdown
    .filter((b) => b.points > 0)
    .sort((a, b) => b.points - a.points);
  const nothing = entry.breakdown.filter((b) => b.points === 0);
  const selection = selectionOf(entry);
  return (
    <section className="explain-panel" aria-labelledby="explain-heading">
      <div className="explain-top">
        <h2 id="explain-heading" ref={heading} tabIndex={-1}>
          {t('planning.explain.title', { state: entry.name })}
        </h2>
        <button type="button" onClick={close}>
          {t('planning.explain.close')}
        </button>
      </div>
      <p>
        {t('planning.explain.summary', {
          state: entry.name,
          region: entry.region,
          rank: entry.rank,
          total,
          score: formatPoints(entry.score),
        })}
      </p>
      {saved ? (
        <SavedAndLive
          saved={saved}
          iso3={entry.iso3}
          live={selection}
          reservePosition={reservePosition}
        />
      ) : (
        <p>
          <SelectionTag selection={selection} />{' '}
          {selection === 'reserve'
            ? t('planning.explain.reserve', { position: reservePosition ?? 0 })
            : t(`planning.explain.${selection}`)}
        </p>
      )}
      {entry.selectionNote && <p>{entry.selectionNote}</p>}
      <h3>{t('planning.explain.why')}</h3>
      {contributing.length === 0 ? (
        <p>{t('planning.noPoints')}</p>
      ) : (
        <ol className="reasons">
          {contributing.map((b) => (
            <li key={b.factor}>
              <FactorSwatch factor={b.factor} />
              <strong>
                {t('planning.factorPoints', {
                  factor: factorLabel(b.factor),
                  points: formatPoints(b.points),
                })}
              </strong>{' '}
              {b.imputed && <Tag tone="warning">{t('planning.explain.estimated')}</Tag>}{' '}
              {factorReason(b, params)}
            </li>
          ))}
        </ol>
      )}
      {nothing.length > 0 && (
        <p className="field-hint">
          {t('planning.explain.nothingFrom', {
            factors: nothing.map((b) => factorLabel(b.factor)).join(', '),
          })}
        </p>
      )}
      <h3>{t('planning.explain.visit')}</h3>
      <p>
        <strong>{t(`visitKind.${entry.proposedKind}`)}</strong>
        {t('common.separator')}
        {entry.kindReason}
      </p>
    </section>
  );
}

/** Whether the State is on the proposed or adopted list, then what the live ranking would do. */
function SavedAndLive({
  saved,
  iso3,
  live,
  reservePosition,
}: {
  saved: SavedList;
  iso3: string;
  live: EntrySelection;
  reservePosition: number | null;
}) {
  const onList = saved.selection.get(iso3) ?? 'none';
  return (
    <p>
      <SelectionTag selection={onList} words="onList" />{' '}
      {t(`planning.explain.saved.${saved.status}.${onList}`, { version: saved.version })}{' '}
      {t(`planning.explain.live.${live}`, { position: reservePosition ?? 0 })}
    </p>
  );
}
