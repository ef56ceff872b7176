import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['node_modules', 'dist', 'data', 'coverage', 'test-output', '.seedcheck', '**/*.js', '**/*.mjs'],
  },
  // The explorer's browser code is plain JavaScript (type-checked by src/explorer/tsconfig.json): lint it too.
  { ignores: ['!src/explorer/*.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    // The dependency rule: the domain imports nothing from the outer layers.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            '**/adapters/**',
            '**/services/**',
            '**/graphql/**',
            '**/ingest/**',
            '**/ports/**',
            'kuzu',
            'neo4j-driver',
          ],
        },
      ],
    },
  },
  {
    files: ['src/services/**/*.ts', 'src/ingest/**/*.ts', 'src/ports/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['**/adapters/**', '**/graphql/**', 'kuzu', 'neo4j-driver'] },
      ],
    },
  },
  {
    files: ['src/explorer/**/*.js'],
    languageOptions: { globals: globals.browser, sourceType: 'module' },
  },
);
