// C-2: a case is first classified as a repair, a consultation or a complaint; the complaint
// categories (quality, service, logistics, billing) come after. Older cases without one were complaints.
export const CASE_CLASSIFICATIONS = ['repair', 'consultation', 'complaint'] as const;
export type CaseClassification = (typeof CASE_CLASSIFICATIONS)[number];

export const DEFAULT_CLASSIFICATION: CaseClassification = 'complaint';
