import type { AmendmentStatus } from '../../../../shared/api/types';
import { Tag, type Tone } from '../../components/Tag';
import { t } from '../../i18n';

const TONE: Record<AmendmentStatus, Tone> = {
  proposed: 'notice',
  approved: 'success',
  rejected: 'danger',
};

export function AmendmentStatusTag({ status }: { status: AmendmentStatus }) {
  return <Tag tone={TONE[status]}>{t(`review.amendmentStatus.${status}`)}</Tag>;
}
