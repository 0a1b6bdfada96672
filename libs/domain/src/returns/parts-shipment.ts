// L-5: parts shipping accuracy: shipments without a wrong or missing part, over all shipments.
export const PARTS_SHIPMENT_RESULTS = ['correct', 'wrong_part', 'missing_part'] as const;
export type PartsShipmentResult = (typeof PARTS_SHIPMENT_RESULTS)[number];

/** A shipment counts as accurate until a correction or a complaint finds a wrong or missing part. */
export function isAccurateShipment(result: PartsShipmentResult): boolean {
  return result === 'correct';
}
