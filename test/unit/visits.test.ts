import { describe, expect, it } from 'vitest';
import { canMoveVisit, visitFieldProblems } from '../../shared/domain/visits';
import { text } from '../../shared/messages';
import { API } from '../../shared/api/contract';

describe('visit status machine', () => {
  it('allows planned → scheduled → conducted and postponing or cancelling before it happens', () => {
    expect(canMoveVisit('planned', 'scheduled')).toBe(true);
    expect(canMoveVisit('scheduled', 'conducted')).toBe(true);
    expect(canMoveVisit('scheduled', 'postponed')).toBe(true);
    expect(canMoveVisit('postponed', 'scheduled')).toBe(true);
  });

  it('refuses skipping scheduling and any change after a visit is conducted or cancelled', () => {
    expect(canMoveVisit('planned', 'conducted')).toBe(false);
    expect(canMoveVisit('conducted', 'cancelled')).toBe(false);
    expect(canMoveVisit('cancelled', 'planned')).toBe(false);
  });
});

describe('visit fields', () => {
  it('finds dates in the wrong order and missing hybrid parts', () => {
    expect(
      visitFieldProblems({ mode: 'in_person', startDate: '2024-05-02', endDate: '2024-05-01' }).map(
        (p) => p.field,
      ),
    ).toEqual(['endDate']);
    expect(
      visitFieldProblems({
        mode: 'hybrid',
        status: 'conducted',
        startDate: '2024-05-01',
        endDate: '2024-05-09',
      }).map((p) => p.field),
    ).toContain('virtualStart');
    expect(
      visitFieldProblems({ mode: 'in_person', physicalStart: '2024-05-01' }).map((p) => p.field),
    ).toEqual(['mode']);
    expect(
      visitFieldProblems({
        mode: 'hybrid',
        status: 'conducted',
        startDate: '2024-05-01',
        endDate: '2024-05-20',
        virtualStart: '2024-05-01',
        virtualEnd: '2024-05-02',
        physicalStart: '2024-05-15',
        physicalEnd: '2024-05-20',
      }),
    ).toEqual([]);
  });

  it('keeps a hybrid visit’s virtual and physical parts within the visit’s dates', () => {
    const hybrid = {
      mode: 'hybrid',
      status: 'scheduled',
      startDate: '2024-05-01',
      endDate: '2024-05-20',
      virtualStart: '2024-05-01',
      virtualEnd: '2024-05-02',
      physicalStart: '2024-05-15',
      physicalEnd: '2024-05-20',
    } as const;
    expect(visitFieldProblems(hybrid)).toEqual([]);
    expect(visitFieldProblems({ ...hybrid, virtualStart: '2024-04-28' })).toEqual([
      { field: 'virtualStart', message: text('visit.problem.virtualOutside') },
    ]);
    expect(visitFieldProblems({ ...hybrid, physicalEnd: '2024-05-22' })).toEqual([
      { field: 'physicalEnd', message: text('visit.problem.physicalOutside') },
    ]);
  });

  it('is applied by the API schema', () => {
    const parsed = API['visits.create'].input.safeParse({
      iso3: 'KEN',
      kind: 'focused',
      mode: 'in_person',
      status: 'conducted',
      startDate: '2024-05-01',
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path.join('.'))).toEqual(['endDate']);
  });
});
