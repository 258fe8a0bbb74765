import type { ListStatus } from '../../../../shared/api/types';
import { Tag, type Tone } from '../../components/Tag';
import { t } from '../../i18n';

const TONE: Record<ListStatus, Tone> = { draft: 'neutral', proposed: 'notice', adopted: 'success' };

export function ListStatusTag({ status }: { status: ListStatus | null }) {
  if (!status) return <Tag tone="warning">{t('planning.status.none')}</Tag>;
  return <Tag tone={TONE[status]}>{t(`planning.status.${status}`)}</Tag>;
}
