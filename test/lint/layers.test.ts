// DESIGN §2's import rules are enforced by lint: prove that a forbidden import is reported.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function restrictedImports(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: file });
  return result!.messages
    .filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-globals')
    .map((m) => m.message);
}

describe('layering rules', () => {
  it.each([
    [
      'shared/domain/x.ts',
      "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n",
    ],
    ['shared/domain/x.ts', "import fs from 'fs';\nexport const x = fs;\n"],
    ['shared/domain/x.ts', "import { app } from 'electron';\nexport const x = app;\n"],
    ['shared/domain/x.ts', "import { useState } from 'react';\nexport const x = useState;\n"],
    [
      'shared/domain/x.ts',
      "import { openWorkspace } from '../../main/core/db/workspace';\nexport const x = openWorkspace;\n",
    ],
    ['shared/domain/x.ts', 'export const x = () => window.location.href;\n'],
    ['main/core/x.ts', "import { app } from 'electron';\nexport const x = app;\n"],
    ['main/host/x.ts', "import { App } from '../../renderer/src/App';\nexport const x = App;\n"],
    [
      'main/electron/x.ts',
      "import { App } from '../../renderer/src/App';\nexport const x = App;\n",
    ],
    [
      'renderer/src/x.ts',
      "import { openWorkspace } from '../../main/core/db/workspace';\nexport const x = openWorkspace;\n",
    ],
    [
      'renderer/src/x.ts',
      "import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;\n",
    ],
    ['renderer/src/x.ts', "import { join } from 'node:path';\nexport const x = join;\n"],
  ])('reports a forbidden import in %s', async (file, code) => {
    expect(await restrictedImports(file, code)).not.toEqual([]);
  });

  it.each([
    ['shared/domain/x.ts', "import { z } from 'zod';\nexport const x = z;\n"],
    [
      'main/core/x.ts',
      "import { join } from 'node:path';\nimport { API } from '../../shared/api/contract';\nexport const x = [join, API];\n",
    ],
    [
      'main/electron/x.ts',
      "import { app } from 'electron';\nimport { openWorkspace } from '../core/db/workspace';\nexport const x = [app, openWorkspace];\n",
    ],
    [
      'renderer/src/x.ts',
      "import { API } from '../../shared/api/contract';\nexport const x = API;\n",
    ],
  ])('allows the imports its layer may use in %s', async (file, code) => {
    expect(await restrictedImports(file, code)).toEqual([]);
  });
});
