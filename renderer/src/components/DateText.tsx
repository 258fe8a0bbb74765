import { formatDate } from '../i18n';

/** A calendar date in the reader's language, kept on one line. */
export function DateText({ date }: { date: string | null }) {
  if (!date) return <>{formatDate(null)}</>;
  return (
    <time className="date" dateTime={date}>
      {formatDate(date)}
    </time>
  );
}

/** What a table's search matches: the date as shown. */
DateText.plainText = ({ date }: { date: string | null }) => formatDate(date);
