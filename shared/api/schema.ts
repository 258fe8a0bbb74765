// The building blocks of the contract: how a method is declared, and the input schemas that
// several areas share (dates, Member States, ids, bounded text, years, updates). A schema's
// message is a key of the core's catalogues (shared/messages): the dispatcher says it in the
// caller's language, with the figures ({maximum}, {minimum}) as parameters.
import { z } from 'zod';
import { isIsoDate } from '../domain/dates';
import type { Role } from '../domain/roles';

export interface MethodSpec<I extends z.ZodType, O, Later extends boolean = boolean> {
  input: I;
  mutates: boolean;
  roles: readonly Role[];
  /**
   * The handler answers with a promise (e.g. an XLSX file, which exceljs writes asynchronously):
   * only for methods that do not write, and called through the dispatcher's callAsync.
   */
  answersLater?: Later;
  /** Phantom field carrying the output type; never set at run time. */
  readonly output?: O;
}

/** Declares a method: `method<Output>()({ input, mutates, roles, answersLater? })`. */
export const method =
  <O>() =>
  <I extends z.ZodType, Later extends boolean = false>(spec: {
    input: I;
    mutates: Later extends true ? false : boolean;
    roles: readonly Role[];
    answersLater?: Later;
  }): MethodSpec<I, O, Later> =>
    spec;

export const isoDate = z.string({ error: 'schema.enterDate' }).refine(isIsoDate, {
  message: 'schema.dateFormat',
});
export const iso3 = z.string({ error: 'schema.chooseState' }).regex(/^[A-Z]{3}$/, {
  message: 'schema.iso3Format',
});
export const id = z
  .string({ error: 'schema.idRequired' })
  .min(1, { message: 'schema.idRequired' })
  .max(64);
export const text = (max: number) => z.string().trim().max(max, { message: 'schema.textTooLong' });
export const names = z.array(text(200)).max(50, { message: 'schema.namesTooMany' });
export const year = z
  .number({ error: 'schema.enterYear' })
  .int({ message: 'schema.wholeYear' })
  .min(2005, { message: 'schema.yearFrom' })
  .max(2100, { message: 'schema.yearUpTo' });

export const nothing = z.strictObject({});
export const asOf = z.strictObject({ asOf: isoDate.optional() });

export const withoutState = <Shape extends { iso3: unknown }>({ iso3: _state, ...rest }: Shape) =>
  rest;

/** An update: the record's id and any of its editable fields (the State never changes). */
export const updateOf = <Shape extends z.ZodRawShape>(fields: Shape) =>
  z.strictObject(fields).partial().extend({ id });

/** The six official languages of the UN: English first, then as the app lists them. */
export const LANGUAGES = ['en', 'fr', 'es', 'ru', 'zh', 'ar'] as const;
export type LanguageCode = (typeof LANGUAGES)[number];
export type Names = Record<LanguageCode, string>;
export const language = z.enum(LANGUAGES, {
  error: 'schema.language',
});
