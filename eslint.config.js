// ESLint flat config: correctness rules only (typescript-eslint's fast, non-type-aware set); layout is
// Prettier's job (eslint-config-prettier switches off every stylistic rule). The import-boundary rules
// below keep the layers one way (issue 9, item 7).
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Each folder gets one complete `no-restricted-imports` setting: a later block replaces, not extends, an
// earlier one for the same file, so shared pieces are composed here.
const NOT_INGEST = {
  regex: '^(\\.\\./)+ingest(/|$)',
  message: 'Nothing but src/cli/ imports src/ingest/ (issue 9: layers one way).',
};
const GRAPH_LAYER = {
  regex: '^(\\.\\./)+(ingest|server|cli)(/|$)',
  message: 'src/graph/ must not import from src/ingest/, src/server/ or src/cli/; graph owns its row types.',
};
const PURE_CORE_LAYERS = {
  regex: '^(\\.\\./)+(graph|ingest|server|sources|cli|neo4j-local)(/|$)',
  message: 'src/extract/ and src/dedup/ are pure: no imports from graph, ingest, server, sources or cli.',
};
const PURE_CORE_IO = {
  regex: '^(node:)?(fs|fs/promises|net|http|https|child_process|worker_threads)$|^neo4j-driver$|^express$',
  message:
    'src/extract/ and src/dedup/ are pure: resources are loaded outside and passed in (no I/O, no driver, no server).',
};
const CLIENT_SRC = {
  regex: '^(\\.\\./)+src/(?!api/contract(\\.ts|\\.js)?$|ontology(/|\\.ts$|\\.js$|$))',
  message: 'client/src/ may import from src/ only src/api/contract and src/ontology.',
};
const restrict = (...patterns) => ['error', { patterns }];

export default tseslint.config(
  {
    ignores: ['**/node_modules/', '**/dist/', 'client/dist/', '.neo4j/', '.cache/', 'test-results/', 'tools/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
      // Regexes over news text match control and zero-width characters on purpose.
      'no-control-regex': 'off',
    },
  },
  {
    files: ['client/src/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
    rules: { 'no-restricted-imports': restrict(CLIENT_SRC) },
  },
  {
    files: ['test/browser/**/*.ts', 'bench/ui.mjs'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  // Import boundaries inside src/ (tests may import anything).
  { files: ['src/**/*.ts'], ignores: ['src/cli/**'], rules: { 'no-restricted-imports': restrict(NOT_INGEST) } },
  { files: ['src/graph/**/*.ts'], rules: { 'no-restricted-imports': restrict(GRAPH_LAYER) } },
  {
    files: ['src/extract/**/*.ts', 'src/dedup/**/*.ts'],
    rules: { 'no-restricted-imports': restrict(PURE_CORE_LAYERS, PURE_CORE_IO) },
  },
  {
    // matchAll copies its RegExp, and V8 compiles the copy of a long rule pattern anew once it has left the
    // compilation cache: eachMatch (src/reg-exp.ts) reads the same matches with the pattern itself.
    files: ['src/extract/**/*.ts', 'src/news/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='matchAll']",
          message: 'Use eachMatch(re, text) from src/reg-exp.ts: matchAll recompiles a copy of the pattern.',
        },
      ],
    },
  },
  {
    // loadResources() is the core's only file I/O (and version.ts hashes the files it reads); both run once at
    // start-up, never from inside extract(). Layer imports stay forbidden here too.
    files: ['src/extract/resources.ts', 'src/extract/version.ts'],
    rules: { 'no-restricted-imports': restrict(PURE_CORE_LAYERS) },
  },
  prettier,
);
