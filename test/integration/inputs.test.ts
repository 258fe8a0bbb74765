import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../main/core/dispatcher';
import { inspectWorkspace, openWorkspace, setMeta } from '../../main/core/db/workspace';
import { Writer, type Row } from '../../main/core/db/write';
import { BUNDLE_KDF_KEY } from '../../main/core/sync/exchange';
import { memberStates } from '../../main/core/reference/memberStates';
import type { ImportFinding, ImportResult } from '../../shared/api/types';
import { parseCsv, readImportRows, readTableFile, type ImportRow } from '../../shared/import';
import { sayText } from '../../shared/messages';
import {
  createTestWorkspace,
  noonOf,
  seedUsers,
  snapshot,
  tempDir,
  TODAY,
  type TestWorkspace,
} from './helpers';

let t: TestWorkspace;
let users: ReturnType<typeof seedUsers>;
beforeEach(() => {
  t = createTestWorkspace();
  users = seedUsers(t);
});
afterEach(() => t.close());

/** Calls a method that must fail, checks the code, and checks that nothing at all changed. */
function expectRefused(method: string, input: unknown, code: string, user?: string) {
  const before = snapshot(t.ws);
  const result = t.api.call(method, input, { user: user ?? users.planner });
  expect(result.ok, JSON.stringify(result)).toBe(false);
  if (!result.ok) {
    expect(result.error.code).toBe(code);
    expect(result.error.message.length).toBeGreaterThan(10);
  }
  expect(snapshot(t.ws)).toBe(before);
  return result.ok ? null : result.error;
}

const count = (sql: string, ...args: unknown[]) =>
  (t.ws.db.prepare(sql).get(...args) as { n: number }).n;
const valuesOf = (key: string) =>
  t.ws.db
    .prepare(
      'SELECT iso3, as_of, value, source FROM risk_indicators WHERE deleted = 0 AND indicator_key = ? ORDER BY iso3, as_of',
    )
    .all(key);

const GTI = {
  key: 'gti',
  label: 'Global Terrorism Index',
  direction: 'higher_is_riskier',
  normalisation: 'minmax',
  min: 0,
  max: 10,
} as const;

function define(extra: Record<string, unknown> = {}) {
  return t.value('indicators.define', { ...GTI, ...extra }, users.planner);
}

/** What the renderer sends for a file: its rows as read, cells as text. */
function rowsOf(csv: string): ImportRow[] {
  return readImportRows(parseCsv(csv)).rows;
}

function importCsv(csv: string, options: { exclude?: number[]; dryRun?: boolean } = {}) {
  return t.value(
    'indicators.import',
    { fileName: 'gti.csv', rows: rowsOf(csv), ...options },
    users.planner,
  );
}

const GOOD = `state,indicator,as_of,value,source
Kenya,gti,2024,6.5,GTI 2025
PER,gti,2024-12-31,"1,5",
Côte d'Ivoire,Global Terrorism Index,2024,3
`;

describe('indicator definitions', () => {
  it('defines an indicator, lists it, and updates it by key keeping what is not given', () => {
    const created = define({ unit: 'score 0–10', source: 'IEP' });
    expect(created).toMatchObject({
      key: 'gti',
      label: 'Global Terrorism Index',
      unit: 'score 0–10',
      min: 0,
      max: 10,
      thresholds: null,
    });
    const updated = t.value(
      'indicators.define',
      {
        key: 'gti',
        label: 'GTI',
        direction: 'higher_is_riskier',
        normalisation: 'thresholds',
        thresholds: [5, 1, 8],
      },
      users.planner,
    );
    expect(updated).toMatchObject({
      id: created.id,
      label: 'GTI',
      unit: 'score 0–10',
      source: 'IEP',
      normalisation: 'thresholds',
      thresholds: [1, 5, 8],
    });
    expect(t.value('indicators.definitions', {}, users.field)).toEqual([updated]);
    expect(
      count(
        "SELECT COUNT(*) AS n FROM change_log WHERE tbl = 'indicator_definitions' AND col = 'label'",
      ),
    ).toBe(2);
    expect(count("SELECT COUNT(*) AS n FROM events WHERE kind = 'indicator.defined'")).toBe(2);
  });

  it.each([
    ['malformed: a key with spaces', { ...GTI, key: 'gti score' }],
    ['malformed: no label', { ...GTI, label: '' }],
    ['malformed: an unknown field', { ...GTI, weight: 3 }],
    ['out of range: an unknown normalisation', { ...GTI, normalisation: 'log' }],
    ['wrong state: thresholds without cut points', { ...GTI, normalisation: 'thresholds' }],
    ['wrong state: a minimum above the maximum', { ...GTI, min: 10, max: 0 }],
    ['wrong state: a minimum equal to the maximum', { ...GTI, min: 5, max: 5 }],
  ])('refuses %s, changing nothing', (_label, input) => {
    expectRefused('indicators.define', input, 'VALIDATION');
  });

  it('refuses an update that would break the rules of the stored definition', () => {
    define();
    expectRefused(
      'indicators.define',
      {
        key: 'gti',
        label: 'GTI',
        direction: 'higher_is_riskier',
        normalisation: 'minmax',
        min: 20,
      },
      'VALIDATION',
    );
  });

  it('lets only planners and admins define indicators', () => {
    expectRefused('indicators.define', GTI, 'FORBIDDEN', users.ctc);
    expectRefused('indicators.define', GTI, 'FORBIDDEN', users.field);
  });
});

