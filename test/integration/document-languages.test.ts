// Every exported document speaks the language it was asked in: the annual review (HTML, print and
// XLSX annex), the list and schedule exports (CSV and XLSX), the review packs and the partner
// packs; an Arabic document reads right to left; English stays as it was.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportFile } from '../../shared/api/types';
import { coreCatalogue } from '../../shared/messages';
import { copyOfDemo, demoTemplate, type TestWorkspace } from './helpers';

const YEAR = 2026;
let t: TestWorkspace;

beforeAll(() => {
  t = copyOfDemo(demoTemplate());
});
afterAll(() => t.close());

async function call(method: string, input: Record<string, unknown>): Promise<ExportFile> {
  const result = await t.api.callAsync(method as never, input);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value as ExportFile;
}

async function workbookOf(file: ExportFile): Promise<ExcelJS.Workbook> {
  expect(file.encoding).toBe('base64');
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(file.content, 'base64') as unknown as ArrayBuffer);
  return book;
}

/** The header row of a sheet (the row its frozen pane is split under). */
function headerOf(sheet: ExcelJS.Worksheet): string[] {
  const row = (sheet.views[0] as { ySplit: number }).ySplit;
  return (sheet.getRow(row).values as ExcelJS.CellValue[]).slice(1).map(String);
}

/** The CSV's header row: the first line after the notes and their blank line. */
function csvHeader(file: ExportFile): string {
  const lines = file.content.replace(/^\ufeff/, '').split('\r\n');
  return lines[lines.indexOf('') + 1]!;
}

const htmlOpening = (html: string) => /<html [^>]*>/.exec(html)![0];

