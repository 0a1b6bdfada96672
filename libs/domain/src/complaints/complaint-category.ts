// C-1 intake channels and C-2 categories, as stored and as sent over the API.
export const COMPLAINT_CHANNELS = ['phone', 'email', 'chat', 'shop', 'in_person'] as const;
export type ComplaintChannel = (typeof COMPLAINT_CHANNELS)[number];

export const COMPLAINT_CATEGORIES = ['quality', 'service', 'logistics', 'billing', 'other'] as const;
export type ComplaintCategory = (typeof COMPLAINT_CATEGORIES)[number];

export const COMPLAINT_SEVERITIES = ['low', 'normal', 'high', 'critical'] as const;
export type ComplaintSeverity = (typeof COMPLAINT_SEVERITIES)[number];
