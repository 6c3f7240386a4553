// ESLint: the recommended sets of ESLint and typescript-eslint, nothing on layout (Prettier owns
// that, .prettierrc.json). Type-aware rules are left out to keep `npm run lint` fast on CI's two cores;
// `npm run typecheck` already runs the compiler in strict mode.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'coverage/', 'src/generated/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // The code's convention: `_name` is a binding that must exist but is not read (a field left out
      // by a rest pattern, Express's four-argument error handler).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    // The web workplace's one script runs in the browser.
    files: ['src/web/assets/**/*.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Issue 16's limits for what ships: a file a reader can hold, a function that does one thing.
    // Every line counts (comments too), so a file cannot grow past the limit by documentation.
    files: ['**/*.ts', '**/*.js', '**/*.mjs', '**/*.cjs'],
    // Not for tests: a describe block is a list of cases, long by nature, and splitting it would only
    // scatter the cases of one boundary over several blocks.
    ignores: ['**/*.test.ts', 'tests/**'],
    rules: {
      'max-lines': ['error', { max: 300, skipBlankLines: false, skipComments: false }],
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: false, skipComments: false, IIFEs: true }],
    },
  },
  {
    // Tests keep the file limit (a file of cases one can read through); only the function limit is lifted.
    files: ['**/*.test.ts', 'tests/**/*.ts'],
    rules: { 'max-lines': ['error', { max: 300, skipBlankLines: false, skipComments: false }] },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