describe('indicators.import', () => {
  beforeEach(() => {
    define();
  });

  it('imports a good CSV file: the values land, with their source, an audit trail and an event', () => {
    const result = importCsv(GOOD);
    expect(result).toMatchObject({
      dryRun: false,
      rows: 3,
      imported: 3,
      excluded: 0,
      errors: 0,
      warnings: 0,
      byIndicator: [{ key: 'gti', values: 3 }],
    });
    expect(result.preview.map((r) => [r.line, r.iso3, r.asOf, r.value])).toEqual([
      [2, 'KEN', '2024-01-01', 6.5],
      [3, 'PER', '2024-12-31', 1.5],
      [4, 'CIV', '2024-01-01', 3],
    ]);
    expect(valuesOf('gti')).toEqual([
      { iso3: 'CIV', as_of: '2024-01-01', value: 3, source: 'gti.csv' },
      { iso3: 'KEN', as_of: '2024-01-01', value: 6.5, source: 'GTI 2025' },
      { iso3: 'PER', as_of: '2024-12-31', value: 1.5, source: 'gti.csv' },
    ]);
    expect(t.value('states.get', { iso3: 'KEN' }).indicators).toEqual([
      expect.objectContaining({ key: 'gti', label: 'Global Terrorism Index', value: 6.5 }),
    ]);
    const log = t.ws.db
      .prepare("SELECT col, author_id FROM change_log WHERE tbl = 'risk_indicators'")
      .all() as { col: string; author_id: string }[];
    expect(log).toHaveLength(15);
    expect(new Set(log.map((l) => l.author_id))).toEqual(new Set([users.planner]));
    const event = t.ws.db
      .prepare("SELECT actor_id, payload FROM events WHERE kind = 'indicators.imported'")
      .get() as { actor_id: string; payload: string };
    expect(event.actor_id).toBe(users.planner);
    expect(JSON.parse(event.payload)).toMatchObject({
      fileName: 'gti.csv',
      rows: 3,
      imported: 3,
      updated: 0,
      excluded: 0,
      byIndicator: [{ key: 'gti', values: 3 }],
    });
  });

  it('updates the values of a re-imported file instead of adding them again, and warns before replacing', () => {
    importCsv(GOOD);
    const changed = GOOD.replace('6.5', '7');
    const dry = importCsv(changed, { dryRun: true });
    expect(dry.warnings).toBe(1);
    expect(dry.findings).toEqual([
      expect.objectContaining({
        line: 2,
        severity: 'warning',
        message: 'Kenya already has 6.5 for gti as of 2024-01-01; it will be replaced by 7.',
      }),
    ]);
    const result = importCsv(changed);
    expect(result.imported).toBe(3);
    expect(count('SELECT COUNT(*) AS n FROM risk_indicators')).toBe(3);
    expect(valuesOf('gti')).toContainEqual({
      iso3: 'KEN',
      as_of: '2024-01-01',
      value: 7,
      source: 'GTI 2025',
    });
    const history = t.ws.db
      .prepare(
        "SELECT old_value, new_value FROM change_log WHERE tbl = 'risk_indicators' AND col = 'value' AND old_value IS NOT NULL",
      )
      .all();
    expect(history).toEqual([{ old_value: '6.5', new_value: '7' }]);
    const payload = t.ws.db
      .prepare("SELECT payload FROM events WHERE kind = 'indicators.imported' ORDER BY rowid DESC")
      .get() as { payload: string };
    expect(JSON.parse(payload.payload)).toMatchObject({ imported: 3, updated: 1 });
  });

  it.each([
    ['missing columns', 'country,val\nKenya,1\n', /no indicator, as_of, value columns/],
    ['an empty file', '', /empty/],
    ['a header only', 'state,indicator,as_of,value\r\n', /header line but no data rows/],
  ])(
    'refuses a file with %s: the preview says why, and the server imports nothing',
    (_label, csv, why) => {
      const read = readImportRows(parseCsv(csv));
      expect(read.rows).toEqual([]);
      const said = read.findings.find((f) => f.severity === 'error')?.message;
      expect(said && sayText('en', said)).toMatch(why);
      const error = expectRefused(
        'indicators.import',
        { fileName: 'bad.csv', rows: read.rows },
        'VALIDATION',
      );
      expect(error?.message).toMatch(/Nothing was imported.*no data rows/);
    },
  );

  it.each([
    [
      'unknown States',
      `${GOOD}Narnia,gti,2024,1\nKorea,gti,2024,1\n`,
      [
        "Line 5: 'Narnia' is not a UN Member State.",
        "Line 6: 'Korea' could be Republic of Korea or Democratic People's Republic of Korea",
      ],
    ],
    [
      'text in number cells',
      `${GOOD}Chile,gti,2024,n/a\nPeru,gti,2023,"1,234"\n`,
      ["Line 5: 'n/a' is not a number", "Line 6: '1,234' is ambiguous"],
    ],
    [
      'duplicates',
      `${GOOD}KE,gti,2024-01-01,2\n`,
      ['Line 5: Kenya, gti, 2024-01-01 is already on line 2'],
    ],
    [
      'an unknown indicator',
      `${GOOD}Chile,gdp,2024,1\n`,
      ["Line 5: 'gdp' is not a defined indicator"],
    ],
    [
      'out-of-range values',
      `${GOOD}Chile,gti,2024,10.5\n`,
      ['Line 5: The value 10.5 is outside the range of Global Terrorism Index (0 to 10).'],
    ],
    [
      'missing and invalid dates',
      `${GOOD}Chile,gti,,1\nChile,gti,31/12/2024,1\nChile,gti,2026-12-01,1\n`,
      [
        'Line 5: The date (as of) is missing.',
        "Line 6: '31/12/2024' is not a date",
        'Line 7: The date 2026-12-01 is in the future',
      ],
    ],
  ])(
    'refuses a file with %s: nothing is imported and the findings say where',
    (_label, csv, expected) => {
      const error = expectRefused(
        'indicators.import',
        { fileName: 'bad.csv', rows: rowsOf(csv) },
        'VALIDATION',
      );
      expect(error?.message).toMatch(/^Nothing was imported/);
      for (const text of expected) expect(error?.message).toContain(text);
      const findings = error?.details as ImportFinding[];
      expect(findings.filter((f) => f.severity === 'error').map((f) => f.line)).toEqual(
        Array.from({ length: expected.length }, (_, i) => 5 + i),
      );
      expect(count('SELECT COUNT(*) AS n FROM risk_indicators')).toBe(0);
    },
  );

  it('checks the rows again itself, whatever the client claims', () => {
    const rows = [{ line: 2, state: 'Atlantis', indicator: 'gti', asOf: '2024', value: '1' }];
    expectRefused('indicators.import', { fileName: 'forged.csv', rows }, 'VALIDATION');
    expectRefused(
      'indicators.import',
      { fileName: 'forged.csv', rows: [{ ...rows[0], state: 'KEN', iso3: 'KEN' }] },
      'VALIDATION',
    );
  });

  it('imports the rest of a file once its bad lines are excluded explicitly', () => {
    const csv = `${GOOD}Narnia,gti,2024,1\nChile,gti,2024,n/a\nChile,gti,2023,4\n`;
    const error = expectRefused(
      'indicators.import',
      { fileName: 'gti.csv', rows: rowsOf(csv), exclude: [5] },
      'VALIDATION',
    );
    expect(error?.message).toContain("Line 6: 'n/a' is not a number");
    expect(error?.message).not.toContain('Narnia');
    const result = importCsv(csv, { exclude: [5, 6] });
    expect(result).toMatchObject({ rows: 6, imported: 4, excluded: 2, errors: 0 });
    expect(valuesOf('gti').map((v) => (v as { iso3: string }).iso3)).toEqual([
      'CHL',
      'CIV',
      'KEN',
      'PER',
    ]);
  });

  it('writes nothing on a dry run, but says what it would import', () => {
    const before = snapshot(t.ws);
    const result = importCsv(GOOD, { dryRun: true });
    expect(result).toMatchObject({
      dryRun: true,
      imported: 3,
      byIndicator: [{ key: 'gti', values: 3 }],
    });
    expect(snapshot(t.ws)).toBe(before);
  });

  it('lets only planners and admins import', () => {
    expectRefused(
      'indicators.import',
      { fileName: 'gti.csv', rows: rowsOf(GOOD) },
      'FORBIDDEN',
      users.ctc,
    );
    expectRefused(
      'indicators.import',
      { fileName: 'gti.csv', rows: rowsOf(GOOD) },
      'FORBIDDEN',
      users.field,
    );
    expect(importCsv(GOOD).imported).toBe(3);
  });

  it('refuses malformed requests', () => {
    expectRefused('indicators.import', { fileName: 'x.csv' }, 'VALIDATION');
    expectRefused(
      'indicators.import',
      {
        fileName: 'x.csv',
        rows: [{ line: 0, state: 'KEN', indicator: 'gti', asOf: '2024', value: '1' }],
      },
      'VALIDATION',
    );
    expectRefused(
      'indicators.import',
      { fileName: 'x.csv', rows: rowsOf(GOOD), dryRun: 'yes' },
      'VALIDATION',
    );
  });
});

