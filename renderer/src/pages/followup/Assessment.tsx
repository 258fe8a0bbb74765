// The body of an OP 16 follow-up report: the summary of the steps the State has taken and CTED's
// assessment of each recommendation of the assessment report. Planners edit it while the report
// is open (a status other than "not started" needs a comment, as the server requires) and submit
// it from here; everyone else, and everyone once it is submitted, reads it.
import { useMemo, useState, type FormEvent } from 'react';
import type { FollowupAssessment, FollowupDetail } from '../../../../shared/api/types';
import {
  needsEvidence,
  RECOMMENDATION_STATUSES,
  type RecommendationStatus,
} from '../../../../shared/domain/reports';
import { call } from '../../api/client';
import { pickColumns } from '../../columns/pick';
import { DoneStatus } from '../../components/ActionStatus';
import { DataTable, type Column } from '../../components/DataTable';
import { InlineProblems } from '../../components/Field';
import { FormFailure } from '../../components/FormFailure';
import { useFormCheck, type Problems } from '../../components/formChecks';
import { InputField } from '../../components/InputField';
import { OptionSelect } from '../../components/OptionSelect';
import { RecommendationStatusTag } from '../../components/StatusTags';
import { useAction } from '../../data/useAction';
import { t } from '../../i18n';
import { useMayCall } from '../../stores/session';
import { SubmitDialog } from './SubmitDialog';

const SUMMARY_MAX = 8000;
const COMMENT_MAX = 4000;

type ColumnId = 'code' | 'text' | 'current' | 'status' | 'comment';

function baseColumns(): Record<
  'code' | 'text' | 'current',
  Omit<Column<FollowupAssessment>, 'id'>
> {
  return {
    code: {
      header: t('col.code'),
      cell: (a) => a.code ?? t('common.none'),
      sortValue: (a) => a.code,
    },
    text: { header: t('col.recommendation'), cell: (a) => a.text },
    current: {
      header: t('followup.report.currentStatus'),
      cell: (a) => <RecommendationStatusTag status={a.currentStatus} />,
      sortValue: (a) => RECOMMENDATION_STATUSES.indexOf(a.currentStatus),
    },
  };
}

/** The assessment as recorded, read-only. */
export function AssessmentTable({ followup }: { followup: FollowupDetail }) {
  const columns = useMemo(
    () =>
      pickColumns<FollowupAssessment, ColumnId>({
        ...baseColumns(),
        status: {
          header: t('followup.report.assessedStatus'),
          cell: (a) =>
            a.status ? (
              <RecommendationStatusTag status={a.status} />
            ) : (
              t('followup.report.notAssessed')
            ),
          sortValue: (a) => (a.status ? RECOMMENDATION_STATUSES.indexOf(a.status) : null),
        },
        comment: {
          header: t('followup.report.comment'),
          cell: (a) => a.comment || t('common.none'),
        },
      }),
    [],
  );
  return (
    <DataTable
      caption={t('followup.report.assessmentCaption')}
      columns={columns}
      rows={followup.assessment}
      rowKey={(a) => a.recommendationId}
      initialSort={{ column: 'code', direction: 'ascending' }}
      emptyMessage={t('followup.report.noRecommendations')}
    />
  );
}

interface Entry {
  status: RecommendationStatus | '';
  comment: string;
}
type Entries = Record<string, Entry>;

const entriesOf = (f: FollowupDetail): Entries =>
  Object.fromEntries(
    f.assessment.map((a) => [
      a.recommendationId,
      { status: a.status ?? '', comment: a.comment ?? '' },
    ]),
  );

export interface AssessmentInput {
  recommendationId: string;
  status: RecommendationStatus;
  comment: string;
}

/** What the API takes: the recommendations given a status, in the report's order. */
function assessmentInput(f: FollowupDetail, entries: Entries): AssessmentInput[] {
  return f.assessment.flatMap((a) => {
    const entry = entries[a.recommendationId];
    return entry?.status
      ? [
          {
            recommendationId: a.recommendationId,
            status: entry.status,
            comment: entry.comment.trim(),
          },
        ]
      : [];
  });
}

/** Whether what is on screen differs from what is saved. */
function isDirty(f: FollowupDetail, summary: string, input: AssessmentInput[]): boolean {
  if (summary.trim() !== (f.summary ?? '')) return true;
  const saved = new Map(f.assessment.map((a) => [a.recommendationId, a]));
  if (input.length !== f.assessment.filter((a) => a.status).length) return true;
  return input.some((entry) => {
    const was = saved.get(entry.recommendationId);
    return was?.status !== entry.status || (was.comment ?? '') !== entry.comment;
  });
}

/** The server names a refused comment by its place in the assessment sent: assessment.<i>.comment. */
const commentField = (index: number) => `assessment.${index}.comment`;

