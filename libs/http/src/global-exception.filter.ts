import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DomainError, DomainErrorCode } from '@libs/domain/errors/domain-error';

export interface ErrorBody {
  statusCode: number;
  code: string;
  message: string;
  field?: string;
  details?: string[];
  requestId?: string;
}

function statusOf(code: DomainErrorCode): number {
  switch (code) {
    case DomainErrorCode.Unauthenticated:
      return HttpStatus.UNAUTHORIZED;
    case DomainErrorCode.Validation:
      return HttpStatus.BAD_REQUEST;
    case DomainErrorCode.NotFound:
      return HttpStatus.NOT_FOUND;
    case DomainErrorCode.Forbidden:
      return HttpStatus.FORBIDDEN;
    case DomainErrorCode.Conflict:
    case DomainErrorCode.InvalidTransition:
      return HttpStatus.CONFLICT;
    case DomainErrorCode.Unavailable:
      return HttpStatus.SERVICE_UNAVAILABLE;
  }
}

/** One error shape for every failure; internals of unexpected errors stay in the log. */
@Catch()
export class GlobalExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpError');

  catch(exception: unknown, host: ArgumentsHost): void {
    const request = host.switchToHttp().getRequest<Request & { id?: string }>();
    const response = host.switchToHttp().getResponse<Response>();
    const body = this.toBody(exception);
    body.requestId = request.id;
    if (body.statusCode >= 500) {
      this.logger.error({ err: exception, requestId: request.id }, `${request.method} ${request.url} failed`);
    }
    response.status(body.statusCode).json(body);
  }

  private toBody(exception: unknown): ErrorBody {
    if (exception instanceof DomainError) {
      return { statusCode: statusOf(exception.code), code: exception.code, message: exception.message, field: exception.field };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const res = exception.getResponse() as string | { message?: string | string[]; code?: string };
      const messages = typeof res === 'string' ? [res] : Array.isArray(res.message) ? res.message : [res.message ?? exception.message];
      return {
        statusCode: status,
        code: (typeof res === 'object' && res.code) || HttpStatus[status] || 'ERROR',
        message: messages.join('; '),
        ...(messages.length > 1 ? { details: messages } : {}),
      };
    }
    // Body parser errors (bad JSON, too large) carry their own status.
    const status = (exception as { status?: number })?.status;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      const type = (exception as { type?: string }).type;
      const message = type === 'entity.too.large' ? 'request body is too large' : type === 'entity.parse.failed' ? 'request body is not valid JSON' : 'bad request';
      return { statusCode: status, code: HttpStatus[status] ?? 'BAD_REQUEST', message };
    }
    return { statusCode: 500, code: 'INTERNAL_ERROR', message: 'internal error; the request id identifies it in the logs' };
  }
}
