// A section of the field page listing one kind of the team's records (meetings, observations,
// findings): its heading, the button that records a new one (for those who may write), what was
// just saved, the table, and the dialog that records or corrects one.
import { useState, type ReactNode } from 'react';
import { DoneStatus } from '../../components/ActionStatus';
import { AsyncView } from '../../components/AsyncView';
import { DataTable, type Column, type SortOrder } from '../../components/DataTable';
import { FormDialog } from '../../components/FormDialog';
import type { AsyncState } from '../../data/asyncState';
import { t } from '../../i18n';

/** The record whose dialog is open (null: a new one), or null when none is. */
export type Editing<R> = { record: R | null } | null;

interface RecordSectionProps<R extends { id: string }> {
  /** The heading's id, which names the section. */
  id: string;
  title: string;
  addLabel: string;
  mayWrite: boolean;
  records: AsyncState<R[]>;
  emptyMessage: string;
  caption: string;
  columns: Column<R>[];
  initialSort: SortOrder;
  editing: Editing<R>;
  onEdit: (editing: Editing<R>) => void;
  dialogTitle: (record: R | null) => string;
  wideDialog?: boolean;
  /** The dialog's form for the record (null: a new one). */
  form: (record: R | null, done: { onCancel: () => void; onDone: () => void }) => ReactNode;
}

export function RecordSection<R extends { id: string }>({
  id,
  title,
  addLabel,
  mayWrite,
  records,
  emptyMessage,
  caption,
  columns,
  initialSort,
  editing,
  onEdit,
  dialogTitle,
  wideDialog = false,
  form,
}: RecordSectionProps<R>) {
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <section aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {mayWrite && (
        <div className="button-row">
          <button type="button" aria-haspopup="dialog" onClick={() => onEdit({ record: null })}>
            {addLabel}
          </button>
        </div>
      )}
      <DoneStatus message={notice} />
      <AsyncView
        state={records}
        empty={{ when: (list) => list.length === 0, message: emptyMessage }}
      >
        {(list) => (
          <DataTable
            caption={caption}
            columns={columns}
            rows={list}
            rowKey={(r) => r.id}
            initialSort={initialSort}
          />
        )}
      </AsyncView>
      {editing && (
        <FormDialog
          title={dialogTitle(editing.record)}
          onClose={() => onEdit(null)}
          wide={wideDialog}
        >
          {({ close, thenClose }) =>
            form(editing.record, {
              onCancel: close,
              onDone: thenClose(() => setNotice(t('field.saved'))),
            })
          }
        </FormDialog>
      )}
    </section>
  );
}
