import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { memberStates } from '../../main/core/reference/memberStates';
import type { ImportFinding } from '../../shared/api/types';
import { parseCsv, readImportRows, type ImportRow } from '../../shared/import';
import { createTestWorkspace, seedUsers, snapshot, TODAY, type TestWorkspace } from './helpers';

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
      expect(read.findings.find((f) => f.severity === 'error')?.message).toMatch(why);
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
        "Line 6: 'Korea' could be South Korea or North Korea",
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
