// One lint set-up for the whole monorepo.
const nx = require('@nx/eslint-plugin');
const tseslint = require('typescript-eslint');

module.exports = [
  {
    ignores: [
      '*.config.js',
      '**/node_modules/**',
      '**/dist/**',
      '.infra/**',
      '.data/**',
      '.scratch/**',
      'libs/contracts/src/gen/**',
      'infra/**',
    ],
  },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    plugins: { '@nx': nx },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // A service may import libs only; libs never import services; data libs stay leaves.
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          // Tests import modules lazily after setting env (topic names): not a lazy-loading boundary.
          checkDynamicDependenciesExceptions: ['.*'],
          allow: [],
          depConstraints: [
            { sourceTag: 'type:service', onlyDependOnLibsWithTags: ['type:lib', 'type:data'] },
            { sourceTag: 'type:lib', onlyDependOnLibsWithTags: ['type:lib', 'type:data'] },
            { sourceTag: 'type:data', onlyDependOnLibsWithTags: ['type:data'] },
            { sourceTag: 'type:tests', onlyDependOnLibsWithTags: ['type:lib', 'type:data'] },
          ],
        },
      ],
    },
  },
  {
    // The domain is pure: no framework, no driver, no broker client.
    files: ['**/src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@nestjs/*'], message: 'src/domain is pure: no NestJS here.' },
            { group: ['mongoose', 'mongodb'], message: 'src/domain is pure: no database here.' },
            { group: ['kafkajs', '@salw/messaging', '@salw/event-store'], message: 'src/domain is pure: no I/O here.' },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.spec.ts', 'tests/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
];
