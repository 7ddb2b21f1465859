// The process walls of DESIGN.md section 1 are lint errors, not review habits:
// core never touches Electron, the renderer reaches the core only through contract types,
// and only main/preload may use Electron's IPC.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import vue from 'eslint-plugin-vue';
import globals from 'globals';

const noElectron = { name: 'electron', message: 'electron/core and headless run in plain Node: never import electron.' };
const noIpcOutsideMainPreload = {
  name: 'electron',
  importNames: ['ipcMain', 'ipcRenderer'],
  message: 'Only electron/main and electron/preload may use Electron IPC.',
};

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'release/**', 'node_modules/**', 'coverage/**', '**/*.tsbuildinfo'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...vue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.vue'] } },
  },
  {
    languageOptions: { globals: { ...globals.node }, ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-restricted-imports': ['error', { paths: [noIpcOutsideMainPreload] }],
    },
  },
  {
    files: ['electron/core/**', 'electron/headless/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectron],
          patterns: [
            { group: ['**/main/**', '**/preload/**', '**/renderer/**'], message: 'The core depends on nothing outside it.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/core/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectron],
          patterns: [
            { group: ['**/main/**', '**/preload/**', '**/renderer/**', '**/headless/**'], message: 'The core depends on nothing outside it.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/main/**', 'electron/preload/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The renderer is sandboxed: use the pos client.' }],
          patterns: [
            {
              group: ['**/electron/**', '!**/electron/core/api/contract', '!**/electron/core/api/schemas'],
              message: 'The renderer may import only contract types from electron/core/api.',
            },
            {
              group: ['**/electron/core/api/contract', '**/electron/core/api/schemas'],
              allowTypeImports: true,
              message: 'Import the contract with `import type` only: the renderer never runs core code.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.vue'],
    rules: { 'vue/multi-word-component-names': 'off' },
  },
  {
    // Scripts that run where only CommonJS is sure to work (inside Electron run as node).
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