describe('a 50,000-row file', () => {
  const KEYS = ['gti', 'incidents', 'fatalities', 'capacity_gap'];
  const ROWS = 50_000;

  /** 193 States × 4 indicators × monthly dates from January 2021, written as files often name States. */
  function bigCsv(): string {
    const states = memberStates();
    const lines = ['Member State;Indicator;Date;Value'];
    for (let month = 0; lines.length <= ROWS; month++) {
      const asOf = new Date(Date.UTC(2021, month, 1)).toISOString().slice(0, 10);
      for (const key of KEYS) {
        for (const [i, s] of states.entries()) {
          if (lines.length > ROWS) break;
          lines.push(
            `${[s.iso3, s.names.en, s.names.fr, s.iso2][i % 4]};${key};${asOf};${((i * 7 + month) % 100) / 10}`.replace(
              '.',
              ',',
            ),
          );
        }
      }
    }
    return lines.join('\r\n');
  }

  beforeEach(() => {
    for (const key of KEYS) define({ key, label: key, min: null, max: null });
  });

  it('imports fully', () => {
    const result = importCsv(bigCsv());
    expect(result).toMatchObject({ rows: ROWS, imported: ROWS, errors: 0 });
    expect(result.byIndicator.reduce((n, b) => n + b.values, 0)).toBe(ROWS);
    expect(count('SELECT COUNT(*) AS n FROM risk_indicators WHERE deleted = 0')).toBe(ROWS);
  });

  it('imports nothing when one row is bad', () => {
    const lines = bigCsv().split('\r\n');
    lines[25_000] = lines[25_000]!.replace(/;[^;]*$/, ';twelve');
    const error = expectRefused(
      'indicators.import',
      { fileName: 'big.csv', rows: rowsOf(lines.join('\n')) },
      'VALIDATION',
    );
    expect(error?.message).toContain("Line 25001: 'twelve' is not a number");
    expect(count('SELECT COUNT(*) AS n FROM risk_indicators')).toBe(0);
  });
});

