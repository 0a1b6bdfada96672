import { ArgumentsHost, Catch, ExceptionFilter, HttpStatus } from '@nestjs/common';
import type { Request, Response } from 'express';
import { CallbackErrorCode, DepartmentCallbackError } from './department-callback.error';

function statusOf(code: CallbackErrorCode): number {
  switch (code) {
    case CallbackErrorCode.Unauthenticated:
      return HttpStatus.UNAUTHORIZED;
    case CallbackErrorCode.Invalid:
      return HttpStatus.BAD_REQUEST;
    case CallbackErrorCode.Conflict:
      return HttpStatus.CONFLICT;
    case CallbackErrorCode.Unavailable:
      return HttpStatus.SERVICE_UNAVAILABLE;
  }
}

/** The platform's error shape for callback refusals. */
@Catch(DepartmentCallbackError)
export class DepartmentCallbackErrorFilter implements ExceptionFilter {
  catch(error: DepartmentCallbackError, host: ArgumentsHost): void {
    const request = host.switchToHttp().getRequest<Request & { id?: string }>();
    const statusCode = statusOf(error.code);
    host.switchToHttp().getResponse<Response>().status(statusCode).json({ statusCode, code: error.code, message: error.message, requestId: request.id });
  }
}
