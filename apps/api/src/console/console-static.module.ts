import { existsSync } from 'node:fs';
import path from 'node:path';
import { DynamicModule, Logger, Module } from '@nestjs/common';
import { ServeStaticModule } from '@nestjs/serve-static';

/** Where `npm start`, `npm test` and the image put the built staff console (apps/console/dist). */
export function consoleDist(): string | undefined {
  const candidates = [
    process.env.CONSOLE_DIST,
    path.resolve(process.cwd(), 'apps/console/dist'),
    path.resolve(__dirname, '../../../console/dist'), // from apps/api/src/console (sources)
    path.resolve(__dirname, '../../../../../apps/console/dist'), // from dist/apps/api/src/console
  ];
  return candidates.find((dir): dir is string => Boolean(dir) && existsSync(path.join(dir as string, 'index.html')));
}

/**
 * Serves the staff console at `/`. The console routes in the URL fragment (`/#/complaints/…`), so only
 * `/` and its static files are served here and every API path keeps its own answers, 404 included.
 * Without a built console (e.g. an API-only image) the API runs as before.
 */
@Module({})
export class ConsoleStaticModule {
  static register(): DynamicModule {
    const rootPath = consoleDist();
    if (!rootPath) {
      new Logger('Console').warn('No built console (apps/console/dist); run `npm run console:build` to serve it at /');
      return { module: ConsoleStaticModule };
    }
    return {
      module: ConsoleStaticModule,
      imports: [
        ServeStaticModule.forRoot({
          rootPath,
          serveRoot: '/',
          renderPath: '/',
          serveStaticOptions: {
            index: ['index.html'],
            fallthrough: true,
            // Assets have content hashes and may be kept; the page itself is always asked again.
            setHeaders: (res, file) => res.setHeader('Cache-Control', file.endsWith('index.html') ? 'no-cache' : 'public, max-age=31536000, immutable'),
          },
        }),
      ],
    };
  }
}
