import { CallHandler, ExecutionContext, HttpException, Inject, Injectable, NestInterceptor } from '@nestjs/common';
import type { Request, Response } from 'express';
import multer from 'multer';
import { from, Observable, switchMap } from 'rxjs';
import { AppConfig, AppConfigToken } from '@libs/config';

/**
 * Reads one multipart file (`file`) and the `kind` field with multer, in memory, within the size limit;
 * multer's refusals become the API's error body naming the field (413 for a file over the limit).
 */
@Injectable()
export class UploadInterceptor implements NestInterceptor {
  private readonly upload: ReturnType<ReturnType<typeof multer>['single']>;

  constructor(@Inject(AppConfigToken) config: AppConfig) {
    this.upload = multer({
      storage: multer.memoryStorage(),
      // One byte over the limit is enough to know a file is too large.
      limits: { fileSize: config.ATTACHMENT_MAX_BYTES + 1, files: 1, fields: 4, fieldSize: 1024, parts: 6 },
    }).single('file');
  }

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const http = context.switchToHttp();
    const req = http.getRequest<Request>();
    if (!req.is('multipart/form-data')) {
      throw new HttpException({ code: 'UNSUPPORTED_MEDIA_TYPE', message: 'file must be sent as multipart/form-data with the fields kind and file', field: 'file' }, 415);
    }
    const read = new Promise<void>((resolve, reject) =>
      this.upload(req, http.getResponse<Response>(), (error: unknown) => (error ? reject(refusal(error)) : resolve())),
    );
    return from(read).pipe(switchMap(() => next.handle()));
  }
}

function refusal(error: unknown): HttpException {
  if (error instanceof multer.MulterError) {
    const field = error.field === 'kind' ? 'kind' : 'file';
    if (error.code === 'LIMIT_FILE_SIZE') return new HttpException({ code: 'PAYLOAD_TOO_LARGE', message: 'file is larger than the upload limit', field: 'file' }, 413);
    if (error.code === 'LIMIT_UNEXPECTED_FILE') return new HttpException({ code: 'VALIDATION_FAILED', message: `file must be the one file part (got ${error.field ?? 'another'})`, field: 'file' }, 400);
    return new HttpException({ code: 'VALIDATION_FAILED', message: `${field} could not be read: ${error.message}`, field }, 400);
  }
  return new HttpException({ code: 'VALIDATION_FAILED', message: 'file could not be read: the multipart body is malformed', field: 'file' }, 400);
}
