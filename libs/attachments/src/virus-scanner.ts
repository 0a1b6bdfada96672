/**
 * The virus-scan hook: every upload passes through it before anything is stored. The default scanner
 * accepts everything; a deployment with a scanner (a ClamAV daemon, a cloud scanning service) provides
 * one that answers `infected` with the signature found, and the upload is refused (422-like 400) and
 * never stored.
 */
export interface VirusScanner {
  scan(file: { bytes: Buffer; contentType: string }): Promise<{ verdict: 'clean' } | { verdict: 'infected'; signature: string }>;
}

export class NoVirusScanner implements VirusScanner {
  async scan(): Promise<{ verdict: 'clean' }> {
    return { verdict: 'clean' };
  }
}
