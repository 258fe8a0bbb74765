// Every file the app exports says who may read it, in its name and in its content (DESIGN §7).
// Lists, amendments, diffs, review packs and deadlines are RESTRICTED: they are working papers of
// CTED and the Committee. A partner pack is marked with the audience it was made for. The
// published schedule is PUBLIC: OP 12 asks for it to be published in advance.
import type { PartnerAudience } from '../../../shared/domain/sharing';
import { speakerOf, type Speaker } from './speak';

export type Classification = 'restricted' | PartnerAudience;

interface Marking {
  /** How the content names it. */
  label: string;
  /** How the file name ends with it (before the synthetic-data mark and the extension). */
  fileTag: string;
  /** Who may read the file. */
  readers: string;
}

const MARKINGS: Record<Classification, Marking> = {
  restricted: {
    label: 'RESTRICTED',
    fileTag: 'RESTRICTED',
    readers:
      'For CTED and the members of the Counter-Terrorism Committee only; do not circulate further.',
  },
  un_system: {
    label: 'UN SYSTEM',
    fileTag: 'UN-SYSTEM',
    readers:
      'For UNOCT and the United Nations entities working against terrorism (resolution 2617 (2021), OP 19).',
  },
  member_states: {
    label: 'MEMBER STATES AND PARTNERS',
    fileTag: 'MEMBER-STATES',
    readers:
      'For Member States, donors, recipients and counter-terrorism partners (resolution 2617 (2021), OP 19 and OP 23).',
  },
  public: {
    label: 'PUBLIC',
    fileTag: 'PUBLIC',
    readers: 'May be published.',
  },
};

/** The classification's name as the content shows it, e.g. "RESTRICTED" (in the document's language). */
export const classificationLabel = (
  classification: Classification,
  s: Speaker = speakerOf('en'),
): string =>
  s.language === 'en' ? MARKINGS[classification].label : s(`doc.classification.${classification}`);

/** The line that opens every file: the classification and who may read it. */
export function classificationLine(
  classification: Classification,
  s: Speaker = speakerOf('en'),
): string {
  if (s.language === 'en') {
    const { label, readers } = MARKINGS[classification];
    return `${label} — ${readers}`;
  }
  return s('doc.classificationLine', {
    label: classificationLabel(classification, s),
    readers: s(`doc.readers.${classification}`),
  });
}

/** `cted-visit-list-2027-v1` → `cted-visit-list-2027-v1-RESTRICTED-SYNTHETIC.csv`. */
export function classifiedFileName(
  baseName: string,
  classification: Classification,
  synthetic: boolean,
  extension: 'html' | 'csv' | 'xlsx',
): string {
  return `${baseName}-${MARKINGS[classification].fileTag}${synthetic ? '-SYNTHETIC' : ''}.${extension}`;
}
