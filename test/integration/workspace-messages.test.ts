// The workspace's own refusals (users, settings, inputs, sync, the gate) said in the caller's
// language: a French user reads French, an English user the English as it always was, and the
// sign-in page's language is used before anyone is signed in. Nothing changes on a refusal.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Gate } from '../../main/core/auth/gate';
import { parseCsv } from '../../shared/import/csv';
import { readImportRows } from '../../shared/import/columns';
import {
  createTestWorkspace,
  expectRefused,
  givePassphrase,
  noonOf,
  PASSPHRASE,
  seedUsers,
  snapshot,
  TODAY,
  userWithRole,
  type TestWorkspace,
} from './helpers';

let t: TestWorkspace;
let users: ReturnType<typeof seedUsers> & { admin: string; french: string; english: string };
beforeEach(() => {
  t = createTestWorkspace();
  const seeded = seedUsers(t);
  const admin = userWithRole(t, 'admin');
  users = { ...seeded, admin, french: admin, english: seeded.planner };
  // The administrator reads French; the planner keeps English (never chose).
  t.value('users.setLanguage', { language: 'fr' }, admin);
});
afterEach(() => t.close());

/** French as written here, with the no-break spaces French typography puts before : ; ? ! » and after «. */
const fr = (sentence: string) =>
  sentence.replace(/ ([:;?!»])/g, '\u00a0$1').replace(/« /g, '«\u00a0');

/** The message of a refusal that must leave the workspace exactly as it was. */
const refusal = (method: string, input: unknown, code: string, user: string) =>
  expectRefused(t, method, input, code, user)!.message;

describe('the workspace’s refusals', () => {
  it('are said in French to a French user, and unchanged in English to the others', () => {
    // Users.
    expect(
      refusal('users.disable', { id: users.admin, disabled: true }, 'CONFLICT', users.french),
    ).toBe(
      fr('Vous ne pouvez pas désactiver votre propre compte : un autre administrateur le peut.'),
    );
    const taken = { name: 'paula planner', role: 'planner', passphrase: PASSPHRASE };
    const french = expectRefused(t, 'users.create', taken, 'CONFLICT', users.french)!;
    expect(french.message).toBe(
      fr('Il existe déjà un utilisateur nommé « paula planner ». Choisissez un autre nom.'),
    );
    expect(french.details).toEqual([{ field: 'name', message: 'Ce nom est déjà pris.' }]);
    expect(
      refusal('users.update', { id: users.admin, role: 'planner' }, 'CONFLICT', users.french),
    ).toMatch(/^.+ est le seul administrateur actif et ne peut pas recevoir un autre rôle/);

    // Settings.
    const windows = { alertNearDays: 30, alertFarDays: 10 };
    expect(refusal('settings.update', windows, 'VALIDATION', users.french)).toBe(
      'Le délai d’alerte rapprochée (30 jours) doit être plus court que le délai d’alerte éloignée (10 jours).',
    );

    // Inputs.
    const gti = {
      key: 'gti',
      label: 'Global Terrorism Index',
      direction: 'higher_is_riskier',
      normalisation: 'minmax',
      min: 10,
      max: 10,
    };
    expect(refusal('indicators.define', gti, 'VALIDATION', users.french)).toBe(
      'Le maximum (10) doit être supérieur au minimum (10).',
    );
    expect(refusal('signals.update', { id: 'nope', severity: 2 }, 'NOT_FOUND', users.french)).toBe(
      'Ce signal n’existe pas (il a peut-être été supprimé).',
    );
    t.value('indicators.define', { ...gti, min: 0 }, users.planner);
    const rows = readImportRows(
      parseCsv('state,indicator,as_of,value\nNarnia,gti,2024,1\nKenya,gti,2024,2\n'),
    ).rows;
    expect(
      refusal('indicators.import', { fileName: 'bad.csv', rows }, 'VALIDATION', users.french),
    ).toMatch(
      /^Rien n’a été importé\u00a0: le fichier comporte un problème à corriger d’abord \(ou excluez les lignes concernées\)\. Ligne 2\u00a0: /,
    );

    // Sync.
    const me = t.value('sync.identity', {});
    const self = { siteId: me.siteId, publicKey: me.publicKey, name: 'Moi' };
    expect(refusal('sync.trustPeer', self, 'VALIDATION', users.french)).toBe(
      fr(
        'Il s’agit de cette installation elle-même : accordez votre confiance à l’identifiant et à la clé de l’autre installation.',
      ),
    );
    const garbage = {
      bundle: Buffer.from('not a bundle at all').toString('base64'),
      passphrase: 'x',
    };
    expect(refusal('sync.importBundle', garbage, 'VALIDATION', users.french)).toBe(
      'Ce fichier n’est pas un lot de synchronisation de CTED Visit Planner (il ne commence pas comme tel). Rien du lot n’a été appliqué.',
    );
    expect(refusal('sync.revokePeer', { siteId: 'abc123' }, 'NOT_FOUND', users.french)).toBe(
      'Aucune installation reconnue n’a l’identifiant abc123.',
    );
  });

  it('are unchanged in English for an English user', () => {
    t.value('users.update', { id: users.planner, role: 'admin' }, users.admin);
    const english = users.english;
    expect(refusal('users.disable', { id: english, disabled: true }, 'CONFLICT', english)).toBe(
      'You cannot disable your own account: another administrator can.',
    );
    const taken = { name: 'Carl committee', role: 'planner', passphrase: PASSPHRASE };
    const error = expectRefused(t, 'users.create', taken, 'CONFLICT', english)!;
    expect(error.message).toBe(
      'There is already a user called “Carl committee”. Choose another name.',
    );
    expect(error.details).toEqual([{ field: 'name', message: 'This name is taken.' }]);
    expect(
      refusal('settings.update', { alertNearDays: 30, alertFarDays: 10 }, 'VALIDATION', english),
    ).toBe('The near alert window (30 days) must be shorter than the far one (10 days).');
    expect(refusal('signals.update', { id: 'nope', severity: 2 }, 'NOT_FOUND', english)).toBe(
      'This signal does not exist (it may have been deleted).',
    );
    const me = t.value('sync.identity', {});
    expect(
      refusal(
        'sync.trustPeer',
        { siteId: me.siteId, publicKey: me.publicKey, name: 'Me' },
        'VALIDATION',
        english,
      ),
    ).toBe('This is this installation itself: trust the other one’s id and key.');
    const garbage = {
      bundle: Buffer.from('not a bundle at all').toString('base64'),
      passphrase: 'x',
    };
    expect(refusal('sync.importBundle', garbage, 'VALIDATION', english)).toBe(
      'This file is not a CTED Visit Planner sync bundle (it does not start like one). Nothing from the bundle was applied.',
    );
  });
});

