/**
 * The platform's business day: case numbers, report periods, follow-up worklists and sampling windows
 * count whole days here. Customer- and policy-level time zones (quiet hours, SLA calendars, warehouse
 * batches) are data and default to it.
 */
export const BUSINESS_TIME_ZONE = 'Asia/Shanghai';
