// The workspace's users: an administrator (the author of the generated history), planners,
// CTC members and field team members. All invented.
import type { Role } from '../../../shared/domain/roles';
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
export function writeUsers(ctx: DemoContext): DemoUsers {
  const ids: DemoUsers = { admin: [], planner: [], ctc_member: [], field: [] };
  for (const user of USERS) {
    const id = ctx.insert('users', {
      id: user.role === 'admin' ? ctx.authorId : undefined,
      name: user.name,
      role: user.role,
      email: emailOf(user.name),
    });
    ids[user.role].push(id);
  }
  return ids;
}