describe('the annual review in the asked language', () => {
  it('is wholly French when asked in French: headings, captions, charts, sentences', async () => {
    const file = await call('reports.annualReview', { year: YEAR, format: 'html', language: 'fr' });
    const html = file.content;
    expect(htmlOpening(html)).toBe('<html lang="fr">');
    for (const heading of [
      `Examen annuel ${YEAR} de la DECT et prévisions pour ${YEAR + 1}`,
      `<h2 id="part-review">1. Examen de ${YEAR}</h2>`,
      `<h2 id="part-forecast">2. Prévisions pour ${YEAR + 1}</h2>`,
      '<h2 id="part-chair">3. Les chiffres de la présidence</h2>',
      '<h3>La liste et ses modifications</h3>',
      '<h3>Rapports de suivi au titre du paragraphe 16</h3>',
      '<h3>États jamais visités</h3>',
      '<h3>Facilitation du consentement</h3>',
      `Chiffres clés de ${YEAR}`,
      'Demandes de consentement par année d’envoi',
      'DIFFUSION RESTREINTE — Réservé à la DECT',
      'DONNÉES SYNTHÉTIQUES — Données de démonstration synthétiques',
      // A chart's axis title and a table's header.
      'Année d’envoi de la demande',
      '<th scope="col">État</th>',
    ])
      expect(html).toContain(heading);
    for (const english of [
      'Review of',
      'Forecast for',
      'The Chair’s figures',
      'The list and its amendments',
      'OP 16 follow-up reports',
      'States never visited',
      'Consent facilitation',
      'Key figures',
      'RESTRICTED',
      'SYNTHETIC DATA',
      'Nothing recorded',
      '<th scope="col">State</th>',
      'Year the request was sent',
    ])
      expect(html, english).not.toContain(english);
    // Dates in prose are French dates, not ISO ones.
    expect(html).toMatch(/Chiffres au \d{1,2}(er)? [a-zéû]+ \d{4}\./);
  });

  it('writes the French annex with French sheets and headers, real dates and numbers', async () => {
    const book = await workbookOf(
      await call('reports.annualReview', { year: YEAR, format: 'xlsx', language: 'fr' }),
    );
    const names = book.worksheets.map((s) => s.name);
    expect(names).toContain('Chiffres clés');
    expect(names).toContain('États inscrits');
    expect(names).not.toContain('Key figures');
    const listed = book.getWorksheet('États inscrits')!;
    expect(listed.getCell(2, 1).value).toBe('DIFFUSION RESTREINTE');
    expect(headerOf(listed)).toEqual([
      'État',
      'Région',
      'Inscrit sur la liste par',
      'Dans la version finale',
      'Consentement (fin d’année)',
      'Résultat',
      'Le',
      'Précisions',
    ]);
    const outcomes = book.getWorksheet('États inscrits par résultat')!;
    const words = outcomes.getColumn(1).values.map(String);
    expect(words).toContain('Visité');
    expect(words).toContain('Consentement refusé');
  });

  it('reads right to left in Arabic', async () => {
    for (const format of ['html', 'print'] as const) {
      const html = (await call('reports.annualReview', { year: YEAR, format, language: 'ar' }))
        .content;
      expect(htmlOpening(html)).toBe('<html lang="ar" dir="rtl">');
      expect(html).toContain(`1. استعراض عام ${YEAR}`);
      expect(html).toContain('محدود التداول');
    }
  });

  it('says every document’s lang, and stays English when asked in English', async () => {
    for (const language of ['es', 'ru', 'zh'] as const) {
      const html = (await call('reports.annualReview', { year: YEAR, format: 'html', language }))
        .content;
      expect(htmlOpening(html)).toBe(`<html lang="${language}">`);
    }
    const english = (
      await call('reports.annualReview', { year: YEAR, format: 'html', language: 'en' })
    ).content;
    const plain = (await call('reports.annualReview', { year: YEAR, format: 'html' })).content;
    expect(english).toBe(plain);
    expect(htmlOpening(english)).toBe('<html lang="en">');
    expect(english).toContain(`<h2 id="part-review">1. Review of ${YEAR}</h2>`);
    expect(english).toContain('<h3>The list and its amendments</h3>');
    expect(english).toContain('RESTRICTED — For CTED and the members');
    expect(english).not.toContain('Examen');
  });

  it('refuses a year not yet begun in the caller’s language', async () => {
    const result = await t.api.callAsync('reports.annualReview', {
      year: YEAR + 5,
      format: 'html',
      language: 'fr',
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain('has not begun yet');
  });
});

describe('the list, schedule and review-pack exports in the asked language', () => {
  it('gives the schedule French column headers in CSV and XLSX, English ones in English', async () => {
    const csv = await call('exports.schedule', {
      year: YEAR,
      precision: 'month',
      format: 'csv',
      language: 'fr',
    });
    expect(csv.content).toContain('PUBLIC — Peut être publié.');
    expect(csvHeader(csv)).toBe('Mois,État Membre,Type de visite,Modalité');
    const xlsx = await call('exports.schedule', {
      year: YEAR,
      precision: 'dates',
      format: 'xlsx',
      language: 'fr',
    });
    const sheet = (await workbookOf(xlsx)).worksheets[0]!;
    expect(sheet.name).toBe(`Calendrier ${YEAR}`);
    expect(headerOf(sheet)).toEqual(['Dates', 'État Membre', 'Type de visite', 'Modalité']);
    const english = await call('exports.schedule', {
      year: YEAR,
      precision: 'month',
      format: 'csv',
    });
    expect(csvHeader(english)).toBe('Month,Member State,Kind of visit,Format');
  });

  it('gives the list French headers and words in CSV and XLSX', async () => {
    const csv = await call('exports.list', { year: YEAR, format: 'csv', language: 'fr' });
    expect(csvHeader(csv)).toMatch(/^Rang,ISO3,État,Région,Score,Sélection,Origine,Type proposé,/);
    expect(csv.content).toContain('Lacunes de mise en œuvre\u00a0: points');
    expect(csv.content).toContain('DONNÉES SYNTHÉTIQUES');
    expect(csv.content).not.toContain('SYNTHETIC DATA');
    expect(csv.content).toContain('Sur la liste');
    const sheet = (
      await workbookOf(await call('exports.list', { year: YEAR, format: 'xlsx', language: 'fr' }))
    ).worksheets[0]!;
    expect(headerOf(sheet).slice(0, 4)).toEqual(['Rang', 'ISO3', 'État', 'Région']);
    expect(sheet.getCell(2, 1).value).toBe('DIFFUSION RESTREINTE');
    const english = await call('exports.list', { year: YEAR, format: 'csv' });
    expect(csvHeader(english)).toMatch(/^Rank,ISO3,State,Region,Score,Selection,Origin,/);
  });

  it('writes the French review pack and published schedule with lang="fr", Arabic right to left', async () => {
    const pack = (await call('exports.reviewPack', { year: YEAR, subject: 'list', language: 'fr' }))
      .content;
    expect(htmlOpening(pack)).toBe('<html lang="fr">');
    expect(pack).toContain('Pourquoi chaque État est proposé');
    expect(pack).not.toContain('Why each State is proposed');
    const schedule = (
      await call('exports.schedule', {
        year: YEAR,
        precision: 'month',
        format: 'html',
        language: 'ar',
      })
    ).content;
    expect(htmlOpening(schedule)).toBe('<html lang="ar" dir="rtl">');
    expect(schedule).toContain('الزيارات القطرية');
  });

  it('writes the partner pack in French', async () => {
    const file = await call('exports.partnerPack', {
      iso3: 'all',
      audience: 'public',
      format: 'html',
      language: 'fr',
    });
    expect(htmlOpening(file.content)).toBe('<html lang="fr">');
    expect(file.content).toContain(
      'Évaluations de la DECT pour les partenaires\u00a0: tous les États Membres',
    );
    expect(file.content).toContain('Ce qui a été retenu');
    expect(file.content).not.toContain('What was withheld');
  });
});

describe('the catalogue of documents', () => {
  it('has every document key in French, and no placeholder French lacks', () => {
    const en = coreCatalogue('en');
    const fr = coreCatalogue('fr');
    const keys = Object.keys(en).filter((k) => k.startsWith('doc.'));
    expect(keys.length).toBeGreaterThan(300);
    const placeholders = (m: unknown) =>
      [...JSON.stringify(m).matchAll(/\{(\w+)\}/g)].map((x) => x[1]).sort();
    for (const key of keys) {
      const french = fr[key as keyof typeof fr];
      expect(french, key).toBeDefined();
      expect(new Set(placeholders(french)), key).toEqual(
        new Set(placeholders(en[key as keyof typeof en])),
      );
    }
  });
});
