// ESLint flat config: JavaScript and TypeScript (typescript-eslint) and Astro components
// (eslint-plugin-astro). Formatting is Prettier's job (eslint-config-prettier turns off the
// rules that would disagree with it). Run with `npm run lint`.
import { defineConfig, globalIgnores } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

export default defineConfig(
  globalIgnores([
    'dist/',
    '.astro/',
    'node_modules/',
    // Verbatim documents and data, validated by the content schemas instead.
    'content/',
    'tests/fixtures/',
    'tests/snapshots/',
    'tests/.tmp/',
    'bench/.tmp/',
    'bench/results/',
    // A separate Starlight project with its own dependencies (npm run bench:starlight).
    'bench/starlight/',
    'public/',
  ]),
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // The project's rules (notes/COMMON.md): no `any`, no unused variables, no `!` where a
      // lookup can fail. `_name` marks a value that is deliberately unused.
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      // A warning, not an error: most `!` today follow an index that noUncheckedIndexedAccess
      // cannot see is safe (a regex group that matched, arr[0] after a length check). Each one
      // is a place to prefer a checked lookup (src/lib/content.ts: lib.documentById(id)).
      '@typescript-eslint/no-non-null-assertion': 'warn',
    },
  },
  {
    // The code that runs in the browser: the search page's script.
    files: ['src/scripts/**', 'src/lib/search/browser/**', 'src/search/**', 'src/client/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Tests state their preconditions with expect() first; a `!` after it is not a hidden lookup.
    files: ['tests/**', 'bench/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  prettier,
);
