// "Share with partners" (resolution 2617, OP 19 and OP 23): a partner pack of one State or of all,
// for an audience, as HTML, CSV or XLSX. Once saved, what the pack shared and what it withheld,
// as counts, so that the planner knows what the partners will not see.
import { useMemo, useState } from 'react';
import type { PartnerPackFile, PartnerPackWithheld } from '../../../../shared/api/types';
import { PARTNER_AUDIENCES, type PartnerAudience } from '../../../../shared/domain/sharing';
import { call } from '../../api/client';
import { ExportButtons } from '../../components/ExportButtons';
import { Facts } from '../../components/Facts';
import { OptionSelect } from '../../components/OptionSelect';
import { useApi } from '../../data/useAsync';
import { compareNames, t } from '../../i18n';

const FORMATS = ['html', 'csv', 'xlsx'] as const;
const WITHHELD_KINDS: (keyof PartnerPackWithheld)[] = [
  'reportsOfConfidentialVisits',
  'reportsWithoutReleaseConsent',
  'reportsReleasedOnlyInPart',
  'reportsWithUnplacedSections',
  'confidentialSections',
  'recommendations',
  'technicalAssistance',
];

export function PartnerPackExport() {
  const reports = useApi('reports.list', {});
  const [iso3, setIso3] = useState('');
  const [audience, setAudience] = useState<PartnerAudience>('un_system');
  const [made, setMade] = useState<PartnerPackFile | null>(null);
  // The States with a report the Committee adopted: the only ones a pack can say anything of.
  const names = useMemo(
    () =>
      new Map(
        reports.status === 'ready'
          ? reports.data.filter((r) => r.adoptedOn).map((r) => [r.iso3, r.stateName])
          : [],
      ),
    [reports],
  );
  const codes = [...names.keys()].sort((a, b) => compareNames(names.get(a)!, names.get(b)!));
  return (
    <section aria-labelledby="partner-pack">
      <h2 id="partner-pack">{t('partnerPack.title')}</h2>
      <p>{t('partnerPack.intro')}</p>
      <div className="filters">
        <label className="filter">
          {t('partnerPack.state')}
          <OptionSelect
            value={iso3}
            options={codes}
            label={(code) => names.get(code) ?? code}
            emptyOption={t('filter.allStates')}
            onChange={setIso3}
          />
        </label>
      </div>
      <fieldset className="radio-group">
        <legend>{t('partnerPack.audience')}</legend>
        {PARTNER_AUDIENCES.map((a) => (
          <label key={a}>
            <input
              type="radio"
              name="partner-audience"
              value={a}
              checked={audience === a}
              onChange={() => setAudience(a)}
            />
            {t(`partnerPack.audience.${a}`)}
          </label>
        ))}
      </fieldset>
      <p className="note">{t(`partnerPack.rule.${audience}`)}</p>
      <ExportButtons
        title={t('partnerPack.export')}
        choices={FORMATS.map((format) => ({
          label: t(`export.${format}`),
          make: () => call('exports.partnerPack', { iso3: iso3 || 'all', audience, format }),
        }))}
        onSaved={setMade}
      />
      {made && <PackCounts file={made} />}
    </section>
  );
}

/** What the last pack shared and withheld (counts only, like the file itself). */
function PackCounts({ file }: { file: PartnerPackFile }) {
  return (
    <section aria-labelledby="partner-pack-counts">
      <h3 id="partner-pack-counts">{t('partnerPack.countsTitle', { file: file.fileName })}</h3>
      <h4>{t('partnerPack.sharedTitle')}</h4>
      <Facts
        items={[
          [t('partnerPack.shared.reports'), file.shared.reports],
          [t('partnerPack.shared.recommendations'), file.shared.recommendations],
          [t('partnerPack.shared.technicalAssistance'), file.shared.technicalAssistance],
        ]}
      />
      <h4>{t('partnerPack.withheldTitle')}</h4>
      <Facts
        items={WITHHELD_KINDS.map((kind) => [
          t(`partnerPack.withheld.${kind}`),
          file.withheld[kind],
        ])}
      />
    </section>
  );
}
