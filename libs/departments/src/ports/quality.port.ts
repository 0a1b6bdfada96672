/** C-4: a quality complaint goes to the responsible department, which finds the cause and defines CAPA. */
export interface QualityInvestigationRequest {
  caseNo: string;
  category: string;
  description: string;
  productRef?: string;
}

/** What the quality department answers when its investigation is done (C-4). */
export interface QualityInvestigationResult {
  cause: string;
  correctiveActions: string[];
  preventiveActions: string[];
}

/** C-12: defects of one key part counted across complaints, reported so that a batch incident is caught early. */
export interface KeyPartDefectReport {
  alertId: string;
  part: string;
  defects: number;
  windowDays: number;
  caseNos: string[];
}
