import { Client } from '@temporalio/client';
import { defaultPayloadConverter, Payload } from '@temporalio/common';
import { temporal } from '@temporalio/proto';
import { createPayloadCodec } from '@libs/temporal/codec/data-converter';
import { workflowIdFor } from '@libs/temporal/conventions';
import { CaseStatus, CaseType } from '@libs/temporal/search-attributes';
import { ComplaintInput, complaintStateQuery } from '@workflows/complaint/complaint.contract';
import { complaintInputFor, givenAgent, givenCustomer } from '../support/builders';
import { eventually } from '../support/eventually';
import { startTestStack, TestStack } from '../support/test-stack';

// Workflow tier: what the Temporal server stores for a complaint carries no personal data in clear.
describe('payload encryption of workflow history', () => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(() => stack?.stop());

  it('stores the complaint encrypted under the active key while codec clients read it in clear', async () => {
    const agent = await givenAgent(stack.db);
    const customer = await givenCustomer(stack.db);
    const phone = customer.phone!; // always set by the builder
    const input = complaintInputFor(customer, { description: `${customer.name} (phone ${phone}) reports that the heater stopped working` });
    const { caseNo } = input;
    const handle = await stack.temporal.workflow.start('complaintWorkflow', {
      taskQueue: stack.config.TEMPORAL_TASK_QUEUE,
      workflowId: workflowIdFor.complaint(caseNo),
      args: [input],
      typedSearchAttributes: [{ key: CaseType, value: 'complaint' }],
      staticSummary: `Complaint ${caseNo} from ${customer.name}`,
    });

    // Read through the codec-enabled client: the workflow works on clear data.
    const state = await eventually(() => handle.query(complaintStateQuery), (s) => s.status === 'assigned');
    expect(state).toMatchObject({ caseNo, status: 'assigned', customerNo: customer.customerNo, assignedAgent: agent.code });
    // The status search attribute (in clear on purpose, checked below) follows the state in a later workflow task.
    await eventually(() => handle.describe(), (d) => d.typedSearchAttributes.get(CaseStatus) === 'assigned');

    // The same history through a client without the codec: the bytes the server stores.
    const plainClient = new Client({ connection: stack.temporal.connection, namespace: stack.config.TEMPORAL_NAMESPACE });
    const history = await plainClient.workflow.getHandle(handle.workflowId).fetchHistory();
    const rawBytes = Buffer.from(temporal.api.history.v1.History.encode(history).finish());
    // As the UI and `temporal workflow show --output json` present it (bytes in base64).
    const rawJson = JSON.stringify(temporal.api.history.v1.History.decode(rawBytes).toJSON());
    for (const personal of [phone, customer.name]) {
      expect(rawBytes.includes(Buffer.from(personal))).toBe(false);
      expect(rawJson).not.toContain(personal);
    }
    // The search is meaningful: values that are not encrypted on purpose are found in the same bytes.
    expect(rawBytes.includes(Buffer.from(stack.config.TEMPORAL_TASK_QUEUE))).toBe(true);
    expect(rawBytes.includes(Buffer.from('"assigned"'))).toBe(true);

    // Every payload of the workflow input carries the encoding and the active key id.
    const started = history.events![0].workflowExecutionStartedEventAttributes!;
    const inputPayloads = started.input!.payloads! as Payload[];
    expect(inputPayloads).toHaveLength(1);
    const metadata = inputPayloads[0].metadata!;
    expect(Buffer.from(metadata.encoding!).toString()).toBe('binary/encrypted');
    expect(Buffer.from(metadata['encryption-key-id']!).toString()).toBe(stack.config.PAYLOAD_ENCRYPTION_ACTIVE_KEY);

    // Only the configured keys turn it back into the input.
    const [decoded] = await createPayloadCodec(stack.config).decode(inputPayloads);
    expect(defaultPayloadConverter.fromPayload<ComplaintInput>(decoded).description).toContain(phone);

    // A client without the codec cannot read the state.
    await expect(plainClient.workflow.getHandle(handle.workflowId).query(complaintStateQuery)).rejects.toThrow(/encoding/i);
  });
});