describe('plan.build', () => {
  it('scores the threat indicators factor from imported values', () => {
    define();
    const threatOf = (iso3: string) =>
      t
        .value('plan.build', { year: 2027, capacity: 10 })
        .entries.find((e) => e.iso3 === iso3)!
        .breakdown.find((b) => b.factor === 'threat_indicators')!;
    expect(threatOf('KEN').imputed).toBe(true);
    importCsv('state,indicator,as_of,value\nKEN,gti,2025,10\nPER,gti,2025,0\nCHL,gti,2025,2.5\n');
    expect(threatOf('KEN')).toMatchObject({ raw: 1, normalized: 1, imputed: false });
    expect(threatOf('PER')).toMatchObject({ raw: 0, normalized: 0, imputed: false });
    expect(threatOf('CHL')).toMatchObject({ normalized: 0.25, imputed: false });
    importCsv('state,indicator,as_of,value\nKEN,gti,2026-06-30,5\n');
    expect(threatOf('KEN')).toMatchObject({ normalized: 0.5, imputed: false });
  });
});

describe('signals', () => {
  const event = {
    iso3: 'KEN',
    kind: 'event',
    occurredOn: '2026-10-01',
    severity: 4,
    halfLifeDays: 180,
    source: 'Press',
    text: 'Synthetic attack',
  } as const;

  it('creates, lists, updates and deletes (as a tombstone) a signal', () => {
    const s = t.value('signals.create', event, users.planner);
    expect(s).toMatchObject(event);
    t.value(
      'signals.create',
      { ...event, iso3: 'PER', text: undefined, source: undefined },
      users.planner,
    );
    expect(t.value('signals.list', {}, users.field)).toHaveLength(2);
    expect(t.value('signals.list', { iso3: 'KEN' })).toEqual([s]);
    const updated = t.value('signals.update', { id: s.id, severity: 5, text: null }, users.planner);
    expect(updated).toMatchObject({
      severity: 5,
      text: null,
      source: 'Press',
      occurredOn: '2026-10-01',
    });
    expect(t.value('signals.delete', { id: s.id }, users.planner)).toEqual({
      id: s.id,
      deleted: true,
    });
    expect(t.value('signals.list', { iso3: 'KEN' })).toEqual([]);
    expect(t.ws.db.prepare('SELECT deleted FROM signals WHERE id = ?').get(s.id)).toEqual({
      deleted: 1,
    });
    expect(
      t.ws.db.prepare('SELECT kind FROM events WHERE subject_id = ? ORDER BY rowid').all(s.id),
    ).toEqual([{ kind: 'signal.created' }, { kind: 'signal.deleted' }]);
  });

  it.each([
    ['malformed: no kind', { ...event, kind: undefined }],
    ['malformed: severity as text', { ...event, severity: 'high' }],
    ['malformed: an unknown field', { ...event, colour: 'red' }],
    ['out of range: severity 6', { ...event, severity: 6 }],
    ['out of range: severity 0', { ...event, severity: 0 }],
    ['out of range: a half-life of 0 days', { ...event, halfLifeDays: 0 }],
    ['out of range: not a calendar date', { ...event, occurredOn: '2026-02-30' }],
    ['wrong state: not a Member State', { ...event, iso3: 'VAT' }],
    ['wrong state: in the future', { ...event, occurredOn: '2026-11-30' }],
  ])('signals.create refuses %s, changing nothing', (_label, input) => {
    expectRefused('signals.create', input, 'VALIDATION');
  });

  it('refuses bad updates and deletes, changing nothing', () => {
    const s = t.value('signals.create', event, users.planner);
    expectRefused('signals.update', { id: 'missing', severity: 2 }, 'NOT_FOUND');
    expectRefused('signals.delete', { id: 'missing' }, 'NOT_FOUND');
    expectRefused('signals.update', { id: s.id, occurredOn: '2027-01-01' }, 'VALIDATION');
    expectRefused('signals.update', { id: s.id, severity: 9 }, 'VALIDATION');
    expectRefused('signals.update', { id: s.id, iso3: 'PER' }, 'VALIDATION');
    expectRefused('signals.update', { id: s.id, severity: 2 }, 'FORBIDDEN', users.field);
    expectRefused('signals.delete', { id: s.id }, 'FORBIDDEN', users.ctc);
    t.value('signals.delete', { id: s.id }, users.planner);
    expectRefused('signals.delete', { id: s.id }, 'NOT_FOUND');
    expectRefused('signals.update', { id: s.id, severity: 2 }, 'NOT_FOUND');
  });

  it('lets only planners and admins record signals', () => {
    expectRefused('signals.create', event, 'FORBIDDEN', users.ctc);
    expectRefused('signals.create', event, 'FORBIDDEN', users.field);
  });
});

