// Patch ids of the return workflow, one named constant per change, oldest first.
//
// Returns run for weeks, and histories recorded from earlier versions sit in test/replay/histories
// (return-*, damage-claim-*). From now on, a change to what a running return does (another activity,
// child or timer, another order of them, another text or value written from a step already taken)
// goes behind `patched(ID)`:
//   if (patched(SOME_CHANGE)) { new behaviour } else { old behaviour }
// - An id is `return-<yyyy-mm-dd>-<what changes>`; it is never renamed, reused or removed while a
//   return started before it can still be running (then `deprecatePatch(ID)` first, a release later
//   the old branch and the constant go).
// - Each id is named here with the rule it serves and what the old branch did; the branch cites the
//   constant, never the string.
// - Record new histories after the change (RECORD_HISTORIES=1, see test/replay) beside the old ones.
// A pure refactor needs no patch: it must keep every recorded history replaying.

/**
 * the refund-overdue note and the manager's message name the policy's refund deadline
 * (`refundDueSeconds`) instead of a fixed "7 days". Old branch: the text "7 days" whatever the policy.
 */
export const REFUND_OVERDUE_TEXT_FROM_POLICY = 'return-2026-11-30-refund-overdue-text-from-policy';

/**
 * Staff actions follow the shared update rule (workflows/shared/case-actions.ts): an update answers once
 * the state version its change produced is published. Old branch: it answered only when the published
 * version equalled the case's current one, so a change the main loop made meanwhile kept it waiting for
 * the next publish (the update then completed in a later workflow task than under the rule).
 */
export const UPDATES_FOLLOW_THE_SHARED_RULE = 'return-2026-11-30-updates-follow-the-shared-rule';

/**
 * Customer texts come from the message templates (Chinese by default, no rule ids): the SMS is sent by
 * `sendCustomerMessage`, which renders the stored template. Old branch: `notify` with English texts
 * written here, some ending with "(R-6)".
 */
export const CUSTOMER_TEXTS_FROM_TEMPLATES = 'return-2026-11-30-customer-texts-from-templates';

/**
 * L-4: before a replacement ships, stock, the address and contact, and the payment are checked
 * (`checkShipmentReadiness`); a failed check is recorded and staff told, and shipping waits. The parcel
 * records the courier company the courier names. Old branch: the courier was asked at once and the
 * parcel's courier was the literal "courier".
 */
export const SHIPMENT_CHECKED_BEFORE_SHIPPING = 'return-2026-11-30-shipment-checked-before-shipping';

/**
 * L-1: every tracking query's result is noted on the parcel (`lastQuery`: when, result, courier agent)
 * and a new state is told to the customer. Old branch: new events in the timeline only.
 */
export const TRACKING_RESULT_TOLD = 'return-2026-11-30-tracking-result-told';

/**
 * An exchange whose replacement was delivered starts the customer's follow-up plan (through the
 * `emitFollowUpEvent` activity) after the final publish. Old branch: the exchange ended without one.
 */
export const REPLACEMENT_DELIVERED_STARTS_FOLLOW_UP = 'return-2026-11-30-replacement-delivered-starts-follow-up';

/**
 * L-2: a damage or loss claim waits for its waybill copy, the sender's ID copy and (for damage) photos,
 * asks the handler for them with a deadline and goes to the courier only complete, with the documents
 * and the return parcel's real destination region; past the deadline it is escalated unsent.
 * Old branch: the claim went to the courier at once, without documents and with `"warehouse"` as the region.
 */
export const CLAIM_WAITS_FOR_DOCUMENTS = 'return-2026-11-30-claim-waits-for-documents';

/**
 * a refund above the policy's `refundConfirmationAboveFen` waits for a finance person's
 * confirmation before finance is asked to pay. Old branch: every refund went straight to finance.
 */
export const FINANCE_CONFIRMS_LARGE_REFUNDS = 'return-2026-11-30-finance-confirms-large-refunds';

/**
 * L-1: a tracking query's result (`lastQuery`) is published to the read model at once, so that the case
 * and the list views show it without waiting for the next change of the case. Old branch: `lastQuery`
 * changed without a new state version, and so reached the read model with the case's next change.
 */
export const TRACKING_RESULT_PUBLISHED_AT_ONCE = 'return-2026-11-30-tracking-result-published-at-once';
