/** Why a callback is refused; mapped to an HTTP status by the controller's filter. */
export enum CallbackErrorCode {
  Unauthenticated = 'UNAUTHENTICATED',
  Invalid = 'VALIDATION_FAILED',
  Conflict = 'CONFLICT',
  Unavailable = 'DEPENDENCY_UNAVAILABLE',
}

export class DepartmentCallbackError extends Error {
  constructor(
    readonly code: CallbackErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'DepartmentCallbackError';
  }
}
