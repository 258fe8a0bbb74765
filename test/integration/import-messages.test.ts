// The findings of an indicator file's check, said in the caller's language: the check shared with
// the interface (shared/import) finds them as Texts, and indicators.check and indicators.import
// say them in the language the user chose (users.setLanguage), English by default.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportResult } from '../../shared/api/types';
import { parseCsv, readImportRows } from '../../shared/import';
import { createTestWorkspace, seedUsers, TODAY, type TestWorkspace } from './helpers';

let t: TestWorkspace;
let users: ReturnType<typeof seedUsers>;
beforeEach(() => {
  t = createTestWorkspace();
  users = seedUsers(t);
  t.value(
    'indicators.define',
    {
      key: 'gti',
      label: 'Global Terrorism Index',
      direction: 'higher_is_riskier',
      normalisation: 'minmax',
      min: 0,
      max: 10,
    },
    users.planner,
  );
});
afterEach(() => t.close());

/** One problem a line: an aggregate, a territory, a near miss, an unknown indicator, a future date, a value out of range. */
const CSV = `state,indicator,as_of,value
Kenya,gti,2024,6.5
Arab World,gti,2024,3
"Hong Kong SAR, China",gti,2024,3
Marocco,gti,2024,3
Kenya,xyz,2024,3
Peru,gti,2999-01-01,3
Chile,gti,2024,11
`;

const rows = readImportRows(parseCsv(CSV)).rows;

function check(language: 'en' | 'fr' | 'ar'): ImportResult {
  t.value('users.setLanguage', { language }, users.planner);
  return t.value('indicators.check', { fileName: 'gti.csv', rows }, users.planner);
}

/** Every finding with its line, as the API answers it. */
const findingsOf = (result: ImportResult) =>
  result.findings.map((f) => [f.line, f.severity, f.kind ?? null, f.message]);

