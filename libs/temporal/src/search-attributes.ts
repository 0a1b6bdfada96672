import { defineSearchAttributeKey, SearchAttributePair, SearchAttributeType } from '@temporalio/common';

// Custom search attributes the operators filter on in the Temporal UI.
// Search attributes are never encrypted: they must carry ids and states only, never personal data.
export const CaseType = defineSearchAttributeKey('CaseType', SearchAttributeType.KEYWORD);
export const CaseStatus = defineSearchAttributeKey('CaseStatus', SearchAttributeType.KEYWORD);
export const CustomerId = defineSearchAttributeKey('CustomerId', SearchAttributeType.KEYWORD);
export const CustomerTier = defineSearchAttributeKey('CustomerTier', SearchAttributeType.KEYWORD);
export const AssignedAgent = defineSearchAttributeKey('AssignedAgent', SearchAttributeType.KEYWORD);
export const Department = defineSearchAttributeKey('Department', SearchAttributeType.KEYWORD);
export const EscalationLevel = defineSearchAttributeKey('EscalationLevel', SearchAttributeType.INT);
export const SlaDeadline = defineSearchAttributeKey('SlaDeadline', SearchAttributeType.DATETIME);

export const PLATFORM_SEARCH_ATTRIBUTES = [
  CaseType,
  CaseStatus,
  CustomerId,
  CustomerTier,
  AssignedAgent,
  Department,
  EscalationLevel,
  SlaDeadline,
] as const;

/** What every case carries from its start, so that the UI's filters find it before its first task runs. */
export function newCaseSearchAttributes(type: string, status: string, customer: { customerNo: string; customerTier: string }): SearchAttributePair[] {
  return [
    { key: CaseType, value: type },
    { key: CaseStatus, value: status },
    { key: CustomerId, value: customer.customerNo },
    { key: CustomerTier, value: customer.customerTier },
  ];
}

/** Type names as the Temporal CLI spells them (`--search-attribute Name=Keyword`). */
export const CLI_TYPE_NAMES: Partial<Record<SearchAttributeType, string>> = {
  [SearchAttributeType.KEYWORD]: 'Keyword',
  [SearchAttributeType.INT]: 'Int',
  [SearchAttributeType.DATETIME]: 'Datetime',
};

/** `Name=Type` pairs for `temporal server start-dev --search-attribute`. */
export function searchAttributeCliFlags(): string[] {
  return PLATFORM_SEARCH_ATTRIBUTES.map((key) => `${key.name}=${CLI_TYPE_NAMES[key.type]}`);
}
