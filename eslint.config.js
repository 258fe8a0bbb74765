// Lint rules, including the layering of DESIGN §2: what each folder may import.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import { builtinModules } from 'node:module';

// Each rule names exact modules (`names`) and path patterns (`patterns`, gitignore style).
const rule = (...groups) => ({
  'no-restricted-imports': [
    'error',
    {
      paths: groups.flatMap((g) => (g.names ?? []).map((name) => ({ name, message: g.message }))),
      patterns: groups
        .filter((g) => g.patterns)
        .map((g) => ({ group: g.patterns, message: g.message })),
    },
  ],
});

const noNode = {
  names: builtinModules,
  patterns: ['node:*'],
  message: 'Node built-ins are not allowed in this layer.',
};
const noElectron = {
  names: ['electron'],
  patterns: ['electron/*'],
  message: 'Only main/electron may import electron.',
};
const noMain = {
  patterns: ['**/main/**', 'main/**'],
  message: 'This layer must not import main/.',
};
const noRenderer = {
  patterns: ['**/renderer/**', 'renderer/**'],
  message: 'This layer must not import renderer/ source.',
};
const noUi = {
  names: ['react', 'react-dom', 'zustand', 'recharts'],
  patterns: ['react/*', 'react-dom/*'],
  message: 'This layer has no UI.',
};
const noSqlite = {
  names: ['better-sqlite3', 'better-sqlite3-multiple-ciphers'],
  message: 'Only main/ may use SQLite.',
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', '.workspaces/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      ...rule(noNode, noElectron, noMain, noRenderer, noUi, noSqlite),
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'localStorage',
        'sessionStorage',
        'navigator',
        'process',
        'require',
        'Buffer',
      ],
    },
  },
  {
    files: ['main/core/**/*.ts', 'main/host/**/*.ts', 'main/cli/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: rule(noElectron, noRenderer, noUi),
  },
  {
    files: ['main/electron/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: rule(noRenderer, noUi),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...rule(noNode, noElectron, noMain, noSqlite),
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: [
      'test/**/*.{ts,tsx}',
      'bench/**/*.ts',
      'scripts/**/*.{js,mjs}',
      'bin/**/*.mjs',
      '*.{js,ts}',
    ],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
