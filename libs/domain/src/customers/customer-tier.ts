// A-1 customer tiers.
export const CUSTOMER_TIERS = ['vip', 'dealer', 'group_buy', 'regular'] as const;
export type CustomerTier = (typeof CUSTOMER_TIERS)[number];
