// What a refused input is told, in the caller's language: the schemas' messages are keys of the
// core's catalogues (shared/messages/validation.ts, common.ts), said with the zod issue's figures,
// and a field is named by its label (shared/messages/fields.ts). A French user reads French, an
// English user the same English as before.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { API } from '../../shared/api/contract';
import { setupInput, signInInput, unlockInput } from '../../shared/api/session';
import { coreCatalogue, isCoreMessageKey } from '../../shared/messages';
import { createTestWorkspace, expectRefused, seedUsers, type TestWorkspace } from './helpers';

let t: TestWorkspace;
let users: ReturnType<typeof seedUsers>;
beforeEach(() => {
  t = createTestWorkspace();
  users = seedUsers(t);
});
afterEach(() => t.close());

/** French puts a no-break space before a colon. */
const NBSP = '\u00a0';

/** The message of a VALIDATION refusal of `method` for `user` (null: the administrator). */
const refusal = (method: string, input: unknown, user: string | null) =>
  expectRefused(t, method, input, 'VALIDATION', user)?.message;

describe('validation messages', () => {
  it('are said in French to a French user', () => {
    t.value('users.setLanguage', { language: 'fr' }, users.planner);
    t.value('users.setLanguage', { language: 'fr' }); // the administrator
    const planner = users.planner;
    // A schema's own message, with the field's label.
    expect(refusal('consent.withdraw', { id: 'x', on: '2026-01-01', reason: 'no' }, planner)).toBe(
      `Motif${NBSP}: Indiquez en quelques mots le motif du retrait de la demande.`,
    );
    // A text too long, with its maximum.
    expect(
      refusal('consent.withdraw', { id: 'x', on: '2026-01-01', reason: 'x'.repeat(2001) }, planner),
    ).toBe(`Motif${NBSP}: Ne dépassez pas 2000 caractères.`);
    // Figures of the issue: a maximum and a minimum of the areas' own messages.
    expect(refusal('plan.saveDraft', { year: 2027, capacity: 61 }, planner)).toBe(
      `Capacité${NBSP}: Au plus 60 visites par an.`,
    );
    expect(
      refusal(
        'plan.proposeAmendment',
        { year: 2027, action: 'add', iso3: 'KEN', rationale: 'short' },
        planner,
      ),
    ).toBe(
      `Justification${NBSP}: Expliquez la modification en une phrase ou plus (au moins 10 caractères).`,
    );
    // A field's label.
    expect(refusal('states.get', {}, planner)).toBe(
      `État Membre${NBSP}: Choisissez un État Membre.`,
    );
    expect(
      refusal('exports.partnerPack', { iso3: 'all', audience: 'press', format: 'html' }, planner),
    ).toBe(
      `Destinataires${NBSP}: Choisissez les destinataires du dossier${NBSP}: le système des Nations Unies, les États Membres ou le public.`,
    );
    // zod's own message, in French, about a field that has a label.
    expect(refusal('deadlines.list', { open: 'yes' }, planner)).toBe(
      `Uniquement en cours${NBSP}: Entrée invalide : boolean attendu, string reçu`,
    );
    // A cross-field rule (no label) and a reason that depends on the move.
    expect(refusal('stats.timeliness', { from: '2026-02-01', to: '2026-01-01' }, planner)).toBe(
      'La période se termine avant de commencer.',
    );
    expect(
      refusal('visits.transition', { id: 'x', to: 'postponed', on: '2026-01-01' }, planner),
    ).toBe('Indiquez pourquoi la visite est reportée.');
    // A message that named what it asks for in a parameter is now one sentence per field.
    expect(refusal('settings.update', { alertFarDays: 'soon' }, null)).toBe(
      `Période d’alerte lointaine (jours)${NBSP}: Indiquez en nombre de jours la période d’alerte lointaine.`,
    );
    expect(refusal('users.changeOwnPassphrase', { current: 'x', next: 'short' }, planner)).toBe(
      `Nouvelle phrase secrète${NBSP}: Utilisez une phrase secrète d’au moins 8 caractères (quelques mots sont faciles à retenir et difficiles à deviner).`,
    );
  });

  it('are said in the same English as before to an English user', () => {
    const planner = users.planner;
    expect(refusal('consent.withdraw', { id: 'x', on: '2026-01-01', reason: 'no' }, planner)).toBe(
      'Reason: Say in a few words why the request is withdrawn.',
    );
    expect(
      refusal('consent.withdraw', { id: 'x', on: '2026-01-01', reason: 'x'.repeat(2001) }, planner),
    ).toBe('Reason: Keep this under 2000 characters.');
    expect(refusal('plan.saveDraft', { year: 2027, capacity: 61 }, planner)).toBe(
      'Capacity: At most 60 visits a year.',
    );
    expect(
      refusal(
        'plan.proposeAmendment',
        { year: 2027, action: 'add', iso3: 'KEN', rationale: 'short' },
        planner,
      ),
    ).toBe('Rationale: Explain the change in a sentence or more (at least 10 characters).');
    expect(refusal('states.get', {}, planner)).toBe('Member State: Choose a Member State.');
    expect(
      refusal('exports.partnerPack', { iso3: 'all', audience: 'press', format: 'html' }, planner),
    ).toBe('Audience: Choose who the pack is for: the UN system, Member States or the public.');
    expect(refusal('deadlines.list', { open: 'yes' }, planner)).toBe(
      'Open only: Invalid input: expected boolean, received string',
    );
    expect(refusal('stats.timeliness', { from: '2026-02-01', to: '2026-01-01' }, planner)).toBe(
      'The period ends before it starts.',
    );
    expect(
      refusal('visits.transition', { id: 'x', to: 'cancelled', on: '2026-01-01' }, planner),
    ).toBe('Say why the visit is cancelled.');
    expect(refusal('settings.update', { alertFarDays: 'soon' }, null)).toBe(
      'Far alert window (days): Enter the far alert window as a number of days.',
    );
    expect(refusal('users.changeOwnPassphrase', { current: 'x', next: 'short' }, planner)).toBe(
      'New passphrase: Use a passphrase of at least 8 characters (a few words are easy to remember and hard to guess).',
    );
    expect(refusal('field.exportPack', { visitId: 'x', passphrase: 'short' }, planner)).toBe(
      'Passphrase: Use a pack passphrase of at least 8 characters, and give it to the field team apart from the pack.',
    );
    expect(
      refusal('sync.importBundle', { bundle: 'AAAA', passphrase: 'x'.repeat(1025) }, planner),
    ).toBe('Passphrase: This is not the bundle passphrase.');
  });
});

