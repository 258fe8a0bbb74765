// Lint rules, including the layering of DESIGN §2: what each folder may import.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

const forbid = (groups) => ({
  'no-restricted-imports': ['error', { patterns: groups }],
});

const noNode = { group: ['node:*', ...nodeBuiltins], message: 'Node built-ins are not allowed in this layer.' };
const noElectron = { group: ['electron', 'electron/*'], message: 'Only main/electron may import electron.' };
const noMain = { group: ['**/main/**', 'main/**'], message: 'This layer must not import main/.' };
const noRenderer = { group: ['**/renderer/**', 'renderer/**'], message: 'This layer must not import renderer/ source.' };
const noUi = { group: ['react', 'react-dom', 'react/*', 'react-dom/*', 'zustand', 'recharts'], message: 'shared/ is UI-free.' };
const noSqlite = { group: ['better-sqlite3'], message: 'Only main/ may use SQLite.' };

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', '.workspaces/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      ...forbid([noNode, noElectron, noMain, noRenderer, noUi, noSqlite]),
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'sessionStorage', 'navigator', 'process', 'require', 'Buffer'],
    },
  },
  {
    files: ['main/core/**/*.ts', 'main/host/**/*.ts', 'main/cli/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: forbid([noElectron, noRenderer, noUi]),
  },
  {
    files: ['main/electron/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: forbid([noRenderer, noUi]),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    rules: forbid([noNode, noElectron, noMain, noSqlite]),
  },
  {
    files: ['test/**/*.{ts,tsx}', 'bench/**/*.ts', 'scripts/**/*.{js,mjs}', 'bin/**/*.mjs', '*.{js,ts}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
