import type { ConsentRequest } from '../../../shared/api/types';
import type { Column } from '../components/DataTable';
import { DateText } from '../components/DateText';
import { ConsentReplyTag } from '../components/StatusTags';
import { Tag } from '../components/Tag';
import { t } from '../i18n';
import { pickColumns } from './pick';

export type ConsentColumnId =
  | 'state'
  | 'listYear'
  | 'noteVerbale'
  | 'sentOn'
  | 'reminders'
  | 'reply'
  | 'repliedOn'
  | 'waiting';

function Waiting({ request }: { request: ConsentRequest }) {
  if (request.daysWaiting === null) return <>{t('common.none')}</>;
  const days = t('consent.daysWaiting', { count: request.daysWaiting });
  return request.overdueReply ? <Tag tone="danger">{days}</Tag> : <>{days}</>;
}

export function consentColumns(ids?: readonly ConsentColumnId[]): Column<ConsentRequest>[] {
  return pickColumns<ConsentRequest, ConsentColumnId>(
    {
      state: { header: t('col.state'), cell: (c) => c.stateName, sortValue: (c) => c.stateName },
      listYear: {
        header: t('col.listYear'),
        cell: (c) => c.listYear ?? t('common.none'),
        sortValue: (c) => c.listYear,
        numeric: true,
      },
      noteVerbale: {
        header: t('col.noteVerbale'),
        cell: (c) => c.noteVerbaleRef ?? t('common.none'),
        sortValue: (c) => c.noteVerbaleRef,
      },
      sentOn: {
        header: t('col.sentOn'),
        cell: (c) => <DateText date={c.sentOn} />,
        sortValue: (c) => c.sentOn,
      },
      reminders: {
        header: t('col.reminders'),
        cell: (c) => c.reminders,
        sortValue: (c) => c.reminders,
        numeric: true,
      },
      reply: {
        header: t('col.reply'),
        cell: (c) => <ConsentReplyTag reply={c.reply} />,
        sortValue: (c) => t(`consentReply.${c.reply}`),
      },
      repliedOn: {
        header: t('col.repliedOn'),
        cell: (c) => <DateText date={c.repliedOn} />,
        sortValue: (c) => c.repliedOn,
      },
      waiting: {
        header: t('col.waiting'),
        cell: (c) => <Waiting request={c} />,
        sortValue: (c) => c.daysWaiting,
        numeric: true,
      },
    },
    ids,
  );
}
