import { DefaultFailureConverter } from '@temporalio/common';

/**
 * Failure messages and stack traces travel as a payload (`encodedAttributes`), so the payload codec
 * encrypts them like any input or result: a department's error text naming a customer is not readable
 * in the history. Loaded by path (the SDK's contract) in the worker, the workflow bundle and clients.
 */
export const failureConverter = new DefaultFailureConverter({ encodeCommonAttributes: true });