/** Every schema reachable from `schema`, once each (objects, wrappers, arrays, unions, records, pipes). */
function schemasIn(schema: z.ZodType, seen = new Set<unknown>()): z.ZodType[] {
  if (seen.has(schema)) return [];
  seen.add(schema);
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;
  const inner: unknown[] = [];
  if (def.type === 'object') inner.push(...Object.values(def.shape as object));
  for (const name of ['innerType', 'in', 'out', 'element', 'keyType', 'valueType', 'left', 'right'])
    if (def[name]) inner.push(def[name]);
  if (Array.isArray(def.options)) inner.push(...(def.options as unknown[]));
  return [schema, ...inner.flatMap((s) => schemasIn(s as z.ZodType, seen))];
}

const INPUTS: [string, z.ZodType][] = [
  ...Object.entries(API).map(([name, spec]): [string, z.ZodType] => [name, spec.input]),
  ['session.signIn', signInInput],
  ['session.setup', setupInput],
  ['session.unlock', unlockInput],
];

/** The property names of every object of an input schema. */
const propertyNames = (schema: z.ZodType) =>
  schemasIn(schema).flatMap((s) => {
    const def = (s as unknown as { _zod: { def: { type: string; shape?: object } } })._zod.def;
    return def.type === 'object' ? Object.keys(def.shape!) : [];
  });

/** The messages a schema and its checks (min, max, regex, refine…) were given. */
const messagesOf = (schema: z.ZodType) =>
  schemasIn(schema).flatMap((s) => {
    const def = (s as unknown as { _zod: { def: SchemaDef } })._zod.def;
    return [def, ...(def.checks ?? []).map((c) => c._zod.def)]
      .map((d) => d.error?.({}))
      .filter((m): m is string => typeof m === 'string');
  });
interface SchemaDef {
  error?: (issue: object) => unknown;
  checks?: { _zod: { def: SchemaDef } }[];
}

describe('the catalogues', () => {
  it('label every property of every input schema, in English and in French', () => {
    const names = new Set(INPUTS.flatMap(([, schema]) => propertyNames(schema)));
    expect(names.size).toBeGreaterThan(150);
    for (const language of ['en', 'fr'] as const) {
      const catalogue = coreCatalogue(language) as Record<string, unknown>;
      const missing = [...names].filter((name) => !catalogue[`field.${name}`]);
      expect(missing, `labels missing in ${language}`).toEqual([]);
    }
  });

  it('hold every message the input schemas were given: none is left in plain English', () => {
    const plain = INPUTS.flatMap(([method, schema]) =>
      messagesOf(schema)
        .filter((message) => !isCoreMessageKey(message))
        .map((message) => `${method}: ${message}`),
    );
    expect(plain).toEqual([]);
    expect(INPUTS.flatMap(([, schema]) => messagesOf(schema)).length).toBeGreaterThan(100);
  });

  it('hold every message written in shared/api, refinements’ included', () => {
    const root = join(__dirname, '../../shared/api');
    const files = [
      ...readdirSync(root).filter((f) => f.endsWith('.ts')),
      ...readdirSync(join(root, 'areas')).map((f) => `areas/${f}`),
    ];
    const problems: string[] = [];
    for (const file of files) {
      const source = readFileSync(join(root, file), 'utf8');
      // `message: '…'`, `error: '…'` (on the same line or the next), and any template literal there.
      for (const match of source.matchAll(/\b(?:message|error):\s*(['`])((?:(?!\1).)*)\1/g)) {
        const value = match[2]!;
        if (match[1] === '`' || !isCoreMessageKey(value)) problems.push(`${file}: ${value}`);
      }
      // Any key named in the source is one of the catalogues'.
      for (const match of source.matchAll(/'(schema\.[\w.]+)'/g))
        if (!isCoreMessageKey(match[1]!)) problems.push(`${file}: unknown key ${match[1]}`);
    }
    expect(problems).toEqual([]);
  });
});
