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
