// How the adapters find their workspace: a given file, or the embedded demo workspace.
import { dateOfInstant } from '../../shared/domain/dates';
import { openDemoWorkspace } from './demo/ensure';
import { openWorkspace, type Workspace } from './db/workspace';
import { dataDir, demoWorkspacePath } from './paths';

export interface OpenChoice {
  /** Where the demo workspace lives (the platform's app-data folder by default). */
  dataDir?: string;
  /** A better-sqlite3 binding for another runtime (Electron). */
  nativeBinding?: string | undefined;
  /** Open the given file read-only (look, change nothing). */
  readOnly?: boolean;
  /** The key of the given file, when it is encrypted (the demo workspace never is). */
  key?: string | undefined;
}

export function openWorkspaceOrDemo(
  dbPath: string | undefined,
  now: () => number,
  choice: OpenChoice = {},
): Workspace {
  const nativeBinding = choice.nativeBinding;
  if (dbPath)
    return openWorkspace(dbPath, { nativeBinding, readOnly: choice.readOnly, key: choice.key });
  return openDemoWorkspace(demoWorkspacePath(choice.dataDir ?? dataDir()), {
    today: dateOfInstant(now()),
    nativeBinding,
  });
}
