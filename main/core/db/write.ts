// The one write path for user data (DESIGN §3): every insert, update and tombstone goes through
// a Writer, which appends one change_log row per changed column in the same transaction.
import type { Statement } from 'better-sqlite3-multiple-ciphers';
import { HybridLogicalClock } from '../../../shared/hlc';
import { chainHash, type LoggedChange } from './audit';
import { uuidv7 } from '../../../shared/ids';
import { getMeta, setMeta, type Db } from './workspace';

export type CellValue = string | number | boolean | null | object;

/** How many rows one INSERT of a batch writes (9 columns of the change log: 900 parameters). */
const ROWS_PER_STATEMENT = 100;

interface Batch {
  add(values: (string | number | null)[]): void;
  flush(): void;
}
export type Row = Record<string, CellValue | undefined>;

/** Tables that are not user data: reference data, bookkeeping and the log itself. */
const NOT_USER_TABLES = new Set(['meta', 'member_states', 'change_log', 'schema_migrations']);

/** How a value is stored in SQLite: booleans as 0/1, arrays and objects as JSON text. */
export function toStored(value: CellValue | undefined): string | number | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'object') return JSON.stringify(value);
  return value;
}

const logText = (v: string | number | null): string | null => (v === null ? null : String(v));

export class Writer {
  private readonly columns = new Map<string, Set<string>>();
  private readonly statements = new Map<string, Statement>();
  private readonly clock: HybridLogicalClock;

  /** New rows' ids: UUID v7 from the clock, unless another source is given (the demo's are seeded). */
  private readonly newId: () => string;
  /** Whether new ids are this writer's own UUID v7 (not another source's), which a batch may order. */
  private readonly ownIds: boolean;

  constructor(
    private readonly db: Db,
    readonly siteId: string,
    readonly authorId: string | null,
    private readonly now: () => number,
    newId?: () => string,
  ) {
    this.clock = new HybridLogicalClock(siteId, now, getMeta(db, 'hlc'));
    this.newId = newId ?? (() => uuidv7(this.now()));
    this.ownIds = !newId;
  }

  /** Inserts a row and returns its id (a new UUID v7 unless one is given). */
  insert(table: string, values: Row): string {
    const cols = this.userColumns(table);
    const id = typeof values.id === 'string' ? values.id : this.newId();
    const entries = Object.entries(values).filter(([k, v]) => k !== 'id' && v !== undefined);
    for (const [k] of entries) this.assertColumn(table, cols, k);
    const names = ['id', ...entries.map(([k]) => k)];
    const stored = entries.map(([, v]) => toStored(v));
    this.stmt(
      `INSERT INTO ${table} (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')})`,
    ).run(id, ...stored);
    const hlc = this.tick();
    entries.forEach(([k], i) => this.log(hlc, table, id, k, null, logText(stored[i]!)));
    return id;
  }

