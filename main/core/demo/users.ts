// The workspace's users: an administrator (the author of the generated history), planners,
// CTC members and field team members. All invented, and all signing in with the documented demo
// passphrase (shorter than real ones may be: the one exception to the minimum length).
import { DEMO_PASSPHRASE } from '../../../shared/api/session';
import type { Role } from '../../../shared/domain/roles';
import { setPassphrase } from '../auth/credentials';
import { hashPassphrase, SALT_BYTES } from '../auth/passphrase';
import type { Db } from '../db/workspace';
import type { DemoContext } from './context';

const USERS: { name: string; role: Role }[] = [
  { name: 'Demo Administrator', role: 'admin' },
  { name: 'N. Haddad', role: 'planner' },
  { name: 'J. Moreau', role: 'planner' },
  { name: 'C. Lindqvist', role: 'ctc_member' },
  { name: 'T. Adeyemi', role: 'ctc_member' },
  { name: 'R. Kaur', role: 'field' },
  { name: 'E. Novak', role: 'field' },
];

const emailOf = (name: string) =>
  `${name
    .toLowerCase()
    .replace(/[^a-z]+/g, '.')
    .replace(/^\.|\.$/g, '')}@example.org`;

export type DemoUsers = Record<Role, string[]>;

/** Writes the users; returns their ids by role (planners write updates, CTC members decide). */
export function writeUsers(ctx: DemoContext, db: Db): DemoUsers {
  const ids: DemoUsers = { admin: [], planner: [], ctc_member: [], field: [] };
  // One derivation for all of them: the demo is generated often (every test workspace), and the
  // salt a shared, seeded one only says that these users share a passphrase, which is public.
  const hash = hashPassphrase(
    DEMO_PASSPHRASE,
    ctx.rng.fork('salt').fill(new Uint8Array(SALT_BYTES)),
  );
  const at = `${ctx.today}T12:00:00.000Z`;
  for (const user of USERS) {
    const id = ctx.insert('users', {
      id: user.role === 'admin' ? ctx.authorId : undefined,
      name: user.name,
      role: user.role,
      email: emailOf(user.name),
    });
    setPassphrase(db, id, hash, at);
    ids[user.role].push(id);
  }
  return ids;
}
