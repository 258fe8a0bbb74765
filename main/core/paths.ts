// Where workspaces live on this computer when no path is given.
import { homedir } from 'node:os';
import { join } from 'node:path';

/** The app's data folder: $CTED_PLANNER_HOME, else the platform's usual place for app data. */
export function dataDir(): string {
  if (process.env.CTED_PLANNER_HOME) return process.env.CTED_PLANNER_HOME;
  if (process.platform === 'win32')
    return join(process.env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'CTED Visit Planner');
  if (process.platform === 'darwin')
    return join(homedir(), 'Library', 'Application Support', 'CTED Visit Planner');
  return join(
    process.env.XDG_DATA_HOME ?? join(homedir(), '.local', 'share'),
    'cted-visit-planner',
  );
}

export const demoWorkspacePath = (dir = dataDir()) => join(dir, 'demo-workspace.sqlite');