  /**
   * Inserts many rows, in order, as {@link insert} would one at a time: one clock tick per row and
   * one change_log row per column, chained in the same order, with the same content (ids from
   * another source, such as the demo's, are taken in the same order too; this writer's own UUID v7
   * are handed out in ascending order). Faster for thousands of rows: the chain's head is read
   * once and kept, the clock is saved once, and rows and log rows are written a hundred per
   * statement. Returns the new rows' ids.
   */
  insertMany(table: string, rows: readonly Row[]): string[] {
    const cols = this.userColumns(table);
    const ids: string[] = [];
    // UUID v7 made in the same millisecond differ by their random bits: given in ascending order,
    // the batch's rows are appended to the id indexes (of the table and of the change log) rather
    // than scattered through them, which keeps a large batch's pages in the cache.
    const fresh = this.ownIds
      ? rows
          .filter((r) => typeof r.id !== 'string')
          .map(() => this.newId())
          .sort()
      : [];
    let nextFresh = 0;
    const records = new Map<string, Batch>();
    const log = this.batch(
      'INSERT INTO change_log (hlc, site_id, author_id, tbl, row_id, col, old_value, new_value, hash) VALUES',
      9,
    );
    let previous = this.lastHash();
    let hlc: string | null = null;
    for (const values of rows) {
      const id =
        typeof values.id === 'string'
          ? values.id
          : this.ownIds
            ? fresh[nextFresh++]!
            : this.newId();
      const entries = Object.entries(values).filter(([k, v]) => k !== 'id' && v !== undefined);
      const names = ['id', ...entries.map(([k]) => k)];
      const shape = names.join(', ');
      let record = records.get(shape);
      if (!record) {
        for (const [k] of entries) this.assertColumn(table, cols, k);
        record = this.batch(`INSERT INTO ${table} (${shape}) VALUES`, names.length);
        records.set(shape, record);
      }
      const stored = entries.map(([, v]) => toStored(v));
      record.add([id, ...stored]);
      hlc = this.clock.tick();
      entries.forEach(([column], i) => {
        const change: LoggedChange = {
          hlc: hlc!,
          site_id: this.siteId,
          author_id: this.authorId,
          tbl: table,
          row_id: id,
          col: column,
          old_value: null,
          new_value: logText(stored[i]!),
        };
        previous = chainHash(previous, change);
        log.add([
          change.hlc,
          change.site_id,
          change.author_id,
          table,
          id,
          column,
          null,
          change.new_value,
          previous,
        ]);
      });
      ids.push(id);
    }
    for (const record of records.values()) record.flush();
    log.flush();
    if (hlc) setMeta(this.db, 'hlc', hlc);
    return ids;
  }

  /** Updates the given columns of a row; only the columns whose value changes are logged. Returns how many changed. */
  update(table: string, id: string, patch: Row): number {
    const cols = this.userColumns(table);
    const current = this.stmt(`SELECT * FROM ${table} WHERE id = ?`).get(id) as
      | Record<string, string | number | null>
      | undefined;
    if (!current) throw new Error(`No ${table} row ${id}`);
    const changes: [string, string | number | null, string | number | null][] = [];
    for (const [k, v] of Object.entries(patch)) {
      if (v === undefined || k === 'id') continue;
      this.assertColumn(table, cols, k);
      const next = toStored(v);
      const before = current[k] ?? null;
      if (logText(before) !== logText(next)) changes.push([k, before, next]);
    }
    if (changes.length === 0) return 0;
    this.stmt(
      `UPDATE ${table} SET ${changes.map(([k]) => `${k} = ?`).join(', ')} WHERE id = ?`,
    ).run(...changes.map(([, , n]) => n), id);
    const hlc = this.tick();
    for (const [k, before, next] of changes)
      this.log(hlc, table, id, k, logText(before), logText(next));
    return changes.length;
  }

  /** Tombstones a row: user data is never hard-deleted. */
  remove(table: string, id: string): void {
    this.update(table, id, { deleted: 1 });
  }

  // ---- Sync (main/core/sync): changes made at other sites ------------------------------------

  /**
   * Advances this site's clock past a timestamp received from another site, so that every change
   * made here afterwards sorts after it; refuses a clock far ahead of this one.
   */
  receive(remote: string): void {
    this.clock.receive(remote);
    setMeta(this.db, 'hlc', this.clock.current());
  }

  /** A new timestamp of this site's clock that is not a change (when a bundle was made). */
  stamp(): string {
    return this.tick();
  }

  /**
   * Writes cells whose winning change was made at another site (the merge decided it), inserting
   * the row when it is new here. Not logged as this site's change: each change received is appended
   * to the log as it was made there, with {@link logRemote}.
   */
  putRemote(
    table: string,
    id: string,
    cells: Record<string, string | number | null>,
    isNew: boolean,
  ): void {
    const cols = this.userColumns(table);
    const names = Object.keys(cells);
    for (const k of names) {
      if (k === 'id') throw new Error(`${table}.id cannot be changed`);
      this.assertColumn(table, cols, k);
    }
    const values = names.map((k) => cells[k]!);
    if (isNew)
      this.stmt(
        `INSERT INTO ${table} (${['id', ...names].join(', ')}) VALUES (${['id', ...names].map(() => '?').join(', ')})`,
      ).run(id, ...values);
    else if (names.length > 0)
      this.stmt(`UPDATE ${table} SET ${names.map((k) => `${k} = ?`).join(', ')} WHERE id = ?`).run(
        ...values,
        id,
      );
  }

