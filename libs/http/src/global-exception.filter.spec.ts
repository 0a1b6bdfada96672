import { BadRequestException, ConflictException, NotFoundException } from '@nestjs/common';
import { DomainError, DomainErrorCode } from '@libs/domain/errors/domain-error';
import { fieldsOf, toBody } from './global-exception.filter';
import { validationFailed } from './validation';

describe('the one error body', () => {
  it.each([
    ['a domain error with its field', new DomainError(DomainErrorCode.Validation, 'customerNo is unknown', 'customerNo'), { statusCode: 400, code: 'VALIDATION_FAILED', field: 'customerNo' }],
    ['an invalid transition', new DomainError(DomainErrorCode.InvalidTransition, 'cannot resolve a complaint that is assigned'), { statusCode: 409, code: 'INVALID_TRANSITION' }],
    ['one refused field', validationFailed([{ field: 'category', message: 'category must be one of: quality' }]), { statusCode: 400, code: 'VALIDATION_FAILED', field: 'category' }],
    ['several refused fields', validationFailed([{ field: 'a', message: 'a must be text' }, { field: 'b', message: 'b must be text' }]), { statusCode: 400, fields: ['a', 'b'] }],
    ['malformed JSON (as Nest wraps it)', new BadRequestException('Unexpected end of JSON input'), { statusCode: 400, code: 'MALFORMED_JSON', message: 'request body is not valid JSON' }],
    ['an unknown route', new NotFoundException('Cannot GET /nowhere'), { statusCode: 404, code: 'NOT_FOUND', message: 'no route GET /nowhere' }],
    ['a code outside the enum', new ConflictException({ code: 'SOMETHING_ELSE', message: 'x' }), { statusCode: 409, code: 'CONFLICT' }],
    ['a body over the limit', Object.assign(new Error('too large'), { status: 413, type: 'entity.too.large' }), { statusCode: 413, code: 'PAYLOAD_TOO_LARGE' }],
    ['anything else', new Error('secret internals'), { statusCode: 500, code: 'INTERNAL_ERROR', message: 'internal error; the request id identifies it in the logs' }],
  ])('%s', (_case, exception, expected) => {
    const body = toBody(exception);
    expect(body).toMatchObject(expected);
    expect('field' in body && 'fields' in body).toBe(false);
  });

  it('takes the field from the start of a validation message when none is named', () => {
    expect(fieldsOf(400, 'items.0.sku must be text', [])).toEqual({ field: 'items.0.sku' });
    expect(fieldsOf(400, 'the request is odd', [])).toEqual({});
    expect(fieldsOf(409, 'status must be open', [])).toEqual({});
  });
});