describe('requests and invitations from States', () => {
  const invitation = {
    iso3: 'PER',
    kind: 'invitation',
    receivedOn: TODAY,
    description: 'Letter from the Permanent Mission',
  } as const;

  it('records a request, lists it and changes its status, with an event', () => {
    const r = t.value('stateRequests.create', invitation, users.planner);
    expect(r).toMatchObject({ ...invitation, status: 'open', source: null });
    expect(t.value('stateRequests.list', {}, users.ctc)).toEqual([r]);
    expect(t.value('stateRequests.list', { iso3: 'KEN' })).toEqual([]);
    expect(
      t.value('stateRequests.update', { id: r.id, status: 'fulfilled' }, users.planner),
    ).toMatchObject({ status: 'fulfilled', kind: 'invitation' });
    const events = t.ws.db
      .prepare('SELECT kind, payload FROM events WHERE subject_id = ? ORDER BY rowid')
      .all(r.id) as { kind: string; payload: string }[];
    expect(events.map((e) => e.kind)).toEqual([
      'state_request.created',
      'state_request.status_changed',
    ]);
    expect(JSON.parse(events[1]!.payload)).toEqual({ from: 'open', to: 'fulfilled' });
  });

  it('counts an open request in plan.build and stops counting it once fulfilled', () => {
    const priorRequest = () =>
      t
        .value('plan.build', { year: 2027, capacity: 10 })
        .entries.find((e) => e.iso3 === 'PER')!
        .breakdown.find((b) => b.factor === 'prior_request')!.normalized;
    expect(priorRequest()).toBe(0);
    const r = t.value('stateRequests.create', invitation, users.planner);
    expect(priorRequest()).toBe(1);
    t.value('stateRequests.update', { id: r.id, status: 'withdrawn' }, users.planner);
    expect(priorRequest()).toBe(0);
  });

  it.each([
    ['malformed: no date received', { ...invitation, receivedOn: undefined }],
    ['malformed: an unknown field', { ...invitation, urgent: true }],
    ['out of range: an unknown kind', { ...invitation, kind: 'demand' }],
    ['out of range: an unknown status', { ...invitation, status: 'lost' }],
    [
      'out of range: a description of 4001 characters',
      { ...invitation, description: 'x'.repeat(4001) },
    ],
    ['wrong state: not a Member State', { ...invitation, iso3: 'XKX' }],
    ['wrong state: received in the future', { ...invitation, receivedOn: '2026-12-01' }],
  ])('stateRequests.create refuses %s, changing nothing', (_label, input) => {
    expectRefused('stateRequests.create', input, 'VALIDATION');
  });

  it('refuses bad updates, changing nothing', () => {
    const r = t.value('stateRequests.create', invitation, users.planner);
    expectRefused('stateRequests.update', { id: 'missing', status: 'fulfilled' }, 'NOT_FOUND');
    expectRefused('stateRequests.update', { id: r.id, status: 'done' }, 'VALIDATION');
    expectRefused('stateRequests.update', { id: r.id, receivedOn: '2030-01-01' }, 'VALIDATION');
    expectRefused(
      'stateRequests.update',
      { id: r.id, status: 'fulfilled' },
      'FORBIDDEN',
      users.field,
    );
    expectRefused('stateRequests.create', invitation, 'FORBIDDEN', users.ctc);
  });
});

