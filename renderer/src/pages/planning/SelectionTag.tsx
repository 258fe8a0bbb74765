import type { EntrySelection } from '../../../../shared/api/types';
import { Tag } from '../../components/Tag';
import { t } from '../../i18n';

/**
 * Selected, reserve, or a plain dash for the States left out, in the words of the column: the
 * live ranking's (`selection`, `live` once a list is saved) or a saved list's (`onList`).
 */
export function SelectionTag({
  selection,
  words = 'selection',
}: {
  selection: EntrySelection;
  words?: 'selection' | 'live' | 'onList';
}) {
  const label = t(`planning.${words}.${selection}`);
  if (selection === 'selected') return <Tag tone="success">{label}</Tag>;
  if (selection === 'reserve') return <Tag tone="notice">{label}</Tag>;
  return (
    <>
      <span aria-hidden="true">{t('common.none')}</span>
      <span className="visually-hidden">{label}</span>
    </>
  );
}

export const selectionOf = (e: { selected: boolean; reserve: boolean }): EntrySelection =>
  e.selected ? 'selected' : e.reserve ? 'reserve' : 'none';
