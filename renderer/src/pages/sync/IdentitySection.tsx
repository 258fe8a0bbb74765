import { AsyncView } from '../../components/AsyncView';
import { Facts } from '../../components/Facts';
import { useApi } from '../../data/useAsync';
import { t } from '../../i18n';

/** What another installation needs to trust this one, and the fingerprint to compare by voice. */
export function IdentitySection() {
  const identity = useApi('sync.identity', {});
  return (
    <section aria-labelledby="sync-identity">
      <h2 id="sync-identity">{t('sync.identity')}</h2>
      <p>{t('sync.identityIntro')}</p>
      <AsyncView state={identity}>
        {(me) => (
          <Facts
            items={[
              [t('sync.siteId'), <code key="site">{me.siteId}</code>],
              [t('sync.publicKey'), <code key="key">{me.publicKey}</code>],
              [t('sync.fingerprint'), <strong key="fingerprint">{me.fingerprint}</strong>],
            ]}
          />
        )}
      </AsyncView>
    </section>
  );
}