  /**
   * Appends a change made at another site to the log, as it was made there (its clock, site and
   * author), chained like every other row; `baseHlc` is what that site had seen of the cell.
   */
  logRemote(change: LoggedChange, baseHlc: string | null): void {
    this.stmt(
      'INSERT INTO change_log (hlc, site_id, author_id, tbl, row_id, col, old_value, new_value, base_hlc, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    ).run(
      change.hlc,
      change.site_id,
      change.author_id,
      change.tbl,
      change.row_id,
      change.col,
      change.old_value,
      change.new_value,
      baseHlc,
      chainHash(this.lastHash(), change),
    );
  }

  private tick(): string {
    const hlc = this.clock.tick();
    setMeta(this.db, 'hlc', hlc);
    return hlc;
  }

  private log(
    hlc: string,
    table: string,
    rowId: string,
    column: string,
    oldValue: string | null,
    newValue: string | null,
  ): void {
    const change: LoggedChange = {
      hlc,
      site_id: this.siteId,
      author_id: this.authorId,
      tbl: table,
      row_id: rowId,
      col: column,
      old_value: oldValue,
      new_value: newValue,
    };
    this.stmt(
      'INSERT INTO change_log (hlc, site_id, author_id, tbl, row_id, col, old_value, new_value, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    ).run(
      hlc,
      this.siteId,
      this.authorId,
      table,
      rowId,
      column,
      oldValue,
      newValue,
      chainHash(this.lastHash(), change),
    );
  }

  /** The hash of the log's last row, whoever wrote it (several writers may share a transaction). */
  private lastHash(): string | null {
    const previous = this.stmt('SELECT hash FROM change_log ORDER BY seq DESC LIMIT 1').get() as
      | { hash: string | null }
      | undefined;
    return previous?.hash ?? null;
  }

  private userColumns(table: string): Set<string> {
    let cols = this.columns.get(table);
    if (!cols) {
      if (!isUserTable(this.db, table)) throw new Error(`${table} is not a user data table`);
      cols = new Set(
        (this.db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map(
          (c) => c.name,
        ),
      );
      this.columns.set(table, cols);
    }
    return cols;
  }

  private assertColumn(table: string, cols: Set<string>, column: string): void {
    if (!cols.has(column)) throw new Error(`${table} has no column ${column}`);
  }

  /** Rows for one INSERT, written ROWS_PER_STATEMENT at a time (and the rest on flush). */
  private batch(insert: string, width: number): Batch {
    const placeholders = (n: number) =>
      Array.from(
        { length: n },
        () => `(${Array.from({ length: width }, () => '?').join(', ')})`,
      ).join(', ');
    const full = `${insert} ${placeholders(ROWS_PER_STATEMENT)}`;
    let pending: (string | number | null)[] = [];
    const write = (n: number) =>
      this.stmt(n === ROWS_PER_STATEMENT ? full : `${insert} ${placeholders(n)}`).run(...pending);
    return {
      add: (values) => {
        for (const v of values) pending.push(v);
        if (pending.length === width * ROWS_PER_STATEMENT) {
          write(ROWS_PER_STATEMENT);
          pending = [];
        }
      },
      flush: () => {
        if (pending.length) write(pending.length / width);
        pending = [];
      },
    };
  }

  private stmt(sql: string): Statement {
    let s = this.statements.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.statements.set(sql, s);
    }
    return s;
  }
}

/** User tables are those with an id and a tombstone column. */
export function userTables(db: Db): string[] {
  const tables = db
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    .all() as { name: string }[];
  return tables.map((t) => t.name).filter((t) => isUserTable(db, t));
}

function isUserTable(db: Db, table: string): boolean {
  if (NOT_USER_TABLES.has(table) || !/^[a-z_]+$/.test(table)) return false;
  const cols = (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map(
    (c) => c.name,
  );
  return cols.includes('id') && cols.includes('deleted');
}
