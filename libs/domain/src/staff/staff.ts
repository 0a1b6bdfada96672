export const STAFF_ROLES = ['agent', 'supervisor', 'manager', 'gm_office', 'admin'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

// absence is temporary delegation, departure is permanent reassignment.
export const STAFF_STATUSES = ['active', 'absent', 'departed'] as const;
export type StaffStatus = (typeof STAFF_STATUSES)[number];
