import path from 'node:path';
import type { BundleOptions } from '@temporalio/worker';

// The same relative layout holds for the TypeScript sources and for `dist/` (rootDir is the repo root).
const REPO_ROOT = path.resolve(__dirname, '../../..');
export const WORKFLOWS_PATH = path.join(REPO_ROOT, 'workflows');

/**
 * Bundler options for the workflow code. Aliases let webpack resolve the libs' path mapping when
 * bundling from TypeScript sources (tests); compiled output already has relative imports.
 */
export function workflowBundleOptions(): BundleOptions {
  return {
    workflowsPath: WORKFLOWS_PATH,
    // Workflow code encodes the failures it raises (update refusals, its own failure) like the worker does.
    failureConverterPath: require.resolve('./codec/failure-converter'),
    // The worker runs every cached workflow in one reused V8 context, but each workflow would evaluate the
    // whole workflow code (every workflow type and the domain tables they import) in a module cache of its
    // own: about 80 KB of heap per cached case. Workflow code keeps no state at module level (constants and
    // functions only; the SDK freezes what modules export), so it is evaluated once per worker and shared.
    preloadModules: [WORKFLOWS_PATH],
    webpackConfigHook: (config) => {
      config.resolve = config.resolve ?? {};
      config.resolve.alias = {
        ...(config.resolve.alias as Record<string, string>),
        '@libs/domain': path.join(REPO_ROOT, 'libs/domain/src'),
        '@libs/temporal': path.join(REPO_ROOT, 'libs/temporal/src'),
        '@libs/departments': path.join(REPO_ROOT, 'libs/departments/src'),
        '@libs/read-model': path.join(REPO_ROOT, 'libs/read-model/src'),
      };
      return config;
    },
  };
}
