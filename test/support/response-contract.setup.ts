import { recordCheckedCount, takeViolations } from './response-contract';

// Runs around every test: an answer the API document does not describe fails the test that caused it.
afterEach(() => {
  const found = takeViolations();
  if (found.length) {
    throw new Error(`The API answered outside its OpenAPI document:\n${found.map((v) => `  ${v.request} → ${v.status}: ${v.problem}`).join('\n')}`);
  }
});

afterAll(() => recordCheckedCount(expect.getState().testPath ?? 'suite'));
