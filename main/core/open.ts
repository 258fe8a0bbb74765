// How the adapters find their workspace: a given file, or the embedded demo workspace.
import { dateOfInstant } from '../../shared/domain/dates';
import { openDemoWorkspace } from './demo/ensure';
import { openWorkspace, type Workspace } from './db/workspace';
import { demoWorkspacePath } from './paths';

export function openWorkspaceOrDemo(dbPath: string | undefined, now: () => number): Workspace {
  if (dbPath) return openWorkspace(dbPath);
  return openDemoWorkspace(demoWorkspacePath(), { today: dateOfInstant(now()) });
}
