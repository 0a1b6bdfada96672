import { ApplicationFailure } from '@temporalio/common';
import { DataSource } from 'typeorm';
import { addDays, CareCustomer, CareMessage, careMessagesOn, CareProduct } from '@libs/domain/follow-ups/care-messages';
import { nextContactAt } from '@libs/domain/follow-ups/contact-time';
import { UNKNOWN_FOLLOW_UP_POLICY } from './follow-up-plan.activities';
import { isoDay } from './follow-up-sampling.activities';
import { loadFollowUpPolicy } from '@libs/follow-ups/policies/load-follow-up-policy';
import { chooseTemplate, renderTemplate } from '@libs/domain/messages/message-templates';
import { loadTemplates } from '@libs/follow-ups/message-templates/template-store';

export function createCustomerCareActivities(dataSource: DataSource) {
  return {
    /**
     * F-6, F-7: the care messages due on a local date (today unless given): birthday and holiday
     * greetings, maintenance, inspection and insurance reminders, each with its dedupe key. One page of
     * customers (by number) at a time, with their products, so that no result grows with the customer base.
     * F-5: each message says when it may go out — `at` or the next slot of the policy's call hours on
     * the customer's own clock.
     */
    async collectCareMessages(request: { date?: string; at: number; policyCode: string; offset: number; limit: number }): Promise<{ date: string; messages: Array<CareMessage & { sendAt: number }>; nextOffset: number | null }> {
      const policy = await loadFollowUpPolicy(dataSource, request.policyCode);
      if (!policy) throw ApplicationFailure.nonRetryable(`no active follow-up policy ${request.policyCode}`, UNKNOWN_FOLLOW_UP_POLICY);
      const date = request.date ?? isoDay(request.at);
      const care = policy.terms.care;
      const customers: Array<CareCustomer & { timeZone: string | null }> = await dataSource.query(
        `SELECT customer_no AS "customerNo", name, to_char(birthday, 'YYYY-MM-DD') AS birthday, time_zone AS "timeZone" FROM customers ORDER BY customer_no LIMIT $1 OFFSET $2`,
        [request.limit, request.offset],
      );
      const horizon = addDays(date, care.reminderDaysBefore);
      const products: CareProduct[] = await dataSource.query(
        `SELECT p.id AS "productId", c.customer_no AS "customerNo", c.name, p.model, p.plate,
                to_char(p.next_maintenance_date, 'YYYY-MM-DD') AS "nextMaintenanceDate",
                to_char(p.inspection_due_date, 'YYYY-MM-DD') AS "inspectionDueDate",
                to_char(p.insurance_renewal_date, 'YYYY-MM-DD') AS "insuranceRenewalDate"
           FROM customer_products p JOIN customers c ON c.id = p.customer_id
          WHERE c.customer_no = ANY($3::text[])
            AND (p.next_maintenance_date BETWEEN $1 AND $2 OR p.inspection_due_date BETWEEN $1 AND $2 OR p.insurance_renewal_date BETWEEN $1 AND $2)
          ORDER BY p.id`,
        [date, horizon, customers.map((c) => c.customerNo)],
      );
      const nextOffset = customers.length === request.limit ? request.offset + request.limit : null;
      // The texts come from the stored templates (Chinese), so that staff can word them without a release;
      // each is sent at the next allowed hour on the customer's own clock (F-5).
      const templates = await loadTemplates(dataSource, { channel: 'sms' });
      const zones = new Map(customers.map((c) => [c.customerNo, c.timeZone]));
      const messages = careMessagesOn(date, customers, products, care).map((m) => {
        const template = chooseTemplate(templates.filter((t) => t.key === m.template));
        const rendered = template ? { ...m, ...renderTemplate(template, m.variables) } : m;
        return { ...rendered, sendAt: nextContactAt(request.at, zones.get(m.customerNo), policy.terms.callHours) };
      });
      return { date, messages, nextOffset };
    },
  };
}
