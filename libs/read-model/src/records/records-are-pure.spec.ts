import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

// The workflows bundle these builders: no database, no Nest, no Node built-ins, and only types from
// the workflow contracts (a value import would pull workflow code into the API and the rebuild).
describe('read-model record builders', () => {
  const dir = __dirname;
  const files = [...readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.spec.ts')), '../case-state-record.ts'];

  it.each(files)('%s imports only pure code', (file) => {
    const imports = [...readFileSync(path.join(dir, file), 'utf8').matchAll(/^import (type )?.*? from '([^']+)';/gms)].map((m) => ({ typeOnly: Boolean(m[1]), from: m[2] }));
    expect(imports.length).toBeGreaterThan(0);
    for (const { typeOnly, from } of imports) {
      expect(from).not.toMatch(/^(node:|typeorm|@nestjs|pg$|@temporalio\/(client|worker|activity))/);
      if (from.startsWith('@workflows/')) expect({ from, typeOnly }).toEqual({ from, typeOnly: true });
      if (from.startsWith('@libs/')) expect(from).toMatch(/^@libs\/(domain|temporal\/conventions)/);
    }
  });
});
