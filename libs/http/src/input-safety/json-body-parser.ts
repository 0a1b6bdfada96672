import { BadRequestException } from '@nestjs/common';
import express from 'express';
import type { IncomingMessage } from 'node:http';
import { jsonNestsDeeperThan, MAX_JSON_DEPTH } from './json-depth';

export interface JsonBodyOptions {
  /** Largest body accepted, e.g. '256kb'. */
  limit: string;
}

/**
 * The API's JSON body parser. It keeps the raw bytes (department callbacks are signed over them) and
 * refuses a body nested deeper than MAX_JSON_DEPTH before JSON.parse sees it, so that no body can
 * block the event loop or overflow the parser's stack; the refusal is an ordinary 400.
 * Named `jsonParser` by body-parser, so Nest does not register a second one.
 */
export function jsonBodyParser(options: JsonBodyOptions) {
  return express.json({
    limit: options.limit,
    verify: (req: IncomingMessage & { rawBody?: Buffer }, _res, buffer) => {
      req.rawBody = buffer;
      if (jsonNestsDeeperThan(buffer)) {
        const error = new BadRequestException({ code: 'VALIDATION_FAILED', message: [`request body nests objects or arrays deeper than ${MAX_JSON_DEPTH} levels`] });
        // body-parser keeps a status the error already carries (else it answers 403).
        Object.assign(error, { status: 400 });
        throw error;
      }
    },
  });
}
