import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** Every `code` an error body can carry; clients switch on it, the message is for people. */
export enum ErrorCode {
  ValidationFailed = 'VALIDATION_FAILED',
  MalformedJson = 'MALFORMED_JSON',
  Unauthenticated = 'UNAUTHENTICATED',
  Forbidden = 'FORBIDDEN',
  NotFound = 'NOT_FOUND',
  Conflict = 'CONFLICT',
  InvalidTransition = 'INVALID_TRANSITION',
  PayloadTooLarge = 'PAYLOAD_TOO_LARGE',
  UnsupportedMediaType = 'UNSUPPORTED_MEDIA_TYPE',
  TooManyRequests = 'TOO_MANY_REQUESTS',
  DependencyUnavailable = 'DEPENDENCY_UNAVAILABLE',
  Overloaded = 'OVERLOADED',
  InternalError = 'INTERNAL_ERROR',
}

const CODES = new Set<string>(Object.values(ErrorCode));

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && CODES.has(value);
}

/** The code a status stands for when the thrower named none (or one outside the enum). */
export function errorCodeForStatus(status: number): ErrorCode {
  switch (status) {
    case 400:
      return ErrorCode.ValidationFailed;
    case 401:
      return ErrorCode.Unauthenticated;
    case 403:
      return ErrorCode.Forbidden;
    case 404:
      return ErrorCode.NotFound;
    case 409:
      return ErrorCode.Conflict;
    case 413:
      return ErrorCode.PayloadTooLarge;
    case 415:
      return ErrorCode.UnsupportedMediaType;
    case 429:
      return ErrorCode.TooManyRequests;
    case 503:
      return ErrorCode.DependencyUnavailable;
    default:
      return status >= 500 ? ErrorCode.InternalError : ErrorCode.ValidationFailed;
  }
}

/** The one error body of the API (and the department simulator). */
export class ErrorBodyDto {
  @ApiProperty({ type: 'integer', minimum: 400, maximum: 599, example: 400, description: 'The HTTP status, repeated' })
  statusCode: number;

  @ApiProperty({ enum: ErrorCode, enumName: 'ErrorCode', example: ErrorCode.ValidationFailed })
  code: ErrorCode;

  @ApiProperty({ example: 'category must be one of: quality, service, logistics, billing, other' })
  message: string;

  @ApiPropertyOptional({ description: 'The request field at fault, when it is one field (a body path such as `items.0.sku`, a query parameter or a header)', example: 'category' })
  field?: string;

  @ApiPropertyOptional({ type: [String], description: 'The fields at fault, when there are several', example: ['category', 'description'] })
  fields?: string[];

  @ApiProperty({ description: 'The request id (also the `X-Request-Id` response header); it finds the request in the logs', example: '5f0c6a52-1d1e-4d6b-9a55-1f0b2b0f3c11' })
  requestId: string;
}

export type ErrorBody = ErrorBodyDto;
