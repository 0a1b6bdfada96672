import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ContentStore, MissingContentError } from './content-store';

const KEY = /^[0-9a-f-]{36}$/;

/** Files under one folder (`ATTACHMENT_DIR`, by default in `.data/`), readable by the platform's user only. */
export class FileContentStore implements ContentStore {
  readonly name = 'files' as const;

  constructor(private readonly folder: string) {}

  async put(key: string, bytes: Buffer): Promise<void> {
    const file = this.fileOf(key);
    await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
    // Written aside and renamed, so a reader never sees half a file.
    await writeFile(`${file}.part`, bytes, { mode: 0o600 });
    await rename(`${file}.part`, file);
  }

  async get(key: string): Promise<Buffer> {
    try {
      return await readFile(this.fileOf(key));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new MissingContentError(key);
      throw error;
    }
  }

  /** The file of an attachment id: two levels of folders by its first characters. */
  fileOf(key: string): string {
    if (!KEY.test(key)) throw new Error('attachment keys are uuids');
    return path.resolve(this.folder, key.slice(0, 2), key);
  }
}
