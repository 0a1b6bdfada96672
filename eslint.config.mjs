// `npm run lint` (and so `npm test` and CI). Only rules that guard a real failure are on: promises nobody
// waits for, and what would make a workflow non-deterministic or pull I/O into the workflow bundle.
// Style is left to review. Type-aware, through the same tsconfig as the type check; no --cache, because
// a file's promise errors can change when another file's types do, which a per-file cache would miss.
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = builtinModules.filter((name) => !name.startsWith('_'));

// Activities, the Nest application and the database run on the worker, not in the workflow sandbox:
// a workflow may name their types (`import type`), never load them.
const NOT_IN_WORKFLOWS = [
  { group: ['**/activities', '**/activities/**', '@activities', '@activities/**'], message: 'Workflows call activities through proxyActivities; import their types only (`import type`).' },
  { group: ['@temporalio/activity', '@temporalio/client', '@temporalio/worker', '@nestjs/*', 'typeorm', 'pg', '@libs/database', '@libs/database/**'], message: 'Workflows run in the deterministic sandbox: no I/O libraries; do it in an activity.' },
];

const RANDOM = { selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']" };
const CLOCK_AND_RANDOM = (why) => [
  { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: `Date.now() ${why}` },
  { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: `new Date() ${why}` },
  { ...RANDOM, message: `Math.random() ${why}` },
];

// The worker evaluates the workflow code once and shares its modules with every cached workflow
// (`preloadModules` in libs/temporal/src/workflow-bundle.ts): a module-level variable or a class's static
// field would be one workflow's state seen by all the others. State lives in the workflow's own objects.
const NO_MODULE_STATE = [
  { selector: "Program > VariableDeclaration[kind!='const']", message: 'Module-level let/var in workflow code is shared by every cached workflow: keep state in the workflow.' },
  { selector: "Program > ExportNamedDeclaration > VariableDeclaration[kind!='const']", message: 'Module-level let/var in workflow code is shared by every cached workflow: keep state in the workflow.' },
  { selector: 'PropertyDefinition[static=true]', message: 'A static field in workflow code is shared by every cached workflow: keep state in the workflow.' },
];
// Code the workflow bundle holds besides workflows/ (what workflows import from the libs).
const BUNDLED_LIBS = ['libs/domain/**/*.ts', 'libs/read-model/src/records/**/*.ts', 'libs/departments/src/protocol.ts', 'libs/temporal/src/search-attributes.ts', 'libs/temporal/src/conventions.ts'];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.data/**', 'bench/**', 'scripts/**', 'deploy/**', '**/*.js', '**/*.mjs', 'libs/api-client/src/schema.ts'] },
  {
    files: ['apps/**/*.ts', 'libs/**/*.ts', 'workflows/**/*.ts', 'activities/**/*.ts', 'test/**/*.ts'],
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { '@typescript-eslint': tseslint.plugin },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      // A promise passed where a callback's result is ignored (an event handler, forEach) loses its rejection.
      // Attributes (JSX) do not exist here; void-returning callbacks are the case that matters.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
    },
  },
  {
    files: ['workflows/**/*.ts'],
    ignores: ['workflows/**/*.spec.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: NODE_BUILTINS.map((name) => ({ name, message: 'Node built-ins are not available in the workflow sandbox.' })),
          patterns: [
            { group: ['node:*'], message: 'Node built-ins are not available in the workflow sandbox.' },
            ...NOT_IN_WORKFLOWS.map((p) => ({ ...p, allowTypeImports: true })),
          ],
        },
      ],
      // Inside the sandbox Date and Math.random are the SDK's deterministic versions (workflow time, a
      // per-run seed), and the TypeScript SDK has no other clock: reading the time is allowed. Randomness
      // is asked for by name (`uuid4()`, `workflowRandom`), so that it reads as deliberate and a state
      // class run by a unit spec outside the sandbox does not silently draw real random numbers.
      'no-restricted-syntax': ['error', { ...RANDOM, message: 'Math.random() in a workflow: use uuid4() or workflowRandom from @temporalio/workflow.' }, ...NO_MODULE_STATE],
    },
  },
  {
    files: BUNDLED_LIBS,
    ignores: ['**/*.spec.ts'],
    rules: { 'no-restricted-syntax': ['error', ...NO_MODULE_STATE] },
  },
  {
    // Pure rules run inside workflows (where the SDK makes the clock deterministic) and in services and
    // specs (where it does not), and so do the workflows' message contracts, which the API imports:
    // outside the sandbox a clock read is not deterministic, so the time and any randomness are parameters.
    files: ['libs/domain/**/*.ts', 'workflows/**/*.contract.ts'],
    ignores: ['**/*.spec.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...CLOCK_AND_RANDOM('reads the real clock or random source here: take it as a parameter (the caller passes workflow time inside a workflow).'),
        ...NO_MODULE_STATE,
      ],
    },
  },
);
