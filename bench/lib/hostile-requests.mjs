// Malformed and hostile requests for the drill: wrong types, huge bodies, unknown fields, bad JSON,
// SQL-ish and path-traversal strings, forged credentials, and actions the state does not allow.
// None of them may cause a 5xx or write anything.
const SQLISH = ["' OR '1'='1", "'; DROP TABLE case_records; --", '1) UNION SELECT password_hash FROM staff_members --', '$$; SELECT pg_sleep(10); $$', "\\'; COMMIT; DELETE FROM customers; --"];
const WRONG = [123, true, null, [], {}, ['x'], { $ne: null }, -1, 1e308, '𝔘𝔫𝔦𝔠𝔬𝔡𝔢-not-a-code'];
// What no store can hold (issue 15): NUL, lone surrogates, impossible dates, numbers beyond every column.
const UNSTORABLE_TEXT = ['EB-200\\u0000', '\\u0000', 'x\\ud800', '\\udc00y', 'SO-1\\u0000--'];
const BAD_DATES = ['0000-01-01T00:00:00Z', '2026-02-30T10:00:00Z', '+275760-09-13T00:00:00Z', '2026-13-01T00:00:00Z', '2026-11-24T25:00:00Z'];
const HUGE = ['1e300', '-1e300', '9'.repeat(40), '1e40', String(2 ** 53 + 2)];
// Raw JSON text: JSON.stringify would not keep a lone surrogate as the client sends it.
const raw = (fields) => `{${Object.entries(fields).map(([k, v]) => `"${k}":${v}`).join(',')}}`;

