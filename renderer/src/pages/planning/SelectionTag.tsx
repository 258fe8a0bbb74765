import type { EntrySelection } from '../../../../shared/api/types';
import { Tag } from '../../components/Tag';
import { t } from '../../i18n';

/** Selected, reserve, or a plain dash for the States left out. */
export function SelectionTag({ selection }: { selection: EntrySelection }) {
  if (selection === 'selected') return <Tag tone="success">{t('planning.selection.selected')}</Tag>;
  if (selection === 'reserve') return <Tag tone="notice">{t('planning.selection.reserve')}</Tag>;
  return (
    <>
      <span aria-hidden="true">{t('common.none')}</span>
      <span className="visually-hidden">{t('planning.selection.none')}</span>
    </>
  );
}

export const selectionOf = (e: { selected: boolean; reserve: boolean }): EntrySelection =>
  e.selected ? 'selected' : e.reserve ? 'reserve' : 'none';
