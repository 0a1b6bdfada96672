import { ZipFile } from 'yazl';

export interface ZipEntry {
  name: string;
  bytes: Buffer;
}

/** One ZIP of the entries (deflated), in memory. */
export function zipOf(entries: ZipEntry[], modifiedAt: Date): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const zip = new ZipFile();
    for (const entry of entries) zip.addBuffer(entry.bytes, entry.name, { mtime: modifiedAt });
    zip.end();
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk));
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    zip.outputStream.on('error', reject);
  });
}
