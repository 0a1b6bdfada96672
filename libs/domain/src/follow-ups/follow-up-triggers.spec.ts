import { FILE_EVENT_KINDS } from '../customers/customer-file';
import { DEFAULT_FOLLOW_UP_POLICY_TERMS } from './follow-up-policy';
import { FOLLOW_UP_EVENT_KINDS, FollowUpEvent, followUpEventKey, followUpTriggerWorkflowId, triggeredPlan, triggerOfEvent } from './follow-up-triggers';
import { TRIGGER_TIER } from './follow-up-types';

const DAY = 86_400;
const at = Date.parse('2026-11-30T02:00:00Z');
const event = (over: Partial<FollowUpEvent> = {}): FollowUpEvent => ({ kind: 'delivery', id: 'e7c1a8f0-0000-4000-8000-000000000001', customerId: 'c0ffee00-0000-4000-8000-000000000002', occurredAt: at, ...over });
const offsets = (kind: FollowUpEvent['kind']) => DEFAULT_FOLLOW_UP_POLICY_TERMS.plans[triggerOfEvent(kind)!].map((s) => s.dueAfterSeconds / DAY);

describe('follow-up triggers: which event starts which plan', () => {
  it('A-6: a new customer file starts the new-customer plan, a call within 3 days', () => {
    expect(triggerOfEvent('customer_created')).toBe('new_customer');
    expect(DEFAULT_FOLLOW_UP_POLICY_TERMS.plans.new_customer).toEqual([expect.objectContaining({ dueAfterSeconds: 0, windowSeconds: 3 * DAY })]);
  });

  it('F-1/F-2: a sale or a delivery starts 7DC, the second call, one month and one year', () => {
    expect(triggerOfEvent('sale')).toBe('delivery');
    expect(triggerOfEvent('delivery')).toBe('delivery');
    expect(offsets('sale')).toEqual([7, 7, 30, 365]);
  });

  it('F-1: a repair or a service visit starts 3DC (days 3 to 5)', () => {
    expect(triggerOfEvent('repair')).toBe('repair');
    expect(triggerOfEvent('visit')).toBe('repair');
    expect(DEFAULT_FOLLOW_UP_POLICY_TERMS.plans.repair[0]).toMatchObject({ key: '3dc', dueAfterSeconds: 3 * DAY, windowSeconds: 2 * DAY });
  });

  it('F-1: a shipment is called on day 3, a dealer shipment on days 3, 7 and 21', () => {
    expect(offsets('shipment')).toEqual([3]);
    expect(offsets('dealer_shipment')).toEqual([3, 7, 21]);
  });

  it('an exchange\'s delivered replacement and a complaint closed after a department acted (F-10) start first-level plans', () => {
    expect(triggerOfEvent('replacement_delivered')).toBe('exchange_replacement');
    expect(triggerOfEvent('complaint_closed_after_department')).toBe('complaint_call_back');
    expect(TRIGGER_TIER.exchange_replacement).toBe(1);
    expect(TRIGGER_TIER.complaint_call_back).toBe(1);
    expect(offsets('replacement_delivered')).toEqual([3]);
    expect(offsets('complaint_closed_after_department')).toEqual([1]);
  });

  it('K-8: a deal\'s hand-over starts no plan', () => {
    expect(triggerOfEvent('deal')).toBeNull();
    expect(triggeredPlan(event({ kind: 'deal' }))).toBeNull();
  });

  it('every A-2 file event kind is an event kind with a decision', () => {
    for (const kind of FILE_EVENT_KINDS) expect(FOLLOW_UP_EVENT_KINDS).toContain(kind);
  });

  it('the plan records its trigger: the event kind and id, counted from the event\'s time', () => {
    expect(triggeredPlan(event({ kind: 'visit', reference: ' RO-88 ' }))).toEqual({ trigger: 'repair', occurredAt: at, reference: 'RO-88', source: { event: 'visit', id: event().id } });
    expect(triggeredPlan(event({ kind: 'complaint_closed_after_department', id: 'CP-20261130-0001' }))).toMatchObject({ reference: 'CP-20261130-0001', source: { event: 'complaint_closed_after_department', id: 'CP-20261130-0001' } });
  });
});

describe('follow-up triggers: one plan per event', () => {
  it('the same event gives the same key and workflow id; another event another', () => {
    expect(followUpEventKey(event())).toBe(followUpEventKey(event()));
    expect(followUpTriggerWorkflowId(event())).toBe(`follow-up-trigger-delivery:${event().id}`);
    expect(followUpEventKey(event({ id: 'another' }))).not.toBe(followUpEventKey(event()));
    expect(followUpEventKey(event({ kind: 'repair' }))).not.toBe(followUpEventKey(event()));
  });

  it('an order recorded twice, or its sale and then its delivery, is one event: the trigger, customer and reference', () => {
    const sale = followUpEventKey(event({ kind: 'sale', id: 'a', reference: 'SO-1' }));
    expect(followUpEventKey(event({ kind: 'delivery', id: 'b', reference: 'SO-1' }))).toBe(sale);
    expect(followUpEventKey(event({ kind: 'delivery', id: 'b', reference: 'SO-2' }))).not.toBe(sale);
    expect(followUpEventKey(event({ kind: 'repair', id: 'a', reference: 'SO-1' }))).not.toBe(sale);
    expect(followUpEventKey(event({ kind: 'sale', id: 'a', reference: 'SO-1', customerId: 'other' }))).not.toBe(sale);
  });

  it('keeps the key to characters a workflow id takes, without merging different references', () => {
    const key = followUpEventKey(event({ reference: '单号 7/8' }));
    expect(key).toMatch(/^[A-Za-z0-9._:;-]+$/);
    expect(key).not.toBe(followUpEventKey(event({ reference: '单号 7_8' })));
  });
});
