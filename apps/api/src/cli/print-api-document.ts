// Prints the API's OpenAPI document (the one served at /docs-json) without connecting to anything;
// `npm run api-client:generate` builds the typed client from it.
import 'reflect-metadata';
import { loadConfig } from '@libs/config';
import { buildApiDocument } from '../api-document';

buildApiDocument(loadConfig({ NODE_ENV: 'development' }))
  .then((document) => {
    // Exit only once the (large) document is flushed to the pipe.
    process.stdout.write(`${JSON.stringify(document, null, 2)}\n`, () => process.exit(0));
  })
  .catch((error: Error) => {
    process.stderr.write(`cannot build the API document: ${error.stack ?? error.message}\n`);
    process.exit(1);
  });
