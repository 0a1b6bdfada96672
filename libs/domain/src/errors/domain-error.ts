// Errors the domain and services raise. They carry a code, never an HTTP status: the same error
// is mapped to a status by the API's filter and to a (non-)retryable failure inside activities.
export enum DomainErrorCode {
  /** The caller could not be authenticated (e.g. a department callback with a bad signature). */
  Unauthenticated = 'UNAUTHENTICATED',
  Validation = 'VALIDATION_FAILED',
  NotFound = 'NOT_FOUND',
  Forbidden = 'FORBIDDEN',
  Conflict = 'CONFLICT',
  InvalidTransition = 'INVALID_TRANSITION',
  Unavailable = 'DEPENDENCY_UNAVAILABLE',
}

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    /** The request field the error is about, when there is one. */
    readonly field?: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