// ── Issue 11, "Data in": World Bank-style wide files ─────────────────────────────────────────

const HOMICIDES = {
  key: 'homicides',
  label: 'Homicide rate',
  direction: 'higher_is_riskier',
  normalisation: 'minmax',
  externalCode: 'VC.IHR.PSRC.P5',
} as const;

const WB_INDICATOR = ['Intentional homicides (per 100,000 people)', 'VC.IHR.PSRC.P5'];
/** A World Bank download: preamble, Member States by name and code, aggregates, territories, blanks. */
const WB_ROWS: string[][] = [
  ['Kenya', 'KEN', ...WB_INDICATOR, '4.9', '', '5.1'],
  ['Peru', 'PER', ...WB_INDICATOR, '', '', ''],
  ['Korea, Rep.', 'KOR', ...WB_INDICATOR, '0.6', '0.5', '..'],
  ['Arab World', 'ARB', ...WB_INDICATOR, '2.1', '2.2', ''],
  ['Sub-Saharan Africa', 'SSF', ...WB_INDICATOR, '9.9', '', ''],
  ['High income', 'HIC', ...WB_INDICATOR, '', '1.1', ''],
  ['Hong Kong SAR, China', 'HKG', ...WB_INDICATOR, '0.3', '', ''],
  ['Kosovo', 'XKX', ...WB_INDICATOR, '1.5', '', ''],
  ['West Bank and Gaza', 'PSE', ...WB_INDICATOR, '0.7', '', ''],
  ['Puerto Rico', 'PRI', ...WB_INDICATOR, '18.5', '', ''],
];
const WB_HEADER = [
  'Country Name',
  'Country Code',
  'Indicator Name',
  'Indicator Code',
  '2020',
  '2021',
  '2022',
];
const quoted = (cells: string[]) => `${cells.map((c) => `"${c}"`).join(',')},`;
const WB_CSV = [
  '"Data Source","World Development Indicators",',
  '',
  '"Last Updated Date","2025-07-01",',
  '',
  quoted(WB_HEADER),
  ...WB_ROWS.map(quoted),
].join('\n');

/** The same download as a real XLSX workbook (written by exceljs, as spreadsheet programs do). */
async function wbWorkbook(): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Data');
  sheet.addRow(['Data Source', 'World Development Indicators']);
  sheet.addRow([]);
  sheet.addRow(['Last Updated Date', '2025-07-01']);
  sheet.addRow([]);
  sheet.addRow(WB_HEADER);
  for (const r of WB_ROWS)
    sheet.addRow(
      r.map((c, i) => (i > 3 && c !== '' && c !== '..' ? Number(c) : c === '' ? null : c)),
    );
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** What the server is sent for a file, and the lines of its aggregates and non-members. */
function wideInput(fileName: string, bytes: Uint8Array) {
  const read = readImportRows(readTableFile(fileName, bytes));
  expect(read.findings.filter((f) => f.severity === 'error')).toEqual([]);
  return { fileName, rows: read.rows, read };
}
const notMemberLines = (r: { findings: ImportFinding[] }) => [
  ...new Set(
    r.findings.filter((f) => f.kind === 'aggregate' || f.kind === 'nonMember').map((f) => f.line!),
  ),
];

