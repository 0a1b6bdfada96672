import { checkResponse } from './response-contract';

// The check that every e2e answer is documented must itself refuse what the document does not say.
describe('response contract check', () => {
  const created = JSON.stringify({ caseNo: 'CP-20261124-0001', workflowId: 'complaint-CP-20261124-0001', created: true });
  const json = 'application/json; charset=utf-8';

  it('passes a documented answer', () => {
    expect(checkResponse('POST', '/complaints', 201, json, created)).toBeUndefined();
    expect(checkResponse('GET', '/health', 200, json, '{"status":"ok"}')).toBeUndefined();
  });

  it.each([
    ['an undocumented status', 'POST', '/complaints', 418, created, /status 418 is not documented/],
    ['an undocumented field', 'POST', '/complaints', 201, JSON.stringify({ ...JSON.parse(created), extra: 1 }), /extra is not documented/],
    ['a wrong type', 'POST', '/complaints', 201, JSON.stringify({ ...JSON.parse(created), created: 'yes' }), /\/created must be boolean/],
    ['a missing required field', 'GET', '/health', 200, '{}', /must have required property 'status'/],
    ['an error without the error body', 'GET', '/complaints/{caseNo}'.replace('{caseNo}', 'CP-20261124-0001'), 404, '{"message":"nope"}', /requestId/],
    ['an undocumented path', 'GET', '/nowhere/else', 200, '{}', /no documented path/],
  ])('refuses %s', (_case, method, path, status, body, problem) => {
    expect(checkResponse(method, path, status, json, body)).toMatch(problem);
  });

  it('checks the answer of an unknown route against the error body', () => {
    expect(checkResponse('GET', '/nowhere/else', 404, json, JSON.stringify({ statusCode: 404, code: 'NOT_FOUND', message: 'no route GET /nowhere/else', requestId: 'r1' }))).toBeUndefined();
  });
});
