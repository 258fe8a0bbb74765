import { AsyncView, type AsyncViewProps } from './AsyncView';
import { PageHeader } from './PageHeader';

/** A page that shows one piece of data: its title and introduction, then the data once loaded. */
export function DataPage<T>({
  title,
  intro,
  note,
  ...view
}: AsyncViewProps<T> & { title: string; intro: string; note?: string }) {
  return (
    <>
      <PageHeader title={title}>
        <p>{intro}</p>
        {note && <p className="note">{note}</p>}
      </PageHeader>
      <AsyncView {...view} />
    </>
  );
}
