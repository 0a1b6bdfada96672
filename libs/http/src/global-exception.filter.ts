import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DomainError, DomainErrorCode } from '@libs/domain/errors/domain-error';
import { ensureRequestId } from '@libs/logging';
import { ErrorBody, ErrorCode, errorCodeForStatus, isErrorCode } from './error-body';

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

// A validation message begins with the path of its field ("phone must be …", "items.0.sku should …").
const LEADING_FIELD = /^(?:property )?([A-Za-z_][\w-]*(?:(?:\.\w+)|(?:\[\d+\]))*) (?:must|should|is|are|has|have|may|cannot|can|does|was|needs|contains|needed)\b/;

/** `field` for one field at fault, `fields` for several; a message naming its field counts as one. */
export function fieldsOf(status: number, message: string, named: readonly string[]): Pick<ErrorBody, 'field' | 'fields'> {
  const fields = [...new Set(named.filter(Boolean))];
  if (fields.length === 0 && status === HttpStatus.BAD_REQUEST) {
    const leading = LEADING_FIELD.exec(message)?.[1];
    if (leading) fields.push(leading);
  }
  if (fields.length === 1) return { field: fields[0] };
  return fields.length > 1 ? { fields } : {};
}

type Unrequested = Omit<ErrorBody, 'requestId'>;

/** One error shape for every failure; internals of unexpected errors stay in the log. */
@Catch()
export class GlobalExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpError');

  catch(exception: unknown, host: ArgumentsHost): void {
    const request = host.switchToHttp().getRequest<Request & { id?: string }>();
    const response = host.switchToHttp().getResponse<Response>();
    // Body-parser errors can come before the logger has named the request.
    const requestId = ensureRequestId(request, response);
    const body: ErrorBody = { ...toBody(exception), requestId };
    if (body.statusCode >= 500) {
      this.logger.error({ err: exception, requestId }, `${request.method} ${request.url} failed`);
    }
    response.status(body.statusCode).json(body);
  }
}

function isParserMessage(res: string | object): boolean {
  if (typeof res !== 'object' || !('message' in res) || typeof res.message !== 'string' || 'code' in res) return false;
  return /\bJSON\b/.test(res.message);
}

export function toBody(exception: unknown): Unrequested {
  if (exception instanceof DomainError) {
    const status = statusOf(exception.code);
    return { statusCode: status, code: exception.code as string as ErrorCode, message: exception.message, ...fieldsOf(status, exception.message, exception.field ? [exception.field] : []) };
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    // Nest turns the body parser's SyntaxError into a bare 400 carrying only the parser's message.
    if (status === HttpStatus.BAD_REQUEST && isParserMessage(exception.getResponse())) {
      return { statusCode: status, code: ErrorCode.MalformedJson, message: 'request body is not valid JSON' };
    }
    const res = exception.getResponse() as string | { message?: string | string[]; code?: string; field?: string; fields?: string[] };
    const messages = typeof res === 'string' ? [res] : Array.isArray(res.message) ? res.message : [res.message ?? exception.message];
    const named = typeof res === 'object' ? [...(res.field ? [res.field] : []), ...(res.fields ?? [])] : [];
    const message = messages.join('; ');
    return {
      statusCode: status,
      code: typeof res === 'object' && isErrorCode(res.code) ? res.code : errorCodeForStatus(status),
      message: status === HttpStatus.NOT_FOUND && /^Cannot [A-Z]+ /.test(message) ? `no route ${message.slice('Cannot '.length)}` : message,
      ...fieldsOf(status, message, named),
    };
  }
  // Body parser errors (bad JSON, too large) carry their own status.
  const status = (exception as { status?: number })?.status;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    const type = (exception as { type?: string }).type;
    if (type === 'entity.too.large') return { statusCode: status, code: ErrorCode.PayloadTooLarge, message: 'request body is larger than 256 KB' };
    if (type === 'entity.parse.failed') return { statusCode: status, code: ErrorCode.MalformedJson, message: 'request body is not valid JSON' };
    return { statusCode: status, code: errorCodeForStatus(status), message: 'the request body could not be read' };
  }
  return { statusCode: 500, code: ErrorCode.InternalError, message: 'internal error; the request id identifies it in the logs' };
}
