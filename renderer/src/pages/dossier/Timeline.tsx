import type { TimelineItem } from '../../../../shared/api/types';
import { DateText } from '../../components/DateText';
import { t } from '../../i18n';

/** Everything that happened with the State, newest first (merged by the backend). */
export function Timeline({ items }: { items: TimelineItem[] }) {
  return (
    <ol className="timeline">
      {items.map((item, i) => (
        <li
          key={`${item.refId}-${item.date}-${i}`}
          className={`timeline-item timeline-${item.kind}`}
        >
          <DateText date={item.date} />
          <span className="timeline-kind">{t(`timelineKind.${item.kind}`)}</span>
          <span className="timeline-title">{item.title}</span>
        </li>
      ))}
    </ol>
  );
}