describe('the findings of an import’s check, in the caller’s language', () => {
  it('are said in English to an English reader, word for word as before', () => {
    const result = check('en');
    expect(findingsOf(result)).toEqual([
      [
        3,
        'error',
        'aggregate',
        "'Arab World' is a regional or income aggregate, not a Member State: leave its line out of the import.",
      ],
      [
        4,
        'error',
        'nonMember',
        "'Hong Kong SAR, China' is not a UN Member State (a territory or non-member State): leave its line out of the import.",
      ],
      [
        5,
        'error',
        'nearMiss',
        "'Marocco' is not the name of a UN Member State. Did you mean Morocco (MAR)? Confirm the suggestion, or correct the file.",
      ],
      [
        6,
        'error',
        null,
        "'xyz' is not a defined indicator: define it under “Indicator definitions” first (its key, label or external code is matched), or correct the file. The defined indicators are: gti.",
      ],
      [
        7,
        'error',
        null,
        `The date 2999-01-01 is in the future (today is ${TODAY}): only values already known can be imported.`,
      ],
      [8, 'error', null, 'The value 11 is outside the range of Global Terrorism Index (0 to 10).'],
    ]);
    // The preview's rows carry the same findings, said the same way.
    expect(result.preview.flatMap((r) => r.findings.map((f) => f.message))).toEqual(
      result.findings.map((f) => f.message),
    );
  });

  it('are said in French to a French reader', () => {
    const result = check('fr');
    const messages = result.findings.map((f) => f.message);
    expect(messages).toEqual([
      '« Arab World » est un agrégat régional ou par niveau de revenu, et non un État Membre : excluez sa ligne de l’importation.',
      '« Hong Kong SAR, China » n’est pas un État Membre de l’ONU (il s’agit d’un territoire ou d’un État non membre) : excluez sa ligne de l’importation.',
      '« Marocco » n’est pas le nom d’un État Membre de l’ONU. S’agit-il de Maroc (MAR) ? Confirmez la suggestion ou corrigez le fichier.',
      '« xyz » n’est pas un indicateur défini : définissez-le d’abord sous « Définitions des indicateurs » (sa clé, son libellé ou son code externe sont reconnus), ou corrigez le fichier. Les indicateurs définis sont : gti.',
      `La date 2999-01-01 est dans le futur (nous sommes le ${TODAY})\u00a0: seules des valeurs déjà connues peuvent être importées.`,
      'La valeur 11 est en dehors de la plage de Global Terrorism Index (0 à 10).',
    ]);
    // Typographic spaces, as the catalogues' French has them.
    expect(messages[0]).toContain('«\u00a0Arab World\u00a0»');
    expect(result.preview.flatMap((r) => r.findings.map((f) => f.message))).toEqual(messages);
    // The kinds and the code suggested, which the interface acts on, do not depend on the
    // language; the State suggested is named in it.
    expect(result.findings.map((f) => f.kind ?? null)).toEqual([
      'aggregate',
      'nonMember',
      'nearMiss',
      null,
      null,
      null,
    ]);
    expect(result.suggestions).toEqual([
      { written: 'Marocco', iso3: 'MAR', name: 'Maroc', lines: [5], confirmed: false },
    ]);
  });

  it('are said in Arabic to an Arabic reader', () => {
    const messages = check('ar').findings.map((f) => f.message);
    expect(messages).toEqual([
      '«Arab World» مجموعة إقليمية أو مجموعة حسب الدخل، وليست دولة عضوًا: استبعد سطرها من الاستيراد.',
      '«Hong Kong SAR, China» ليست دولة عضوًا في الأمم المتحدة (بل إقليم أو دولة غير عضو): استبعد سطرها من الاستيراد.',
      '«Marocco» ليس اسم دولة عضو في الأمم المتحدة. هل تقصد المغرب (MAR)؟ أكّد الاقتراح أو صحّح الملف.',
      '«xyz» ليس مؤشرًا معرَّفًا: عرِّفه أولًا في «تعاريف المؤشرات» (يُطابَق مفتاحه أو تسميته أو رمزه الخارجي)، أو صحّح الملف. المؤشرات المعرَّفة هي: gti.',
      `التاريخ 2999-01-01 يقع في المستقبل (تاريخ اليوم ${TODAY}): لا يمكن استيراد إلا القيم المعروفة بالفعل.`,
      'القيمة 11 خارج نطاق Global Terrorism Index (من 0 إلى 10).',
    ]);
  });

  it('refuse the import in the caller’s language, its message and its findings alike', () => {
    t.value('users.setLanguage', { language: 'fr' }, users.planner);
    const result = t.api.call(
      'indicators.import',
      { fileName: 'gti.csv', rows },
      { user: users.planner },
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('VALIDATION');
    expect(result.error.message).toMatch(/^Rien n’a été importé/);
    expect(result.error.message).toContain(
      'Ligne 3\u00a0: «\u00a0Arab World\u00a0» est un agrégat régional',
    );
    const details = result.error.details as ImportResult['findings'];
    expect(details.map((f) => f.message)).toEqual(check('fr').findings.map((f) => f.message));
  });

  it('name an ambiguous State’s alternatives with the language’s “or”', () => {
    const korea = readImportRows(parseCsv('state,indicator,as_of,value\nKorea,gti,2024,1\n')).rows;
    const said = (language: 'en' | 'fr') => {
      t.value('users.setLanguage', { language }, users.planner);
      return t.value('indicators.check', { fileName: 'k.csv', rows: korea }, users.planner)
        .findings[0]!.message;
    };
    expect(said('en')).toMatch(
      /^'Korea' could be .+ or .+: write its ISO code \(KOR or PRK\) instead\.$/,
    );
    expect(said('fr')).toMatch(
      /^«\u00a0Korea\u00a0» peut désigner .+ ou .+\u00a0: indiquez plutôt son code ISO \(KOR ou PRK\)\.$/,
    );
  });
});
