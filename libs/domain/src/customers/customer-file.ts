// The customer file (A-1..A-4): what it holds and how complete it is. Pure: no I/O, no clock.

/**
 * A-2 / K-8: events that owe a file entry within a deadline. `deal` is the sales hand-over of K-8; a
 * shipment of goods or parts, to a customer or a dealer, is a delivery that starts its own follow-up (F-1).
 */
export const FILE_EVENT_KINDS = ['sale', 'delivery', 'repair', 'visit', 'deal', 'shipment', 'dealer_shipment'] as const;
export type FileEventKind = (typeof FILE_EVENT_KINDS)[number];

/** F-1: sales through secondary outlets get their first follow-up call later. */
export const SOLD_VIA = ['direct', 'secondary_outlet'] as const;
export type SoldVia = (typeof SOLD_VIA)[number];

/** Customer numbers as staff read them out, e.g. `CU-000123`. */
export const CUSTOMER_NO = /^CU-\d{6}$/;

/** the share of complete files management aims for (measured at 68%). */
export const FILE_COMPLETENESS_TARGET = 0.85;

export interface FileFields {
  organisation: string | null;
  address: string | null;
  phone: string | null;
  contactPerson: string | null;
  region: string | null;
  birthday: string | null;
}

const filled = (value: string | null | undefined) => typeof value === 'string' && value.trim().length > 0;

/** a file counts as complete when it records the organisation and the installation location. */
export function isFileComplete(file: Pick<FileFields, 'organisation' | 'address'>): boolean {
  return filled(file.organisation) && filled(file.address);
}

/** A-1 fields still missing, the A-4 ones first; `products` when the file lists none. */
export function missingFileFields(file: FileFields, productCount: number): string[] {
  const missing = (['organisation', 'address', 'phone', 'contactPerson', 'region', 'birthday'] as const).filter((f) => !filled(file[f]));
  return productCount > 0 ? missing : [...missing, 'products'];
}
