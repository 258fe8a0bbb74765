// For a listed State that declined or withdrew: the best State of the reserve to take its place,
// proposed to the Committee in one click with a rationale in words; then where that amendment stands.
import type {
  AmendmentStatus,
  ConsentOverviewRow,
  ConsentRequest,
  SubstitutionOffer,
} from '../../../../shared/api/types';
import { call } from '../../api/client';
import { ActionStatus } from '../../components/ActionStatus';
import { Tag, type Tone } from '../../components/Tag';
import { useAction } from '../../data/useAction';
import { formatNumber, t } from '../../i18n';
import { pageHref } from '../../router';
import { usePlan } from '../../stores/plan';
import { useMayCall } from '../../stores/session';

/** The rationale the Committee reads: who refused, when, under which note verbale, and who comes in. */
export function substitutionRationale(
  stateName: string,
  request: ConsentRequest,
  offer: SubstitutionOffer,
): string {
  const replacement = offer.stateName;
  const rank = offer.rank;
  const ref = request.noteVerbaleRef ?? t('common.none');
  if (request.reply === 'withdrawn')
    return t('consent.sub.rationaleWithdrawn', {
      state: stateName,
      date: request.withdrawnOn ?? '',
      ref,
      reason: (request.withdrawalReason ?? '').trim().replace(/[.;]+$/, ''),
      replacement,
      rank,
    });
  return t('consent.sub.rationaleDeclined', {
    state: stateName,
    date: request.repliedOn ?? '',
    ref,
    replacement,
    rank,
  });
}

const AMENDMENT_TONE: Record<AmendmentStatus, Tone> = {
  proposed: 'notice',
  approved: 'success',
  rejected: 'danger',
};

export function Substitution({
  row,
  year,
  nameOf,
}: {
  row: ConsentOverviewRow;
  year: number;
  nameOf: (iso3: string) => string;
}) {
  if (!row.substitution && !row.amendment) return null;
  return (
    <div className="substitution">
      {row.amendment && <AmendmentNote row={row} year={year} nameOf={nameOf} />}
      {row.substitution && row.request && (
        <Offer row={row} request={row.request} offer={row.substitution} year={year} />
      )}
    </div>
  );
}

function Offer({
  row,
  request,
  offer,
  year,
}: {
  row: ConsentOverviewRow;
  request: ConsentRequest;
  offer: SubstitutionOffer;
  year: number;
}) {
  const mayPropose = useMayCall('plan.proposeAmendment');
  const action = useAction();
  const propose = () =>
    void action.run(
      () =>
        call('plan.proposeAmendment', {
          year,
          action: 'substitute',
          iso3: row.iso3,
          replacementIso3: offer.iso3,
          rationale: substitutionRationale(row.stateName, request, offer),
          consentRequestId: offer.consentRequestId,
        }),
      () => t('consent.sub.proposed', { state: row.stateName, replacement: offer.stateName }),
    );
  return (
    <>
      <p className="substitution-offer">
        {t('consent.sub.offer', {
          replacement: offer.stateName,
          rank: offer.rank,
          score: formatNumber(Math.round(offer.score * 10) / 10),
        })}
      </p>
      {mayPropose && (
        <button type="button" className="small primary" onClick={propose} disabled={action.busy}>
          {t('consent.sub.propose', { replacement: offer.stateName })}
          <span className="visually-hidden">
            {' '}
            {t('consent.sub.proposeFor', { state: row.stateName })}
          </span>
        </button>
      )}
      <ActionStatus action={action} />
    </>
  );
}

function AmendmentNote({
  row,
  year,
  nameOf,
}: {
  row: ConsentOverviewRow;
  year: number;
  nameOf: (iso3: string) => string;
}) {
  const a = row.amendment!;
  let what: string;
  if (a.action === 'substitute' && a.iso3 === row.iso3 && a.replacementIso3)
    what = t('consent.sub.by', { replacement: nameOf(a.replacementIso3) });
  else if (a.action === 'substitute' && a.replacementIso3 === row.iso3)
    what = t('consent.sub.for', { state: nameOf(a.iso3) });
  else what = t(`review.action.${a.action}`);
  return (
    <p className="amendment-note">
      {what} <Tag tone={AMENDMENT_TONE[a.status]}>{t(`consent.sub.status.${a.status}`)}</Tag>{' '}
      <a href={pageHref('review')} onClick={() => usePlan.getState().setYear(year)}>
        {t('consent.sub.openReview')}
      </a>
    </p>
  );
}
