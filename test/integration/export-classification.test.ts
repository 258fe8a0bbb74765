// Every export of the contract says who may read it (DESIGN §7): restricted for the working
// papers, public for the published schedule, the audience for a partner pack; in the file name and
// first in the content, in every format.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API, type MethodName } from '../../shared/api/contract';
import type { ExportFile } from '../../shared/api/types';
import { PARTNER_AUDIENCES } from '../../shared/domain/sharing';
import { copyOfDemo, demoTemplate, type TestWorkspace } from './helpers';

const FORMATS = ['html', 'csv', 'xlsx'] as const;

describe('every export of the contract', () => {
  /** How each classification appears: at the end of the file name, and at the top of the content. */
  const MARKS = {
    restricted: { tag: 'RESTRICTED', label: 'RESTRICTED' },
    public: { tag: 'PUBLIC', label: 'PUBLIC' },
    un_system: { tag: 'UN-SYSTEM', label: 'UN SYSTEM' },
    member_states: { tag: 'MEMBER-STATES', label: 'MEMBER STATES AND PARTNERS' },
  };
  type Case = { input: object; classification: keyof typeof MARKS };
  const tables = (input: object): Case[] =>
    (['csv', 'xlsx'] as const).map((format) => ({
      input: { ...input, format },
      classification: 'restricted',
    }));
  /** The demo's 2026 list was adopted, then amended once (version 2). */
  const CASES: Record<string, Case[]> = {
    'exports.deadlines': tables({}),
    'exports.list': tables({ year: 2026 }),
    'exports.amendments': tables({ year: 2026 }),
    'exports.diff': tables({ year: 2026, from: 1, to: 2 }),
    'exports.reviewPack': (['list', 'amendments'] as const).map((subject) => ({
      input: { year: 2026, subject },
      classification: 'restricted',
    })),
    'exports.schedule': FORMATS.map((format) => ({
      input: { year: 2026, precision: 'month', format },
      classification: 'public',
    })),
    'reports.annualReview': (['html', 'print', 'xlsx'] as const).map((format) => ({
      input: { year: 2025, format },
      classification: 'restricted',
    })),
    'exports.partnerPack': PARTNER_AUDIENCES.flatMap((audience) =>
      FORMATS.map((format) => ({
        input: { iso3: 'all', audience, format },
        classification: audience,
      })),
    ),
  };
  let t: TestWorkspace;
  beforeAll(() => {
    t = copyOfDemo(demoTemplate());
  });
  afterAll(() => t.close());

  it('covers every export method', () => {
    const exportMethods = Object.keys(API).filter((m) => m.startsWith('exports.'));
    expect(Object.keys(CASES).sort()).toEqual([...exportMethods, 'reports.annualReview'].sort());
  });

  it.each(Object.entries(CASES))(
    '%s says its classification in the file name and first in the content',
    async (method, cases) => {
      for (const { input, classification } of cases) {
        const file = await t.valueLater(method as MethodName, input);
        const { tag, label } = MARKS[classification];
        const where = `${method} ${JSON.stringify(input)}`;
        expect((file as ExportFile).fileName, where).toMatch(
          new RegExp(`-${tag}-SYNTHETIC\\.(html|csv|xlsx)$`),
        );
        const { encoding, mimeType, content } = file as ExportFile;
        if (mimeType === 'text/html') {
          expect(content, where).toContain(`<meta name="classification" content="${label}">`);
          expect(content, where).toMatch(
            new RegExp(
              `<body>\\n<p class="classification" role="note">${label} — [^<]+</p>\\n<h1>`,
            ),
          );
          expect(content, where).toMatch(new RegExp(`<footer>[^<]* ${label}\\.</footer>`));
        } else if (encoding === 'utf8') {
          expect(content.replace(/^\ufeff"?/, '').startsWith(`${label} — `), where).toBe(true);
        } else {
          const book = new ExcelJS.Workbook();
          await book.xlsx.load(Buffer.from(content, 'base64') as unknown as ArrayBuffer);
          expect(book.subject, where).toBe(label);
          for (const sheet of book.worksheets)
            expect(sheet.getCell(2, 1).text, `${where} ${sheet.name}`).toBe(label);
        }
      }
    },
    120_000,
  );
});
