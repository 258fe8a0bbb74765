import type { ListDiff, ListVersionSummary } from '../../../../shared/api/types';
import { AsyncView } from '../../components/AsyncView';
import { Facts } from '../../components/Facts';
import { Tag } from '../../components/Tag';
import { useApi } from '../../data/useAsync';
import { compareNames, formatDate, t } from '../../i18n';
import { kindLabel, refusalLabel } from './labels';

interface DiffViewProps {
  year: number;
  from: ListVersionSummary;
  to: ListVersionSummary;
  nameOf: (iso3: string) => string;
}

/** What changed between two versions, then the two versions' States side by side. */
export function DiffView({ year, from, to, nameOf }: DiffViewProps) {
  const diff = useApi('plan.diff', { year, from: from.version, to: to.version });
  return (
    <AsyncView state={diff}>
      {(d) => (
        <div
          className="diff"
          aria-label={t('review.diffTitle', { from: from.version, to: to.version })}
          role="region"
        >
          <Facts items={diffFacts(d, nameOf)} />
          <div className="side-by-side">
            <VersionColumn
              version={from}
              nameOf={nameOf}
              marked={new Set(d.removed)}
              mark={t('review.diff.removedTag')}
              tone="danger"
              diff={d}
            />
            <VersionColumn
              version={to}
              nameOf={nameOf}
              marked={new Set(d.added)}
              mark={t('review.diff.addedTag')}
              tone="success"
              diff={d}
            />
          </div>
        </div>
      )}
    </AsyncView>
  );
}

function diffFacts(d: ListDiff, nameOf: (iso3: string) => string): [string, string][] {
  const names = (codes: string[]) =>
    codes.length ? codes.map(nameOf).sort().join(', ') : t('common.none');
  return [
    [t('review.diff.added'), names(d.added)],
    [t('review.diff.removed'), names(d.removed)],
    [
      t('review.diff.changed'),
      d.changed.length
        ? d.changed
            .map((c) =>
              t('review.diff.kindChange', {
                state: nameOf(c.iso3),
                before: kindLabel(c.before),
                after: kindLabel(c.after),
              }),
            )
            .join('; ')
        : t('common.none'),
    ],
    [
      t('review.diff.reasons'),
      d.reasons.length
        ? d.reasons
            .map((r) =>
              t('review.diff.reason', {
                state: nameOf(r.iso3),
                reason: r.consentRefusal ? refusalLabel(r.consentRefusal) : r.rationale,
                date: formatDate(r.decidedOn),
                ref: r.decisionRef ?? t('common.none'),
              }),
            )
            .join('; ')
        : t('common.none'),
    ],
  ];
}

interface VersionColumnProps {
  version: ListVersionSummary;
  nameOf: (iso3: string) => string;
  /** The States to mark in this column (removed on the left, added on the right). */
  marked: Set<string>;
  mark: string;
  tone: 'danger' | 'success';
  diff: ListDiff;
}

function VersionColumn({ version, nameOf, marked, mark, tone, diff }: VersionColumnProps) {
  const changed = new Set(diff.changed.map((c) => c.iso3));
  const states = [...version.states].sort((a, b) => compareNames(nameOf(a), nameOf(b)));
  return (
    <div className="version-column">
      <h4>
        {t('review.versionHeading', {
          version: version.version,
          ref: version.decisionRef ?? t('common.none'),
        })}
      </h4>
      <ul>
        {states.map((iso3) => (
          <li key={iso3} className={marked.has(iso3) ? `diff-${tone}` : undefined}>
            {nameOf(iso3)} {marked.has(iso3) && <Tag tone={tone}>{mark}</Tag>}
            {changed.has(iso3) && <Tag tone="warning">{t('review.diff.changedTag')}</Tag>}
          </li>
        ))}
      </ul>
    </div>
  );
}
