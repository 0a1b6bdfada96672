#!/usr/bin/env node
// `npm run layers`: counts the imports that run from a lower layer to a higher one, and lists them.
// Reports only (exit 0) until the count is zero; `-- --strict` exits 1 on any, for when it is.
//
// The layers, bottom up, as the README describes the tree:
//   0 domain        libs/domain: pure rules, importable from anywhere (workflows included)
//   1 platform      libs/config, libs/logging, libs/temporal, libs/http, libs/observability: plumbing every process shares
//   2 persistence   libs/database: entities, migrations, the read model's tables
//   3 orchestration workflows/: deterministic process code and its message contracts
//   4 features      the other libs/*: services and controllers that start and query workflows
//   5 activities    activities/: adapters the worker builds from the feature services
//                   (createActivities() takes them injected), so they sit above what they call
//   6 entry points  apps/*
// A workflow names its activities by type only (`import type`, the SDK's proxyActivities pattern, which
// lint enforces); that one upward edge is the design, not a violation. Specs and test/ are not counted.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const LAYERS = ['domain', 'platform', 'persistence', 'orchestration', 'features', 'activities', 'entry points'];
// Libraries below the features; any other lib is a feature. A pure library split out of a feature (the
// department protocol, say) belongs with domain here once it imports nothing above it.
// The department protocol is pure (messages, signatures, result types): importable from anywhere. The
// read model's row builders are what the workflows publish, and its rebuild reads their contracts: it
// sits beside them.
const LIB_LAYERS = { domain: 0, departments: 0, config: 1, logging: 1, temporal: 1, http: 1, observability: 1, database: 2, 'read-model': 3 };

/** The layer of a path relative to the root, or undefined outside the layered code. */
function layerOf(relative) {
  const [top, lib] = relative.split(path.sep);
  if (top === 'apps') return 6;
  if (top === 'activities') return 5;
  if (top === 'workflows') return 3;
  if (top !== 'libs' || !lib) return undefined;
  return LIB_LAYERS[lib] ?? 4;
}

/** Where an import specifier points, relative to the root (path aliases from tsconfig.json). */
function targetOf(specifier, fromFile) {
  if (specifier.startsWith('.')) return path.relative(ROOT, path.resolve(path.dirname(fromFile), specifier));
  const alias = /^@libs\/([\w-]+)(\/.*)?$/.exec(specifier);
  if (alias) return path.join('libs', alias[1], 'src', alias[2] ?? '');
  if (specifier === '@workflows' || specifier.startsWith('@workflows/')) return specifier.slice(1);
  if (specifier === '@activities' || specifier.startsWith('@activities/')) return specifier.slice(1);
  return undefined; // a package
}

function* sourceFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(full);
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') && !entry.name.endsWith('.d.ts')) yield full;
  }
}

function isTypeOnly(node) {
  if (ts.isExportDeclaration(node)) return node.isTypeOnly;
  const clause = node.importClause;
  if (!clause) return false;
  if (clause.isTypeOnly) return true;
  const bindings = clause.namedBindings;
  return !clause.name && bindings && ts.isNamedImports(bindings) && bindings.elements.length > 0 && bindings.elements.every((e) => e.isTypeOnly);
}

export function upwardImports() {
  const found = [];
  for (const top of ['apps', 'libs', 'workflows', 'activities']) {
    for (const file of sourceFiles(path.join(ROOT, top))) {
      const relative = path.relative(ROOT, file);
      const from = layerOf(relative);
      const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
      for (const node of source.statements) {
        if (!(ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) || !node.moduleSpecifier) continue;
        const target = targetOf(node.moduleSpecifier.text, file);
        const to = target && layerOf(target);
        if (to === undefined || to <= from) continue;
        const typeOnly = isTypeOnly(node);
        if (from === 3 && to === 5 && typeOnly) continue; // workflows name their activities' types
        const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
        found.push({ at: `${relative}:${line}`, specifier: node.moduleSpecifier.text, from: LAYERS[from], to: LAYERS[to], typeOnly });
      }
    }
  }
  return found;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const found = upwardImports();
  for (const f of found) console.log(`${f.at}  ${f.from} -> ${f.to}  '${f.specifier}'${f.typeOnly ? ' (type only)' : ''}`);
  const types = found.filter((f) => f.typeOnly).length;
  console.log(`${found.length} imports from a lower layer to a higher one (${found.length - types} value, ${types} type only)`);
  if (process.argv.includes('--strict') && found.length > 0) process.exit(1);
}
