// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'bench-out/', '.astro/', 'node_modules/', 'test/fixtures/', 'templates/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: {
      globals: { console: 'readonly', process: 'readonly', document: 'readonly', window: 'readonly' },
    },
    rules: {
      // Non-null assertions mark places where the model was already checked by loadReport.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // `const { rows: _rows, ...rest } = x` is how a field is left out of a copy.
      '@typescript-eslint/no-unused-vars': ['error', { varsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
);
