/**
 * Staff roles: the after-sales back office (agents up to the general manager's office, and admins),
 * plus the warehouse (receives and inspects returned goods, R-4, R-5) and finance (confirms payments
 * and retries failed refunds, R-4, R-6), who take part in returns only.
 */
export const STAFF_ROLES = ['agent', 'warehouse', 'finance', 'supervisor', 'manager', 'gm_office', 'admin'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

// absence is temporary delegation, departure is permanent reassignment.
/** Staff codes as shown to operators and stored as `AssignedAgent`, e.g. `AG-001`, `VIP-002`. */
export const STAFF_CODE = /^[A-Z]{2,4}-\d{3,6}$/;

export const STAFF_STATUSES = ['active', 'absent', 'departed'] as const;
export type StaffStatus = (typeof STAFF_STATUSES)[number];
