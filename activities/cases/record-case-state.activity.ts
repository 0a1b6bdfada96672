import type { DataConverter } from '@temporalio/common';
import { DataSource } from 'typeorm';
import type { CaseStateRecord } from '@libs/read-model/case-state-record';
import { caseViewSeal } from '@libs/read-model/case-view-seal';
import { writeCaseState } from '@libs/read-model/write-case-state';

export type { CaseStateRecord };

export function createCaseReadModelActivities(dataSource: DataSource, dataConverter: DataConverter) {
  const seal = caseViewSeal(dataConverter);
  return {
    /**
     * Upserts the case row built by the case type's builder (`@libs/read-model/records`). A write
     * carrying an older state version than the row's is ignored, so retried or reordered activity
     * executions never move the read model backwards. The case view it carries is stored sealed.
     * Returns whether this write changed the row.
     */
    async recordCaseState(record: CaseStateRecord): Promise<boolean> {
      return writeCaseState(dataSource, record, 'newer', seal);
    },
  };
}
