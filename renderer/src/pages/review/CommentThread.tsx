import { useState, type FormEvent } from 'react';
import type { ListComment } from '../../../../shared/api/types';
import { call } from '../../api/client';
import { ActionStatus } from '../../components/ActionStatus';
import { Field } from '../../components/Field';
import { problemsAt, useAction } from '../../data/useAction';
import { formatInstant, t } from '../../i18n';
import { useMayCall } from '../../stores/session';

interface CommentThreadProps {
  year: number;
  /** The amendment discussed; the list as a whole when absent. */
  amendmentId?: string;
  title: string;
  comments: ListComment[];
}

/** The comments on the list or on one amendment, oldest first, and a box to add one. */
export function CommentThread({ year, amendmentId, title, comments }: CommentThreadProps) {
  const mayComment = useMayCall('plan.comment');
  const action = useAction();
  const [text, setText] = useState('');
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const posted = await action.run(
      () => call('plan.comment', { year, amendmentId, text }),
      () => t('review.commentPosted'),
    );
    if (posted) setText('');
  };
  return (
    <section className="comments" aria-label={title}>
      <h3>{t('review.commentsTitle', { title, count: comments.length })}</h3>
      {comments.length === 0 ? (
        <p className="field-hint">{t('review.noComments')}</p>
      ) : (
        <ol className="comment-list">
          {comments.map((c) => (
            <li key={c.id}>
              <p className="comment-meta">
                {t('review.commentBy', {
                  name: c.author ?? t('common.unknown'),
                  when: formatInstant(Date.parse(c.writtenAt)),
                })}
              </p>
              <p>{c.text}</p>
            </li>
          ))}
        </ol>
      )}
      {mayComment ? (
        <form onSubmit={submit} noValidate>
          <Field label={t('review.addComment')} problems={problemsAt(action.error, 'text')}>
            <textarea rows={2} value={text} onChange={(e) => setText(e.target.value)} />
          </Field>
          <button type="submit" disabled={action.busy}>
            {t('review.postComment')}
          </button>
          <ActionStatus action={action} />
        </form>
      ) : (
        <p className="field-hint">{t('review.commentIsFor')}</p>
      )}
    </section>
  );
}