describe('the gate', () => {
  /** A session action that must fail and leave the workspace as it was; returns its error. */
  async function refusedSession(
    gate: Gate,
    action: string,
    session: string | null,
    input: unknown,
  ) {
    const before = snapshot(t.ws);
    const reply = await gate.session(action, session, input);
    expect(reply.result.ok).toBe(false);
    expect(snapshot(t.ws)).toBe(before);
    return reply.result.ok ? null : reply.result.error;
  }

  it('answers a sign-in in the sign-in page’s language, English when none is given', async () => {
    givePassphrase(t, [users.planner]);
    const gate = new Gate(t.ws, t.api);
    const wrong = { user: 'Paula Planner', passphrase: 'not the passphrase' };
    expect(await refusedSession(gate, 'signIn', null, { ...wrong, language: 'fr' })).toEqual({
      code: 'UNAUTHENTICATED',
      message: 'Le nom d’utilisateur ou la phrase secrète est incorrect.',
    });
    expect(await refusedSession(gate, 'signIn', null, wrong)).toEqual({
      code: 'UNAUTHENTICATED',
      message: 'The user name or passphrase is not right.',
    });
    expect(
      (await refusedSession(gate, 'signIn', null, { user: ' ', passphrase: 'x', language: 'fr' }))
        ?.message,
    ).toBe('Saisissez votre nom d’utilisateur.');
    expect(
      (await refusedSession(gate, 'signIn', null, { user: ' ', passphrase: 'x' }))?.message,
    ).toBe('Enter your user name.');
    expect((await refusedSession(gate, 'becomeAdmin', null, { language: 'fr' }))?.message).toBe(
      fr('Aucune action de session ne s’appelle « becomeAdmin ».'),
    );
    // A language that is not one of the six is refused, in words.
    expect((await refusedSession(gate, 'signIn', null, { ...wrong, language: 'de' }))?.code).toBe(
      'VALIDATION',
    );
    // The right passphrase, with the page's language, signs in as before.
    const reply = await gate.session('signIn', null, {
      user: 'Paula Planner',
      passphrase: PASSPHRASE,
      language: 'fr',
    });
    expect(reply.result).toMatchObject({ ok: true, value: { status: 'active', language: 'en' } });
  });

  it('answers a signed-in user in their own language: the lock, and a wrong passphrase to unlock', async () => {
    givePassphrase(t, [users.french]);
    let clock = noonOf(TODAY);
    const gate = new Gate(t.ws, t.api, { now: () => clock });
    const { sessionId } = await gate.session('signIn', null, {
      user: 'Administrator',
      passphrase: PASSPHRASE,
    });
    expect(gate.state(sessionId)).toMatchObject({ status: 'active', language: 'fr' });
    clock += 15 * 60_000 + 1;
    expect(await gate.call(sessionId, 'states.list', {})).toEqual({
      ok: false,
      error: {
        code: 'LOCKED',
        message: fr(
          'L’application s’est verrouillée après 15 minutes d’inactivité : saisissez votre phrase secrète pour continuer.',
        ),
      },
    });
    expect(
      await refusedSession(gate, 'unlock', sessionId, { passphrase: 'not the passphrase' }),
    ).toEqual({ code: 'UNAUTHENTICATED', message: 'La phrase secrète est incorrecte.' });
    // The page's language, when given, comes first.
    expect(
      (await refusedSession(gate, 'unlock', sessionId, { passphrase: 'no', language: 'en' }))
        ?.message,
    ).toBe('The passphrase is not right.');
    // Without a session, nobody is known: English.
    expect(await gate.call(null, 'states.list', {})).toEqual({
      ok: false,
      error: {
        code: 'UNAUTHENTICATED',
        message: 'You are not signed in, or your session has ended: sign in again.',
      },
    });
  });
});
