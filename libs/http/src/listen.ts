import type { INestApplication } from '@nestjs/common';

/** Listens, turning "port taken" into one line naming the variable to change. */
export async function listenOrExit(app: INestApplication, port: number, host: string, portVariable: string): Promise<void> {
  try {
    await app.listen(port, host);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE' || code === 'EACCES') {
      process.stderr.write(`Port ${port} on ${host} is ${code === 'EADDRINUSE' ? 'already in use' : 'not allowed'}; set ${portVariable} to a free port.\n`);
      process.exit(78);
    }
    throw error;
  }
}
