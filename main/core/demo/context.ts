// What every part of the generator shares: the random streams, the fake clock, the write path
// (with deterministic ids) and the Member States.
import { uuidv7 } from '../../../shared/ids';
import { Writer, type CellValue } from '../db/write';
import type { Workspace } from '../db/workspace';
import type { Rng } from './random';

export interface StateRef {
  iso3: string;
  name: string;
  region: string;
  subregion: string;
}

/** A row to insert; null and undefined columns are left out (they keep the column's default). */
export type DemoRow = Record<string, CellValue | undefined>;

export interface DemoContext {
  rng: Rng;
  /** The demo administrator's id: the author of every generated change. */
  authorId: string;
  today: string;
  scale: number;
  states: StateRef[];
  stateByIso3: Map<string, StateRef>;
  /** Inserts a row through the one write path and returns its id. */
  insert(table: string, row: DemoRow): string;
  /** A new row id: a UUID v7 from the fake clock and the seeded stream (the API's rows use it too). */
  newId(): string;
}

/**
 * A clock that starts at today's noon (UTC) and moves one millisecond per new id, so that the
 * change log's timestamps and the ids' time part are the same on every run.
 */
class FakeClock {
  private ms: number;
  constructor(today: string) {
    this.ms = Date.parse(`${today}T12:00:00.000Z`);
  }
  now = (): number => this.ms;
  advance(): void {
    this.ms += 1;
  }
}

export function createContext(ws: Workspace, rng: Rng, today: string, scale: number): DemoContext {
  const clock = new FakeClock(today);
  const idRng = rng.fork('ids');
  const newId = () => {
    const id = uuidv7(clock.now(), (b) => idRng.fill(b));
    clock.advance();
    return id;
  };
  const authorId = newId();
  const writer = new Writer(ws.db, ws.siteId, authorId, clock.now);
  const states = ws.db
    .prepare('SELECT iso3, name_en AS name, region, subregion FROM member_states ORDER BY iso3')
    .all() as StateRef[];

  const insert = (table: string, row: DemoRow): string => {
    const values: DemoRow = {};
    for (const [k, v] of Object.entries(row)) if (v !== null && v !== undefined) values[k] = v;
    values.id ??= newId();
    return writer.insert(table, values);
  };

  return {
    rng,
    authorId,
    today,
    scale,
    states,
    stateByIso3: new Map(states.map((s) => [s.iso3, s])),
    insert,
    newId,
  };
}
