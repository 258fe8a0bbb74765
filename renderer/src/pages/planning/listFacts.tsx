import type { ReactNode } from 'react';
import type { AnnualList } from '../../../../shared/api/types';
import { DateText } from '../../components/DateText';
import { t } from '../../i18n';
import { ListStatusTag } from './ListStatusTag';

/**
 * What to say about a year's list (or its absence): status, version, methodology, size, when it
 * was proposed, decision.
 */
export function listFacts(list: AnnualList | null): [string, ReactNode][] {
  const facts: [string, ReactNode][] = [
    [t('planning.status'), <ListStatusTag key="status" status={list?.status ?? null} />],
    [
      t('planning.version'),
      list?.currentVersion ? String(list.currentVersion) : t('planning.noVersion'),
    ],
  ];
  if (!list) return facts;
  facts.push(
    [
      t('planning.methodology'),
      t('planning.methodologyOption', {
        name: list.methodology.name,
        version: list.methodology.version,
      }),
    ],
    [
      t('planning.size'),
      t('planning.sizeValue', { count: list.capacity, reserve: list.reserveSize }),
    ],
  );
  if (list.proposedOn)
    facts.push([t('planning.proposedOn'), <DateText key="proposed" date={list.proposedOn} />]);
  if (list.decisionRef)
    facts.push([t('planning.decision'), <Decision key="decision" list={list} />]);
  return facts;
}

function Decision({ list }: { list: AnnualList }) {
  return (
    <>
      {list.decisionRef} (<DateText date={list.decidedOn} />)
    </>
  );
}
