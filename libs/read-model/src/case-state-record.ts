// What one row of `case_records` says about a case. Pure: the workflows import it into their bundle.
import type { CaseKind } from '@libs/temporal/conventions';

export interface CaseStateRecord {
  caseNo: string;
  kind: CaseKind;
  workflowId: string;
  status: string;
  customerId: string;
  /** C-2: repair, consultation or complaint (complaints only). */
  classification?: string | null;
  category: string | null;
  severity: string | null;
  assignedAgentCode: string | null;
  escalationLevel: number;
  summary: string;
  stateVersion: number;
  /** registered for every case where known. */
  source?: string | null;
  problemType?: string | null;
  customerRating?: string | null;
  result?: string | null;
  // For the reports (K-1, K-2, K-4, C-5, C-11). Left out or null keeps what the row holds.
  /** K-1: when the customer was first reached (ISO date-time). */
  firstContactedAt?: string | null;
  /** C-5 / K-4: when the case was last resolved. */
  resolvedAt?: string | null;
  closedAt?: string | null;
  /** C-8 / K-2: the satisfaction score (1-5) of the latest satisfaction call. */
  satisfactionScore?: number | null;
  /** K-2: the first satisfaction answer after each resolution: how many, and how many satisfied. */
  satisfactionAnswers?: number | null;
  satisfiedAnswers?: number | null;
  /** C-11: the cause found (e.g. the quality department's answer). */
  cause?: string | null;
  /** C-11: the product's serial/VIN (its model is looked up from the customer file), or the model itself. */
  productRef?: string | null;
  /** C-11: the department responsible (e.g. `quality` once forwarded). */
  department?: string | null;
  /** The earliest pending SLA deadline (ISO date-time); written as given, null when none. */
  nextDeadlineAt?: string | null;
  /**
   * The blind index of the description (`description-index.ts`): keyed tokens, never the text. Only the
   * intake and the rebuild know the description and the key; left out (the workflows' writes) keeps what
   * the row holds.
   */
  descriptionTokens?: string[];
  /**
   * The whole case view at `stateVersion`: what the API answers for the case. Stored sealed (it names
   * customers); a row without one is read live from the workflow.
   */
  view?: unknown;
}
