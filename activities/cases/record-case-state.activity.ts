import { DataSource } from 'typeorm';
import { CaseStateRecord, writeCaseState } from '@libs/database/read-model/case-state';

export type { CaseStateRecord };

export function createCaseReadModelActivities(dataSource: DataSource) {
  return {
    /**
     * Upserts the case row. A write carrying an older state version than the row's is ignored,
     * so retried or reordered activity executions never move the read model backwards.
     * Returns whether this write changed the row.
     */
    async recordCaseState(record: CaseStateRecord): Promise<boolean> {
      return writeCaseState(dataSource, record);
    },
  };
}
