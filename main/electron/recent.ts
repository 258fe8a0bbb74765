// The File → Open recent list: the workspaces opened last, most recent first, kept in a small JSON
// file in the app's userData folder. Pure: main.ts reads and writes the file.
import { posix, win32 } from 'node:path';

export const MAX_RECENT = 10;
export const RECENT_FILE_NAME = 'recent-workspaces.json';

export interface RecentOptions {
  /** Decides how paths compare: case-insensitive on Windows and macOS, `\` as separator on Windows. */
  platform: NodeJS.Platform;
  max?: number;
}

function pathApi(platform: NodeJS.Platform) {
  return platform === 'win32' ? win32 : posix;
}

/** The form two paths are compared in: normalised, and folded on case-insensitive file systems. */
function identity(path: string, platform: NodeJS.Platform): string {
  const normal = pathApi(platform).normalize(path);
  return platform === 'win32' || platform === 'darwin' ? normal.toLowerCase() : normal;
}

/** Whether two paths name the same file, as the platform's file system compares names. */
export function samePath(a: string, b: string, platform: NodeJS.Platform): boolean {
  return identity(a, platform) === identity(b, platform);
}

/** Only absolute paths are kept: a relative one would depend on where the app was started. */
function acceptable(path: unknown, platform: NodeJS.Platform): path is string {
  return (
    typeof path === 'string' &&
    path.length > 0 &&
    !path.includes('\0') &&
    pathApi(platform).isAbsolute(path)
  );
}

/** The list without duplicates (the first occurrence wins) and without unusable entries, capped. */
export function cleanRecent(list: readonly unknown[], options: RecentOptions): string[] {
  const max = options.max ?? MAX_RECENT;
  const seen = new Set<string>();
  const result: string[] = [];
  for (const entry of list) {
    if (!acceptable(entry, options.platform)) continue;
    const key = identity(entry, options.platform);
    if (seen.has(key)) continue;
    seen.add(key);
    result.push(pathApi(options.platform).normalize(entry));
    if (result.length >= max) break;
  }
  return result;
}

/** The list after opening `path`: it moves to the front, once, and the oldest fall off. */
export function addRecent(list: readonly string[], path: string, options: RecentOptions): string[] {
  if (!acceptable(path, options.platform)) return cleanRecent(list, options);
  return cleanRecent([path, ...list], options);
}

/** The list without `path` (a file that could not be opened any more). */
export function removeRecent(
  list: readonly string[],
  path: string,
  options: RecentOptions,
): string[] {
  return cleanRecent(
    list.filter((p) => !samePath(p, path, options.platform)),
    options,
  );
}

/** Reads the JSON file's text; anything unreadable or malformed gives an empty list. */
export function parseRecent(text: string | null, options: RecentOptions): string[] {
  if (text === null) return [];
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return [];
  }
  const files =
    value !== null && typeof value === 'object' && 'files' in value
      ? (value as { files: unknown }).files
      : null;
  return Array.isArray(files) ? cleanRecent(files, options) : [];
}

export function serializeRecent(list: readonly string[]): string {
  return `${JSON.stringify({ version: 1, files: list }, null, 2)}\n`;
}
