// How a conflict names its record for the person reviewing it (main/core/sync/records.ts), on the
// demo workspace: from the record's own columns, or through the visit it belongs to.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RecordDescriber } from '../../main/core/sync/records';
import { syncSchema } from '../../main/core/sync/schema';
import { copyOfDemo, demoTemplate, type TestWorkspace } from './helpers';

let t: TestWorkspace;
let describer: RecordDescriber;

beforeAll(() => {
  t = copyOfDemo(demoTemplate());
  describer = new RecordDescriber(t.ws.db, syncSchema(t.ws.db));
}, 120_000);

afterAll(() => t?.close());

const one = <R>(sql: string): R => t.ws.db.prepare(sql).get() as R;

describe('the record of a conflict', () => {
  it('names a visit by its State and dates', () => {
    const v = one<{ id: string; name: string; start: string; end: string }>(
      `SELECT v.id, s.name_en AS name, v.start_date AS start, v.end_date AS end
       FROM visits v JOIN member_states s ON s.iso3 = v.iso3
       WHERE v.start_date IS NOT NULL AND v.end_date IS NOT NULL LIMIT 1`,
    );
    expect(describer.describe('visits', v.id)).toEqual({
      stateName: v.name,
      summary: null,
      from: v.start,
      to: v.end,
    });
  });

  it('names a recommendation by its text and the State and dates of its report’s visit', () => {
    const r = one<{ id: string; text: string; name: string; start: string; end: string }>(
      `SELECT r.id, r.text, s.name_en AS name, v.start_date AS start, v.end_date AS end
       FROM recommendations r JOIN assessment_reports a ON a.id = r.report_id
       JOIN visits v ON v.id = a.visit_id JOIN member_states s ON s.iso3 = v.iso3 LIMIT 1`,
    );
    expect(describer.describe('recommendations', r.id)).toEqual({
      stateName: r.name,
      summary: r.text,
      from: r.start,
      to: r.end,
    });
  });

  it('names a consent request by its State, note verbale and date, and keeps deleted records', () => {
    const c = one<{ id: string; ref: string; sent: string; name: string }>(
      `SELECT c.id, c.note_verbale_ref AS ref, c.sent_on AS sent, s.name_en AS name
       FROM consent_requests c JOIN member_states s ON s.iso3 = c.iso3 LIMIT 1`,
    );
    t.seed((w) => w.update('consent_requests', c.id, { deleted: 1 }));
    expect(describer.describe('consent_requests', c.id)).toEqual({
      stateName: c.name,
      summary: c.ref,
      from: c.sent,
      to: null,
    });
  });

  it('says nothing it does not know: a table this workspace lacks, or a record it does not hold', () => {
    const nothing = { stateName: null, summary: null, from: null, to: null };
    expect(describer.describe('site_sketches', 'x1')).toEqual(nothing);
    expect(describer.describe('visits', 'not-here')).toEqual(nothing);
  });
});