describe('wide World Bank-style files', () => {
  beforeEach(() => {
    t.value('indicators.define', HOMICIDES, users.planner);
  });

  it.each([
    ['CSV', async () => new TextEncoder().encode(WB_CSV), 'homicides.csv'],
    ['XLSX', wbWorkbook, 'homicides.xlsx'],
  ])(
    'imports only the Member States’ values of a %s with a preamble, aggregates, territories and blanks, and reports the rest',
    async (_format, bytesOf, fileName) => {
      const { rows, read } = wideInput(fileName, await bytesOf());
      expect(read.years).toEqual({ from: 2020, to: 2022 });
      expect(read.missing).toBe(18);
      // Checked first (as the preview and the CLI do): aggregates and non-members are named as such.
      const checked: ImportResult = t.value('indicators.check', { fileName, rows }, users.planner);
      expect(checked).toMatchObject({
        dryRun: true,
        lines: 9,
        aggregates: 3,
        nonMembers: 4,
        imported: 0,
        suggestions: [],
      });
      expect(
        checked.findings.filter((f) => f.severity === 'error').map((f) => f.kind),
      ).not.toContain(undefined);
      // Not excluded, they refuse the file, and nothing changes.
      const refused = expectRefused('indicators.import', { fileName, rows }, 'VALIDATION');
      expect(refused!.message).toMatch(/'Arab World' is a regional or income aggregate/);
      // Excluded in one step (their lines), the Member States' values are imported: blanks are not zeros.
      const exclude = notMemberLines(checked);
      expect(exclude).toHaveLength(7);
      const result = t.value('indicators.import', { fileName, rows, exclude }, users.planner);
      expect(result).toMatchObject({ dryRun: false, imported: 4, aggregates: 0, nonMembers: 0 });
      expect(valuesOf('homicides')).toEqual([
        { iso3: 'KEN', as_of: '2020-01-01', value: 4.9, source: fileName },
        { iso3: 'KEN', as_of: '2022-01-01', value: 5.1, source: fileName },
        { iso3: 'KOR', as_of: '2020-01-01', value: 0.6, source: fileName },
        { iso3: 'KOR', as_of: '2021-01-01', value: 0.5, source: fileName },
      ]);
      expect(count("SELECT COUNT(*) AS n FROM risk_indicators WHERE iso3 = 'PER'")).toBe(0);
    },
  );

  it('matches the indicator by the external code stored on its definition, and by its label', () => {
    const rows = readImportRows(
      parseCsv('Country Code,Indicator Code,2023\nKEN,vc.ihr.psrc.p5,5\n'),
    ).rows;
    expect(
      t.value('indicators.import', { fileName: 'a.csv', rows }, users.planner).byIndicator,
    ).toEqual([{ key: 'homicides', values: 1 }]);
    const byLabel = readImportRows(
      parseCsv('Country,Indicator Name,2023\nChile,Homicide rate,4\n'),
    ).rows;
    expect(
      t.value('indicators.import', { fileName: 'b.csv', rows: byLabel }, users.planner).imported,
    ).toBe(1);
    expect(valuesOf('homicides').map((v) => (v as { iso3: string }).iso3)).toEqual(['CHL', 'KEN']);
  });

  it('reads a near-miss as the suggested State only once the user confirms it', () => {
    const rows = readImportRows(
      parseCsv(
        'Country Name,Indicator Code,2023\nMarocco,VC.IHR.PSRC.P5,1.2\nDominican Rep.,VC.IHR.PSRC.P5,9\n',
      ),
    ).rows;
    const checked = t.value('indicators.check', { fileName: 'n.csv', rows }, users.planner);
    expect(checked.suggestions.map((s) => [s.written, s.iso3, s.lines, s.confirmed])).toEqual([
      ['Dominican Rep.', 'DOM', [3], false],
      ['Marocco', 'MAR', [2], false],
    ]);
    expect(checked.findings[0]!.message).toMatch(/Did you mean .*\(MAR\)\?/);
    // Unconfirmed, they stay errors: nothing is guessed.
    expectRefused('indicators.import', { fileName: 'n.csv', rows }, 'VALIDATION');
    // One confirmed: the other still refuses the file.
    const one = [{ written: 'Marocco', iso3: 'MAR' }];
    expectRefused('indicators.import', { fileName: 'n.csv', rows, confirmed: one }, 'VALIDATION');
    // A confirmation that is not the suggestion counts for nothing.
    expectRefused(
      'indicators.import',
      { fileName: 'n.csv', rows, confirmed: [...one, { written: 'Dominican Rep.', iso3: 'DMA' }] },
      'VALIDATION',
    );
    const confirmed = [...one, { written: 'Dominican Rep.', iso3: 'DOM' }];
    const result = t.value(
      'indicators.import',
      { fileName: 'n.csv', rows, confirmed },
      users.planner,
    );
    expect(result.imported).toBe(2);
    expect(valuesOf('homicides').map((v) => (v as { iso3: string }).iso3)).toEqual(['DOM', 'MAR']);
    const event = t.ws.db
      .prepare("SELECT payload FROM events WHERE kind = 'indicators.imported'")
      .get() as { payload: string };
    expect(JSON.parse(event.payload).confirmed).toEqual(confirmed);
  });

  it('stores, lists and checks the external code of a definition', () => {
    expect(t.value('indicators.definitions', {}, users.field)).toEqual([
      expect.objectContaining({ key: 'homicides', externalCode: 'VC.IHR.PSRC.P5' }),
    ]);
    // Left out on update: kept. Another definition cannot take the same code.
    expect(
      t.value(
        'indicators.define',
        { ...HOMICIDES, externalCode: undefined, label: 'Homicides' },
        users.planner,
      ),
    ).toMatchObject({ externalCode: 'VC.IHR.PSRC.P5' });
    const error = expectRefused(
      'indicators.define',
      { ...HOMICIDES, key: 'murders', externalCode: 'vc.ihr.psrc.p5' },
      'VALIDATION',
    );
    expect(error!.message).toMatch(/already that of Homicides \(homicides\)/);
    expectRefused('indicators.define', { ...HOMICIDES, externalCode: 'VC IHR' }, 'VALIDATION');
    expect(
      t.value('indicators.define', { ...HOMICIDES, externalCode: '' }, users.planner).externalCode,
    ).toBeNull();
  });

  it('checks a file on a read-only workspace without writing anything', () => {
    const path = join(t.dir, 'workspace.sqlite');
    t.ws.db.pragma('wal_checkpoint(TRUNCATE)');
    const before = readFileSync(path);
    const ro = inspectWorkspace(path);
    try {
      const api = createDispatcher(ro, { now: () => noonOf(TODAY) });
      const rows = wideInput('h.csv', new TextEncoder().encode(WB_CSV)).rows;
      const checked = api.call(
        'indicators.check',
        { fileName: 'h.csv', rows },
        { user: users.planner },
      );
      expect(checked.ok && checked.value).toMatchObject({ aggregates: 3, nonMembers: 4 });
      const write = api.call(
        'indicators.import',
        { fileName: 'h.csv', rows },
        { user: users.planner },
      );
      expect(write.ok).toBe(false);
    } finally {
      ro.close();
    }
    expect(readFileSync(path).equals(before)).toBe(true);
  });
});

