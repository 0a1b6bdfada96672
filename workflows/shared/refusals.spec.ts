import { ApplicationFailure } from '@temporalio/common';
import { invalid, REFUSAL, refuse, refusedField, required, transition } from './refusals';

function refusal(fn: () => void): ApplicationFailure {
  try {
    fn();
  } catch (error) {
    return error as ApplicationFailure;
  }
  throw new Error('expected a refusal');
}

describe('refusals', () => {
  // The API maps these strings to HTTP statuses: changing one changes what clients see.
  it('keeps the type strings the API maps (404, 409, 400)', () => {
    expect(REFUSAL).toEqual({ notFound: 'NotFound', transition: 'InvalidTransition', invalid: 'InvalidRequest' });
  });

  it.each([
    ['refuse notFound', () => refuse('notFound', 'plan P has no call C', 'callId'), 'NotFound', 'plan P has no call C', 'callId'],
    ['transition', () => transition('cannot resolve a complaint that is assigned'), 'InvalidTransition', 'cannot resolve a complaint that is assigned', undefined],
    ['invalid with a field', () => invalid('score must be 1 to 5', 'score'), 'InvalidRequest', 'score must be 1 to 5', 'score'],
    ['invalid without a field', () => invalid('amountFen or description is required'), 'InvalidRequest', 'amountFen or description is required', undefined],
    ['required blank', () => required('  ', 'reason'), 'InvalidRequest', 'reason is required', 'reason'],
    ['required missing', () => required(undefined, 'summary'), 'InvalidRequest', 'summary is required', 'summary'],
  ])('%s is a non-retryable %s refusal', (_name, fn, type, message, field) => {
    const failure = refusal(fn);
    expect(failure).toBeInstanceOf(ApplicationFailure);
    expect({ type: failure.type, message: failure.message, nonRetryable: failure.nonRetryable, field: refusedField(failure) }).toEqual({ type, message, nonRetryable: true, field });
  });

  it('required accepts text', () => {
    expect(() => required('a reason', 'reason')).not.toThrow();
  });
});
