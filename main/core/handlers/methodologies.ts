import type { Methodology } from '../../../shared/api/types';
import type { MethodologyParams, Weights } from '../../../shared/domain/scoring';
import { DEFAULT_PARAMS, DEFAULT_WEIGHTS } from '../../../shared/domain/scoring';
import type { CallContext } from '../context';
import type { Db } from '../db/workspace';
import { text } from '../../../shared/messages';
import { ApiError } from '../errors';
import { recordEvent } from './events';
import type { AreaHandlers } from './types';

interface MethodologyRow {
  id: string;
  name: string;
  version: number;
  parent_id: string | null;
  weights: string;
  params: string;
  is_default: number;
  locked: number;
}

function toMethodology(r: MethodologyRow): Methodology {
  return {
    id: r.id,
    name: r.name,
    version: r.version,
    parentId: r.parent_id,
    // Fill in factors or parameters added after the methodology was saved.
    weights: { ...DEFAULT_WEIGHTS, ...(JSON.parse(r.weights) as Partial<Weights>) },
    params: { ...DEFAULT_PARAMS, ...(JSON.parse(r.params) as Partial<MethodologyParams>) },
    isDefault: r.is_default === 1,
    locked: r.locked === 1,
  };
}

export function readMethodology(db: Db, id?: string): Methodology {
  const row = (
    id
      ? db.prepare('SELECT * FROM methodologies WHERE deleted = 0 AND id = ?').get(id)
      : db
          .prepare(
            'SELECT * FROM methodologies WHERE deleted = 0 AND is_default = 1 ORDER BY id LIMIT 1',
          )
          .get()
  ) as MethodologyRow | undefined;
  if (!row)
    throw new ApiError(
      'NOT_FOUND',
      id ? text('methodology.noSuch') : text('methodology.noDefault'),
    );
  return toMethodology(row);
}

function nameTaken(ctx: CallContext, name: string, except?: string): boolean {
  return !!ctx.db
    .prepare(
      'SELECT 1 FROM methodologies WHERE deleted = 0 AND name = ? COLLATE NOCASE AND id <> ?',
    )
    .get(name, except ?? '');
}

/** A score needs at least one factor that counts. */
function requireSomeWeight(weights: Weights): void {
  if (Object.values(weights).every((w) => w === 0)) {
    throw new ApiError('VALIDATION', text('methodology.someWeight'), [
      { field: 'weights', message: text('methodology.allZero') },
    ]);
  }
}

export const methodologiesHandlers: AreaHandlers<'methodologies'> = {
  'methodologies.list': (_input, ctx) =>
    (
      ctx.db
        .prepare(
          'SELECT * FROM methodologies WHERE deleted = 0 ORDER BY is_default DESC, name, version',
        )
        .all() as MethodologyRow[]
    ).map(toMethodology),

  'methodologies.clone': ({ id, name, weights, params }, ctx) => {
    const source = readMethodology(ctx.db, id);
    if (weights) requireSomeWeight(weights);
    if (nameTaken(ctx, name))
      throw new ApiError('CONFLICT', text('methodology.nameTaken', { name }));
    const newId = ctx.write.insert('methodologies', {
      name,
      version: 1,
      parent_id: source.id,
      weights: weights ?? source.weights,
      params: params ?? source.params,
      is_default: 0,
      locked: 0,
      created_on: ctx.today,
    });
    recordEvent(ctx, 'methodology.cloned', 'methodologies', newId, { from: source.id });
    return readMethodology(ctx.db, newId);
  },

  /** Editing a methodology makes a new version of it; one used by a proposed or adopted list never changes. */
  'methodologies.update': ({ id, name, weights, params }, ctx) => {
    const current = readMethodology(ctx.db, id);
    if (current.locked) {
      throw new ApiError(
        'CONFLICT',
        text('methodology.locked', { name: current.name, version: current.version }),
      );
    }
    if (name && nameTaken(ctx, name, id))
      throw new ApiError('CONFLICT', text('methodology.nameTaken', { name }));
    const nextWeights = weights ?? current.weights;
    requireSomeWeight(nextWeights);
    const changed = ctx.write.update('methodologies', id, {
      name,
      weights: nextWeights,
      params: params ?? current.params,
    });
    if (changed > 0) ctx.write.update('methodologies', id, { version: current.version + 1 });
    return readMethodology(ctx.db, id);
  },
};