describe('the batched write path of an import', () => {
  const values = (n: number): Row[] =>
    Array.from({ length: n }, (_, i) => ({
      iso3: memberStates()[i % 193]!.iso3,
      indicator_key: 'homicides',
      as_of: `${1960 + Math.floor(i / 193)}-01-01`,
      value: i / 10,
      source: i % 3 ? 'a "quoted" source' : null,
    }));

  it('writes exactly the change log and audit chain that one insert at a time writes', () => {
    // Two copies of one workspace (same site, same clock), the same seeded ids.
    t.value('indicators.define', HOMICIDES, users.planner);
    t.ws.db.pragma('wal_checkpoint(TRUNCATE)');
    const dir = tempDir();
    const logs = (['one', 'many'] as const).map((how) => {
      const path = join(dir, `${how}.sqlite`);
      copyFileSync(join(t.dir, 'workspace.sqlite'), path);
      const ws = openWorkspace(path);
      try {
        let n = 0;
        const ids = () => `0190aaaa-0000-7000-8000-${String(n++).padStart(12, '0')}`;
        ws.db
          .transaction(() => {
            const w = new Writer(ws.db, ws.siteId, users.planner, () => noonOf(TODAY), ids);
            if (how === 'one') for (const v of values(500)) w.insert('risk_indicators', v);
            else w.insertMany('risk_indicators', values(500));
            w.insert('signals', { iso3: 'KEN', kind: 'trend', occurred_on: TODAY, severity: 1 });
          })
          .immediate();
        return {
          log: ws.db.prepare('SELECT * FROM change_log ORDER BY seq').raw().all(),
          rows: ws.db.prepare('SELECT * FROM risk_indicators ORDER BY id').raw().all(),
          hlc: ws.db.prepare("SELECT value FROM meta WHERE key = 'hlc'").get(),
        };
      } finally {
        ws.close();
      }
    });
    expect(logs[1]!.log.length).toBe(logs[0]!.log.length);
    expect(logs[1]).toEqual(logs[0]);
  });

  it('keeps the audit chain whole and sends every imported value to a sync peer', () => {
    const other = createTestWorkspace();
    try {
      const peerUsers = seedUsers(other);
      for (const w of [t, other])
        setMeta(w.ws.db, BUNDLE_KDF_KEY, JSON.stringify({ N: 1024, r: 1, p: 1 }));
      const [a, b] = [t, other].map((w) => w.value('sync.identity', {}));
      t.value('sync.trustPeer', { siteId: b!.siteId, publicKey: b!.publicKey, name: 'B' });
      other.value('sync.trustPeer', { siteId: a!.siteId, publicKey: a!.publicKey, name: 'A' });
      t.value('indicators.define', HOMICIDES, users.planner);
      const rows: ImportRow[] = values(2000).map((v, i) => ({
        line: i + 2,
        state: String(v.iso3),
        indicator: 'homicides',
        asOf: String(v.as_of),
        value: String(v.value),
      }));
      expect(
        t.value('indicators.import', { fileName: 'many.csv', rows }, users.planner).imported,
      ).toBe(2000);
      expect(t.value('audit.verify', {})).toMatchObject({ ok: true });
      expect(count("SELECT COUNT(*) AS n FROM change_log WHERE tbl = 'risk_indicators'")).toBe(
        2000 * 5,
      );
      const bundle = t.value(
        'sync.exportBundle',
        { to: b!.siteId, passphrase: 'blue tractor at dawn' },
        users.planner,
      ).bundle;
      other.value(
        'sync.importBundle',
        { bundle, passphrase: 'blue tractor at dawn' },
        peerUsers.planner,
      );
      const digest = (w: TestWorkspace) =>
        w.ws.db
          .prepare(
            'SELECT id, iso3, indicator_key, as_of, value, source FROM risk_indicators ORDER BY id',
          )
          .all();
      expect(digest(other)).toHaveLength(2000);
      expect(digest(other)).toEqual(digest(t));
      expect(other.value('audit.verify', {})).toMatchObject({ ok: true });
    } finally {
      other.close();
    }
  });
});
