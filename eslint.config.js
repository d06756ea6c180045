import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import boundaries from 'eslint-plugin-boundaries';
import checkFile from 'eslint-plugin-check-file';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The architecture, as bulletproof-react draws it: shared code (lib, config, content, i18n,
 * components) → features → app. Shared code imports only shared code; a feature imports shared code
 * and its own files, never another feature; the app (routes, providers) composes them; the server
 * (src/server: the live render server, page documents) hosts the app. The two
 * entries at src/ (main.tsx, entry-server.tsx) stand above the app and may import anything.
 */
const ARCHITECTURE = {
  elements: [
    { type: 'shared', pattern: ['src/lib', 'src/config', 'src/content', 'src/i18n', 'src/components'] },
    { type: 'feature', pattern: 'src/features/*', capture: ['feature'] },
    { type: 'app', pattern: 'src/app' },
    { type: 'server', pattern: 'src/server' },
    { type: 'worker', pattern: 'src/sw' },
  ],
  policies: [
    { from: { element: { type: 'shared' } }, allow: { to: { element: { type: 'shared' } } }, message: 'Shared code (lib, config, content, i18n, components) imports only shared code.' },
    {
      from: { element: { type: 'feature' } },
      allow: { to: [{ element: { type: 'shared' } }, { element: { type: 'feature', captured: { feature: '{{ from.element.captured.feature }}' } } }] },
      message: 'A feature imports shared code and its own files, never another feature or the app.',
    },
    { from: { element: { type: 'app' } }, allow: { to: { element: { type: ['shared', 'feature', 'app'] } } } },
    // The server (render server, page documents) hosts the app; the app never imports it.
    { from: { element: { type: 'server' } }, allow: { to: { element: { type: ['shared', 'feature', 'app', 'server'] } } } },
    // The service worker runs apart from the page: it shares constants, never the app's code.
    { from: { element: { type: 'worker' } }, allow: { to: { element: { type: ['shared', 'worker'] } } }, message: 'The service worker imports only shared code and its own.' },
  ],
};

/** Files that run only at build, test or bench time: they may import devDependencies. */
const TOOLING = ['tests/**', 'scripts/**', 'bench/**', '*.config.{js,ts}'];

export default tseslint.config(
  { ignores: ['dist', 'dist-ssr', 'public', 'node_modules', 'test-results', 'playwright-report', '.cache', 'content'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  ...pluginQuery.configs['flat/recommended-strict'],
  reactHooks.configs.flat.recommended,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { boundaries, 'check-file': checkFile, 'import-x': importX },
    settings: {
      'boundaries/elements': ARCHITECTURE.elements,
      'boundaries/include': ['src/**/*'],
      'import-x/resolver-next': [createTypeScriptImportResolver({ alwaysTryTypes: true })],
      'import/resolver': { typescript: { alwaysTryTypes: true } },
    },
    rules: {
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Content is rendered as text, never as HTML.' },
        { selector: "AssignmentExpression > MemberExpression.left[property.name=/^(innerHTML|outerHTML)$/]", message: 'Content is rendered as text, never as HTML.' },
      ],
      'boundaries/dependencies': ['error', { default: 'disallow', policies: ARCHITECTURE.policies }],
      // Every import is a declared dependency: runtime code only of `dependencies`.
      'import-x/no-extraneous-dependencies': ['error', { devDependencies: TOOLING, optionalDependencies: false, peerDependencies: false }],
      'import-x/no-unresolved': 'error',
      'check-file/filename-naming-convention': ['error', { '**/*.{ts,tsx,js}': 'KEBAB_CASE' }, { ignoreMiddleExtensions: true }],
      'check-file/folder-naming-convention': ['error', { '{src,tests,scripts,bench}/**/': 'KEBAB_CASE' }],
    },
  },
  {
    files: ['**/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
