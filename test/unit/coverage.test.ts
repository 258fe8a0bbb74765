// Where the coverage map puts a State in a year, and the projection to full coverage.
import { describe, expect, it } from 'vitest';
import {
  coverageAt,
  PROJECTION_HORIZON_YEARS,
  projectCoverage,
  statusFromYears,
  yearEnd,
  type CoverageHistory,
} from '../../shared/domain/coverage';

const history: CoverageHistory = {
  visits: [
    { endedOn: '2012-05-04', kind: 'comprehensive' },
    { endedOn: '2019-11-20', kind: 'advocacy' },
    { endedOn: '2021-03-12', kind: 'follow_up' },
  ],
  listYears: [2020, 2026],
  admittedOn: null,
};

describe('coverageAt', () => {
  it('grades the last assessment visit by the years since, as of each year’s end', () => {
    expect(coverageAt(history, 2011, '2026-11-29').status).toBe('never');
    expect(coverageAt(history, 2012, '2026-11-29')).toMatchObject({
      status: 'this_year',
      yearsAgo: 0,
    });
    expect(coverageAt(history, 2015, '2026-11-29')).toMatchObject({
      status: 'recent',
      yearsAgo: 3,
    });
    expect(coverageAt(history, 2016, '2026-11-29')).toMatchObject({
      status: 'earlier',
      yearsAgo: 4,
    });
    expect(coverageAt(history, 2020, '2026-11-29')).toMatchObject({
      status: 'long_ago',
      yearsAgo: 8,
      onList: true,
      lastVisit: { endedOn: '2012-05-04', kind: 'comprehensive' },
    });
    expect(coverageAt(history, 2026, '2026-11-29')).toMatchObject({
      status: 'earlier',
      yearsAgo: 5,
      onList: true,
    });
  });

  it('counts only the visits of the kind chosen, and only those ended by the as-of date', () => {
    expect(coverageAt(history, 2020, '2026-11-29', 'advocacy')).toMatchObject({
      status: 'recent',
      yearsAgo: 1,
    });
    expect(coverageAt(history, 2026, '2026-11-29', 'regional').status).toBe('never');
    // In the as-of year, only what happened by the as-of date is known.
    expect(coverageAt(history, 2021, '2021-03-11').lastVisit?.endedOn).toBe('2012-05-04');
    expect(coverageAt(history, 2021, '2021-03-12').status).toBe('this_year');
    expect(yearEnd(2020, '2021-03-11')).toBe('2020-12-31');
    expect(yearEnd(2021, '2021-03-11')).toBe('2021-03-11');
  });

  it('shows a State as not yet a Member State before its admission, even with a visit', () => {
    const admitted = { ...history, admittedOn: '2014-07-14' };
    expect(coverageAt(admitted, 2013, '2026-11-29').status).toBe('not_member');
    expect(coverageAt(admitted, 2014, '2026-11-29').status).toBe('recent');
  });

  it('puts the boundaries of the grades where the legend says', () => {
    expect([null, 0, 1, 3, 4, 7, 8, 30].map(statusFromYears)).toEqual([
      'never',
      'this_year',
      'recent',
      'recent',
      'earlier',
      'earlier',
      'long_ago',
      'long_ago',
    ]);
  });
});

describe('projectCoverage', () => {
  it('visits capacity × share × consent rate never-visited States a year until none is left', () => {
    const p = projectCoverage({
      neverVisited: 71,
      fromYear: 2027,
      capacity: 10,
      reservedShare: 0.5,
      consentRate: 0.8,
    });
    expect(p.perYear).toBeCloseTo(4);
    // 71 / 4 = 17.75: the last ones in the 18th year, 2044.
    expect(p.fullCoverageYear).toBe(2044);
    expect(p.remaining[0]).toEqual({ year: 2026, remaining: 71 });
    expect(p.remaining[1]!.remaining).toBeCloseTo(67);
    expect(p.remaining.at(-1)).toEqual({ year: 2044, remaining: 0 });
  });

  it('ends on the exact year when the last States fit in it', () => {
    const p = projectCoverage({
      neverVisited: 12,
      fromYear: 2027,
      capacity: 6,
      reservedShare: 0.5,
      consentRate: 1,
    });
    expect(p.fullCoverageYear).toBe(2030);
  });

  it('says when full coverage cannot be reached, or already is', () => {
    const none = { neverVisited: 40, fromYear: 2027, capacity: 10, reservedShare: 0.5 };
    expect(projectCoverage({ ...none, consentRate: 0 }).fullCoverageYear).toBeNull();
    expect(projectCoverage({ ...none, consentRate: null }).fullCoverageYear).toBeNull();
    expect(projectCoverage({ ...none, reservedShare: 0, consentRate: 1 }).remaining).toHaveLength(
      PROJECTION_HORIZON_YEARS + 1,
    );
    // 40 States at 0.3 a year take 134 years: beyond the horizon.
    expect(
      projectCoverage({ ...none, capacity: 1, reservedShare: 0.3, consentRate: 1 })
        .fullCoverageYear,
    ).toBeNull();
    expect(projectCoverage({ ...none, neverVisited: 0, consentRate: 0.9 }).fullCoverageYear).toBe(
      2026,
    );
  });
});
