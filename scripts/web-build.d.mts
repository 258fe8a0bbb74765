// Types of web-build.mjs, for the tests and the bench that import it.
export interface WebPart {
  name: string;
  config: string;
  outDir: string;
  entry: string;
  sources: string[];
}
export const WEB_PARTS: WebPart[];
export function sourcesHash(root: string, sources: string[]): string;
export function isBuildCurrent(root: string, part: WebPart, hash: string): boolean;
export function recordBuild(root: string, part: WebPart, hash: string): void;
