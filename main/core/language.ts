// The caller's language on the server: which name of a Member State to show, and how to sort by
// it. Every handler and export that names a State goes through here, so that a State is named
// and ordered as UN documents in that language name and order it.
import { LANGUAGES, type LanguageCode, type Names } from '../../shared/api/schema';
import type { CallContext } from './context';
import type { Db } from './db/workspace';

export const isLanguage = (value: unknown): value is LanguageCode =>
  (LANGUAGES as readonly unknown[]).includes(value);

/**
 * The member_states column with the State's name in `language`, for SQL (`s.${nameColumn(l)}`).
 * Safe to splice into SQL: it is one of six fixed names.
 */
export function nameColumn(language: LanguageCode): `name_${LanguageCode}` {
  if (!isLanguage(language)) throw new Error(`Not a UN language: ${String(language)}`);
  return `name_${language}`;
}

/** A State's name in `language`, from its six names. */
export const nameIn = (names: Names, language: LanguageCode): string => names[language];

/** A State's name in `language`, by its ISO code (the code itself for a code that is not a State). */
export function stateName(db: Db, iso3: string, language: LanguageCode): string {
  const name = db
    .prepare(`SELECT ${nameColumn(language)} FROM member_states WHERE iso3 = ?`)
    .pluck()
    .get(iso3) as string | undefined;
  return name ?? iso3;
}

const collators = new Map<LanguageCode, Intl.Collator>();

/** The collation of `language`, as its readers order words (accents, letters of other scripts). */
export function collatorOf(language: LanguageCode): Intl.Collator {
  let collator = collators.get(language);
  if (!collator) {
    collator = new Intl.Collator(language, { sensitivity: 'variant', numeric: true });
    collators.set(language, collator);
  }
  return collator;
}

/** Compares two names as `language` orders them (SQLite's ORDER BY would compare bytes). */
export const compareNames = (language: LanguageCode) => collatorOf(language).compare;

/** `items` sorted by the name `nameOf` gives, in `language`'s order; ties keep their order. */
export function sortByName<T>(
  items: readonly T[],
  nameOf: (item: T) => string,
  language: LanguageCode,
): T[] {
  const compare = compareNames(language);
  return [...items].sort((a, b) => compare(nameOf(a), nameOf(b)));
}

/** Whether the workspace records users' languages (a read-only file may predate migration 011). */
const hasLanguages = new WeakMap<Db, boolean>();

/** The language a user chose (English until they choose; see users.setLanguage). */
export function languageOfUser(db: Db, userId: string): LanguageCode {
  let has = hasLanguages.get(db);
  if (has === undefined) {
    const columns = db.pragma('table_info(users)') as { name: string }[];
    has = columns.some((c) => c.name === 'language');
    hasLanguages.set(db, has);
  }
  if (!has) return 'en';
  const chosen = db.prepare('SELECT language FROM users WHERE id = ?').pluck().get(userId);
  return isLanguage(chosen) ? chosen : 'en';
}

/**
 * Handlers of exports, each made in the language its input asks for (`language`), else in the
 * caller's: a planner reading in French can still send the Committee an English file.
 */
export function inAskedLanguage<
  H extends Record<string, (input: never, ctx: CallContext) => unknown>,
>(handlers: H): H {
  return Object.fromEntries(
    Object.entries(handlers).map(([name, handler]) => [
      name,
      (input: { language?: LanguageCode }, ctx: CallContext) =>
        handler(
          input as never,
          input.language && input.language !== ctx.language
            ? { ...ctx, language: input.language }
            : ctx,
        ),
    ]),
  ) as unknown as H;
}
