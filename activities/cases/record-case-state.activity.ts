import { DataSource } from 'typeorm';
import type { CaseStateRecord } from '@libs/read-model/case-state-record';
import { writeCaseState } from '@libs/read-model/write-case-state';

export type { CaseStateRecord };

export function createCaseReadModelActivities(dataSource: DataSource) {
  return {
    /**
     * Upserts the case row built by the case type's builder (`@libs/read-model/records`). A write
     * carrying an older state version than the row's is ignored, so retried or reordered activity
     * executions never move the read model backwards. Returns whether this write changed the row.
     */
    async recordCaseState(record: CaseStateRecord): Promise<boolean> {
      return writeCaseState(dataSource, record);
    },
  };
}
