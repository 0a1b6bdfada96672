import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MissingContentError } from './content-store';
import { FileContentStore } from './file-content-store';

describe('the files store', () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'attachments-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  const store = new FileContentStore(folder);
  const key = '0f8fad5b-d9cb-469f-a165-70867728950e';

  it('keeps the bytes under the folder, readable by its user only, and gives them back', async () => {
    await store.put(key, Buffer.from('%PDF-1.4 report'));
    expect((await store.get(key)).toString()).toBe('%PDF-1.4 report');
    expect(statSync(store.fileOf(key)).mode & 0o077).toBe(0);
    expect(store.fileOf(key).startsWith(folder)).toBe(true);
  });

  it('a missing file is a MissingContentError; a key that is not an id is refused', async () => {
    await expect(store.get('7c9e6679-7425-40de-944b-e07fc1f90ae7')).rejects.toBeInstanceOf(MissingContentError);
    expect(() => store.fileOf('../../etc/passwd')).toThrow('uuids');
  });
});
