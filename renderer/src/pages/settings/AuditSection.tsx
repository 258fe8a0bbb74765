// The audit trail's integrity, for administrators: verify the chain (against an anchor kept
// elsewhere, if one is chosen) and save the chain's head as a new anchor file.
import { useState, type ChangeEvent } from 'react';
import type { AuditAnchor, AuditVerdict } from '../../../../shared/api/types';
import { call } from '../../api/client';
import { download } from '../../api/download';
import { ActionStatus } from '../../components/ActionStatus';
import { Field } from '../../components/Field';
import { useAction } from '../../data/useAction';
import { t } from '../../i18n';
import { useMayCall } from '../../stores/session';

export function AuditSection() {
  const mayVerify = useMayCall('audit.verify');
  const action = useAction();
  const [verdict, setVerdict] = useState<AuditVerdict | null>(null);
  const [anchor, setAnchor] = useState<{ name: string; value: unknown } | null>(null);
  if (!mayVerify) return null;

  const chooseAnchor = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    setVerdict(null);
    if (!file) return setAnchor(null);
    try {
      setAnchor({ name: file.name, value: JSON.parse(await file.text()) as unknown });
    } catch {
      setAnchor({ name: file.name, value: null });
    }
  };
  const verify = () =>
    action.run(
      async () => {
        const result = await call(
          'audit.verify',
          anchor ? { anchor: anchor.value as AuditAnchor } : {},
        );
        setVerdict(result);
        return result;
      },
      (r) => (r.ok ? t('auditTrail.whole') : t('auditTrail.broken')),
      false,
    );
  const saveAnchor = () =>
    action.run(
      async () => {
        const head = await call('audit.anchor', {});
        download({
          fileName: `cted-audit-anchor-${head.takenAt.slice(0, 10)}.json`,
          mimeType: 'application/json',
          encoding: 'utf8',
          content: `${JSON.stringify(head, null, 2)}\n`,
          synthetic: false,
        });
        return head;
      },
      (head) => t('auditTrail.saved', { count: head.count }),
      false,
    );

  return (
    <section aria-labelledby="audit-trail">
      <h2 id="audit-trail">{t('auditTrail.title')}</h2>
      <p>{t('auditTrail.intro')}</p>
      <Field label={t('auditTrail.anchorFile')}>
        <input type="file" accept="application/json,.json" onChange={(e) => void chooseAnchor(e)} />
      </Field>
      <div className="button-row">
        <button type="button" onClick={() => void verify()} disabled={action.busy}>
          {anchor ? t('auditTrail.verifyAgainst', { name: anchor.name }) : t('auditTrail.verify')}
        </button>
        <button type="button" onClick={() => void saveAnchor()} disabled={action.busy}>
          {t('auditTrail.saveAnchor')}
        </button>
      </div>
      <ActionStatus action={action} />
      {verdict && (
        <ul className={verdict.ok ? undefined : 'form-summary'} aria-label={t('auditTrail.title')}>
          {verdict.lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
