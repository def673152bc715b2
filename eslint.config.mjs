import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

export default [
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/.data/**',
      '**/__generated__/**',
      '**/.nx/**',
      'supergraph.graphql',
    ],
  },
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  {
    files: ['**/*.ts'],
    languageOptions: {
      // Two TypeScript programs for the typed rules: the root tsconfig covers every Node file and
      // the portal's DOM tsconfig its browser code. `projectService` built one program per
      // nearest tsconfig (25 of them, each loading the shared libs again): `eslint .` took 95 CPU-s
      // and 168 s with it, 58 CPU-s and 85 s with these two (2026-12-02, same machine and load).
      parserOptions: {
        project: ['./tsconfig.json', './apps/portal/src/tsconfig.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          // The two entry points of an app that tools (type:app-tool) may load: its module
          // (entities, migrations, resolvers) and its demo seed folder, which lives outside src/.
          // Nx forbids every other relative import across projects; a tool reaching deeper into an
          // app says so on that line.
          // (Nx reads an entry without a trailing wildcard as a regular expression.)
          allow: [
            '^\\.\\./\\.\\./apps/[a-z-]+/src/module$',
            '^\\.\\./\\.\\./apps/[a-z-]+/seed/[a-z.-]+$',
            // The one map from a service's name to its module, which every tool shares.
            '^\\.\\./migrations/service-modules$',
          ],
          depConstraints: [
            // A service's code may use shared libs only: services meet through the graph and Kafka.
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:lib'] },
            { sourceTag: 'type:lib', onlyDependOnLibsWithTags: ['type:lib'] },
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:partners-governance', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:people', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:events', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:evaluation', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:teacher-swap', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:communications', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:gateway', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:e2e', onlyDependOnLibsWithTags: ['scope:shared'] },
            // tools/*: ordinary tools use libs and each other only. The few that must load a
            // service's module or its demo seed (migrations, seed, start, bench, graph tests) are
            // tagged type:app-tool; nothing else may reach into apps, and no app or lib into tools.
            { sourceTag: 'type:tool', onlyDependOnLibsWithTags: ['type:lib', 'type:tool'] },
            {
              sourceTag: 'type:app-tool',
              onlyDependOnLibsWithTags: ['type:lib', 'type:tool', 'type:app-tool', 'type:app'],
            },
            {
              sourceTag: 'scope:tools',
              notDependOnLibsWithTags: ['scope:e2e'],
            },
          ],
        },
      ],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'separate-type-imports' },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Tests, demo seeds and benchmarks work on data they created themselves a moment before.
    files: [
      '**/*.spec.ts',
      '**/*.integration-spec.ts',
      '**/test/**/*.ts',
      '**/seed/**/*.ts',
      'tools/seed/**/*.ts',
      'tools/bench/**/*.ts',
    ],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: {
      globals: {
        require: 'readonly',
        module: 'writable',
        __dirname: 'readonly',
        process: 'readonly',
        console: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  prettier,
];
