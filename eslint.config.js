// Lint config: zero warnings, and the process boundaries of an Electron app enforced by folder.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import importX from 'eslint-plugin-import-x';
import { builtinModules } from 'node:module';
import { layerZones, rendererZones } from './eslint.layers.js';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
// The two wrapper files: the desktop entry hands ipcMain to its IPC wiring (main/desktop/ipc-wiring.ts, and on
// to main/domain/ipc/register.ts: both only see an injected IpcMain-like port), and the preload hands
// ipcRenderer to preload/api.ts's factory.
const RAW_IPC_FILES = ['main/desktop/main.ts', 'preload/index.ts'];
const rawIpcMessage = `Raw IPC is only allowed in ${RAW_IPC_FILES.join(' and ')}; use the typed contract helpers.`;

export default tseslint.config(
  { ignores: ['eslint.layers.d.ts', 'node_modules/**', 'dist/**', 'release/**', 'resources/**', '.tmp/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': [
        'error',
        { allowForKnownSafeCalls: [{ from: 'package', package: 'node:test', name: ['test', 'it', 'describe', 'suite'] }] },
      ],
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      // strictTypeChecked, left off: no-non-null-assertion, no-confusing-void-expression, no-unnecessary-condition, require-await (noise here).
      ...Object.fromEntries(
        [
          'await-thenable',
          'no-array-delete',
          'no-for-in-array',
          'no-implied-eval',
          'only-throw-error',
          'no-mixed-enums',
          'no-unsafe-unary-minus',
          'restrict-plus-operands',
          'no-misused-spread',
          'related-getter-setter-pairs',
          'no-unsafe-enum-comparison',
          'no-unsafe-declaration-merging',
          'prefer-reduce-type-parameter',
          'prefer-return-this-type',
          'no-unnecessary-type-assertion',
          'no-meaningless-void-operator',
          'no-duplicate-type-constituents',
          'no-redundant-type-constituents',
          'use-unknown-in-catch-callback-variable',
          'prefer-promise-reject-errors',
          'no-base-to-string',
          'no-invalid-void-type',
          'no-deprecated',
          'no-unnecessary-type-parameters',
          'no-unsafe-assignment',
          'no-unsafe-member-access',
          'no-unsafe-call',
          'no-unsafe-return',
          'no-unsafe-argument',
          'unbound-method',
        ].map((rule) => [`@typescript-eslint/${rule}`, 'error']),
      ),
      '@typescript-eslint/return-await': ['error', 'error-handling-correctness-only'],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', importNames: ['ipcMain', 'ipcRenderer'], message: rawIpcMessage }] },
      ],
    },
  },
  {
    // Layering (eslint.layers.js) for main/, preload/ and renderer/src, and no import cycles between files anywhere.
    files: ['**/*.ts', '**/*.tsx'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [importX.createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs'] })],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: [...layerZones(), ...rendererZones()] }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    // Domain logic stays plain Node: Electron only in the desktop app's entry and adapters.
    files: ['main/**/*.ts'],
    ignores: ['main/desktop/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', message: 'Electron belongs in main/desktop/ only; inject effects instead.' }] },
      ],
    },
  },
  {
    files: RAW_IPC_FILES,
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // The renderer is a web page: no Node, no Electron, no main/, and only types from the contract.
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            ...nodeBuiltins.map((name) => ({ name, message: 'The renderer never touches Node.' })),
            { name: 'electron', message: 'The renderer never touches Electron; use window.lifeline.' },
          ],
          patterns: [
            { group: ['**/main/**', '**/main'], message: 'The renderer never imports main-process code.' },
            {
              group: ['**/preload/contract', '**/preload/contract.ts'],
              allowTypeImports: true,
              message: 'Only type imports from the contract are allowed in the renderer.',
            },
            {
              group: ['**/preload/*', '!**/preload/contract', '!**/preload/contract.ts'],
              message: 'The renderer only sees preload through window.lifeline.',
            },
          ],
        },
      ],
    },
  },
  {
    // The preview shim builds window.lifeline with the preload's own factory (one method list).
    files: ['renderer/preview-shim/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            ...nodeBuiltins.map((name) => ({ name, message: 'The renderer never touches Node.' })),
            { name: 'electron', message: 'The renderer never touches Electron; use window.lifeline.' },
          ],
          patterns: [
            { group: ['**/main/**', '**/main'], message: 'The renderer never imports main-process code.' },
            {
              group: ['**/preload/*', '!**/preload/contract.ts', '!**/preload/api.ts'],
              message: 'The preview shim uses only the contract types and the preload API factory.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