export function AssessmentEditor({
  followup: f,
  onDone,
}: {
  followup: FollowupDetail;
  onDone: (message: string) => void;
}) {
  const action = useAction();
  const maySubmit = useMayCall('followups.submit');
  const [summary, setSummary] = useState(f.summary ?? '');
  const [entries, setEntries] = useState<Entries>(() => entriesOf(f));
  const [submitting, setSubmitting] = useState(false);
  const input = assessmentInput(f, entries);
  const indexOf = new Map(input.map((entry, i) => [entry.recommendationId, i]));
  const problems: Problems = {};
  input.forEach((entry, i) => {
    if (needsEvidence(entry.status) && !entry.comment)
      problems[commentField(i)] = [t('followup.report.commentNeeded')];
  });
  const check = useFormCheck(problems, action.error);
  const dirty = isDirty(f, summary, input);
  const unassessed = f.assessment.length - input.length;

  const change = (id: string, entry: Partial<Entry>) => {
    setEntries((all) => ({ ...all, [id]: { ...all[id]!, ...entry } }));
    const index = indexOf.get(id);
    if (index !== undefined) check.changed(commentField(index));
    action.reset();
  };

  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (!check.submit()) return action.reset();
    const saved = await action.run(
      () =>
        call('followups.update', { id: f.followupId!, summary: summary.trim(), assessment: input }),
      (d) =>
        t('followup.report.saved', {
          count: d.assessment.length - d.unassessed,
          total: d.assessment.length,
        }),
    );
    if (saved) check.reset();
  };

  const columns: Column<FollowupAssessment>[] = pickColumns<FollowupAssessment, ColumnId>({
    ...baseColumns(),
    status: {
      header: t('followup.report.assessedStatus'),
      cell: (a) => {
        const entry = entries[a.recommendationId]!;
        const label = t('followup.report.statusOf', { code: a.code ?? a.text.slice(0, 40) });
        // A status once saved is replaced, not removed: "not assessed" is offered only before.
        return a.status ? (
          <OptionSelect
            aria-label={label}
            value={entry.status || a.status}
            options={RECOMMENDATION_STATUSES}
            label={(s) => t(`recommendationStatus.${s}`)}
            onChange={(status) => change(a.recommendationId, { status })}
          />
        ) : (
          <OptionSelect
            aria-label={label}
            value={entry.status}
            options={RECOMMENDATION_STATUSES}
            label={(s) => t(`recommendationStatus.${s}`)}
            emptyOption={t('followup.report.notAssessed')}
            onChange={(status: RecommendationStatus | '') => change(a.recommendationId, { status })}
          />
        );
      },
    },
    comment: {
      header: t('followup.report.comment'),
      cell: (a) => {
        const entry = entries[a.recommendationId]!;
        const index = indexOf.get(a.recommendationId);
        const shown = index === undefined ? [] : check.shown(commentField(index));
        const problemId = `comment-problem-${a.recommendationId}`;
        return (
          <>
            <textarea
              rows={2}
              maxLength={COMMENT_MAX}
              aria-label={t('followup.report.commentOf', { code: a.code ?? a.text.slice(0, 40) })}
              aria-invalid={shown.length > 0 || undefined}
              aria-describedby={shown.length ? problemId : undefined}
              value={entry.comment}
              onChange={(e) => change(a.recommendationId, { comment: e.target.value })}
            />
            <InlineProblems id={problemId} problems={shown} />
          </>
        );
      },
    },
  });

  const commentFields = input.map((_, i) => commentField(i));
  return (
    <>
      <form className="form-section" onSubmit={save} noValidate>
        <FormFailure
          check={check}
          error={action.error}
          fields={['summary', 'assessment', ...commentFields]}
        />
        <section aria-labelledby="followup-summary">
          <h2 id="followup-summary">{t('followup.report.summary')}</h2>
          <InputField
            label={t('followup.report.summaryLabel')}
            hint={t('followup.report.summaryHint')}
            type="textarea"
            rows={6}
            maxLength={SUMMARY_MAX}
            check={check}
            field="summary"
            value={summary}
            onChange={(value) => {
              setSummary(value);
              action.reset();
            }}
          />
        </section>
        <section aria-labelledby="followup-assessment">
          <h2 id="followup-assessment">{t('followup.report.assessment')}</h2>
          <p className="muted">
            {t('followup.report.assessmentHint')}{' '}
            {unassessed > 0
              ? t('followup.report.unassessed', { count: unassessed })
              : t('followup.report.allAssessed')}
          </p>
          {check.shown('assessment').length > 0 && (
            <p className="field-problems">{check.shown('assessment').join(' ')}</p>
          )}
          <DataTable
            caption={t('followup.report.assessmentCaption')}
            columns={columns}
            rows={f.assessment}
            rowKey={(a) => a.recommendationId}
            initialSort={{ column: 'code', direction: 'ascending' }}
            emptyMessage={t('followup.report.noRecommendations')}
          />
        </section>
        <div className="button-row">
          <button type="submit" className="primary" disabled={action.busy}>
            {action.busy ? t('form.saving') : t('followup.report.save')}
          </button>
          {maySubmit && (
            <button
              type="button"
              aria-haspopup="dialog"
              onClick={() => {
                action.reset();
                setSubmitting(true);
              }}
            >
              {t('followup.report.submitOpen')}
            </button>
          )}
          {dirty && !action.busy && <span className="muted">{t('followup.report.unsaved')}</span>}
        </div>
        <DoneStatus message={action.busy ? null : action.done} />
      </form>
      {submitting && (
        <SubmitDialog
          followup={f}
          pending={{
            dirty,
            summary: summary.trim(),
            assessment: input,
            missingComments: check.count,
            unassessed,
          }}
          onDone={onDone}
          onClose={() => setSubmitting(false)}
        />
      )}
    </>
  );
}