export function hostileRequests({ caseNo, customerNo, total }) {
  const valid = { customerNo, channel: 'phone', category: 'service', severity: 'normal', description: 'ok' };
  const json = (body) => JSON.stringify(body);
  const validRaw = { customerNo: `"${customerNo}"`, channel: '"phone"', category: '"service"', severity: '"normal"', description: '"ok"' };
  const policy = { category: null, severity: null, customerTier: null, calendar: '24x7', timeZone: 'Asia/Shanghai', firstContactSeconds: 3600, resolutionSeconds: 86400, supervisorReportSeconds: 43200, escalationStepsSeconds: [7200] };
  const templates = [
    // Strings PostgreSQL or JSON cannot hold, in bodies, query strings and paths.
    (i) => ({ method: 'POST', path: '/complaints', body: raw({ ...validRaw, productRef: `"${UNSTORABLE_TEXT[i % UNSTORABLE_TEXT.length]}"` }) }),
    (i) => ({ method: 'POST', path: '/complaints', body: raw({ ...validRaw, description: `"${UNSTORABLE_TEXT[i % UNSTORABLE_TEXT.length]}"` }) }),
    (i) => ({ method: 'POST', path: '/follow-ups', body: raw({ customerNo: `"${customerNo}"`, trigger: '"delivery"', reference: `"${UNSTORABLE_TEXT[i % UNSTORABLE_TEXT.length]}"` }) }),
    (i) => ({ method: 'GET', path: `/complaints?status=${['%00', '%ED%A0%80', 'open%00'][i % 3]}` }),
    (i) => ({ method: 'GET', path: `/customers?name=${['%00', '%ED%B0%80', 'a%00b'][i % 3]}` }),
    (i) => ({ method: 'GET', path: `/complaints/${caseNo}${['%00', '%ED%A0%80'][i % 2]}` }),
    // Impossible dates and numbers beyond every column.
    (i) => ({ method: 'POST', path: '/follow-ups', body: json({ customerNo, trigger: 'delivery', occurredAt: BAD_DATES[i % BAD_DATES.length] }) }),
    (i) => ({ method: 'GET', path: `/returns?from=${encodeURIComponent(BAD_DATES[i % BAD_DATES.length].slice(0, 10))}` }),
    (i) => ({ method: 'GET', path: `/complaints?offset=${HUGE[i % HUGE.length]}` }),
    (i) => ({ method: 'GET', path: `/customers?limit=${HUGE[i % HUGE.length]}` }),
    (i) => ({ method: 'POST', path: '/follow-ups', body: `{"customerNo":"${customerNo}","trigger":"repair","repairAmountFen":${HUGE[i % HUGE.length]}}` }),
    (i) => ({ method: 'POST', path: '/returns', body: `{"type":"refund_only","source":"own_shop","customerNo":"${customerNo}","orderRef":"SO-1","items":[{"sku":"A","quantity":${HUGE[i % HUGE.length]}}],"amountFen":100,"reason":"other","description":"x","goodsState":"not_shipped"}` }),
    // null where a policy takes a number.
    (i) => ({ method: 'PUT', path: '/sla-policies/default', body: json({ ...policy, [['firstContactSeconds', 'resolutionSeconds', 'supervisorReportSeconds'][i % 3]]: null }) }),
    (i) => ({ method: 'PUT', path: '/sla-policies/default', body: json({ ...policy, firstContactSeconds: [1e300, -1, 2 ** 31, 1.5][i % 4] }) }),
    // Deeply nested JSON, on an authenticated body endpoint and on the unauthenticated sign-in.
    (i) => ({ method: 'POST', path: '/complaints', body: `{"description":${'['.repeat(1000 + (i % 5) * 20_000)}${']'.repeat(1000 + (i % 5) * 20_000)}}` }),
    (i) => ({ method: 'POST', path: '/auth/login', auth: false, body: `{"username":${'['.repeat(100 + (i % 3) * 3000)}` }),

    // Wrong types in each field of a complaint.
    // (Coded fields take every wrong value; free text only the non-strings.)
    (i) => ({ method: 'POST', path: '/complaints', body: json({ ...valid, [Object.keys(valid)[i % 4]]: WRONG[i % WRONG.length] }) }),
    (i) => ({ method: 'POST', path: '/complaints', body: json({ ...valid, description: WRONG[i % (WRONG.length - 1)] }) }),
    // Unknown and privileged-sounding fields.
    (i) => ({ method: 'POST', path: '/complaints', body: json({ ...valid, [['isAdmin', 'assignedAgent', 'status', 'caseNo', 'constructor'][i % 5]]: 'x' }) }),
    () => ({ method: 'POST', path: '/complaints', body: '{"__proto__": {"role": "admin"}, "customerNo": "x"}' }),
    // Bad JSON and wrong content.
    (i) => ({ method: 'POST', path: '/complaints', body: ['{"customerNo": ', '{customerNo: 1}', 'null', '[]', '"text"', '{"a":1}}'][i % 6] }),
    () => ({ method: 'POST', path: '/complaints', body: 'customerNo=CU-1&channel=phone', contentType: 'application/x-www-form-urlencoded' }),
    () => ({ method: 'POST', path: '/complaints', body: '<complaint/>', contentType: 'application/xml' }),
    // Huge bodies.
    (i) => ({ method: 'POST', path: '/complaints', body: json({ ...valid, description: 'x'.repeat(i % 2 ? 2_000_000 : 20_000) }) }),
    () => ({ method: 'POST', path: '/returns', body: json({ items: Array.from({ length: 50_000 }, () => ({ sku: 'A', quantity: 1 })) }) }),
    // SQL-ish strings where numbers, codes and enums go.
    (i) => ({ method: 'POST', path: '/complaints', body: json({ ...valid, customerNo: SQLISH[i % SQLISH.length] }) }),
    (i) => ({ method: 'GET', path: `/complaints?status=${encodeURIComponent(SQLISH[i % SQLISH.length])}` }),
    (i) => ({ method: 'GET', path: `/complaints?limit=${encodeURIComponent(['-1', '1e9', "1; DROP TABLE x", 'NaN', '0x10'][i % 5])}` }),
    (i) => ({ method: 'GET', path: `/complaints/${encodeURIComponent(SQLISH[i % SQLISH.length])}` }),
    (i) => ({ method: 'GET', path: `/returns?customerNo=${encodeURIComponent(SQLISH[i % SQLISH.length])}&from=yesterday` }),
    (i) => ({ method: 'GET', path: ['/complaints/..%2F..%2Fetc%2Fpasswd', '/complaints/%00', '/returns/RT-20261124-0001%27--', '/damage-claims?kind=%27'][i % 4] }),
    // Actions the state does not allow, and on cases that do not exist.
    () => ({ method: 'POST', path: `/complaints/${caseNo}/satisfaction`, body: json({ reached: true, score: 5 }) }),
    () => ({ method: 'POST', path: `/complaints/${caseNo}/resume`, body: '{}' }),
    () => ({ method: 'POST', path: `/complaints/${caseNo}/confirm-forward`, body: '{}' }),
    (i) => ({ method: 'POST', path: `/complaints/${caseNo}/resolve`, body: json({ remedy: ['refund', 'replace', 'bribe'][i % 3], summary: 'x' }) }),
    (i) => ({ method: 'POST', path: `/complaints/${caseNo}/reassign`, body: json({ agent: ['AG-999', SQLISH[i % SQLISH.length], 'ADM-001'][i % 3] }) }),
    () => ({ method: 'POST', path: '/complaints/CP-20991231-0001/contact', body: json({ summary: 'nobody' }) }),
    () => ({ method: 'POST', path: '/returns/RT-20991231-0001/approve', body: '{}' }),
    // Returns and policies with wrong values.
    (i) => ({ method: 'POST', path: '/returns', body: json({ type: 'refund_only', source: 'own_shop', customerNo, orderRef: 'SO-1', items: [{ sku: 'A', quantity: 1 }], amountFen: WRONG[i % WRONG.length], reason: 'other', description: 'x' }) }),
    (i) => ({ method: 'POST', path: '/returns', body: json({ type: 'exchange', source: 'own_shop', customerNo, orderRef: 'SO-1', items: [{ sku: 'A', quantity: 1 }], amountFen: 100, reason: 'no_reason_7_days', goodsReceivedAt: ['2020-01-01T00:00:00Z', 'not a date', '2999-01-01T00:00:00Z'][i % 3], description: 'x' }) }),
    (i) => ({ method: 'PUT', path: '/sla-policies/default', body: json({ firstContactSeconds: WRONG[i % WRONG.length] }) }),
    (i) => ({ method: 'PUT', path: '/return-policies/default', body: json({ terms: { sellerSilentSeconds: WRONG[i % WRONG.length] } }) }),
    // No or forged credentials.
    () => ({ method: 'POST', path: '/complaints', body: json(valid), auth: false }),
    (i) => ({ method: 'POST', path: '/complaints', body: json(valid), token: ['eyJhbGciOiJub25lIn0.eyJzdWIiOiJhZG1pbiJ9.', 'ak_live_forged', 'x'.repeat(5000)][i % 3] }),
  ];
  return Array.from({ length: total }, (_, i) => templates[i % templates.length](Math.floor(i / templates.length)));
}
