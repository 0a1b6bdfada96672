import { DataSource } from 'typeorm';
import { createAssignmentActivities } from './assignment/choose-agent.activity';
import { createCaseReadModelActivities } from './cases/record-case-state.activity';
import { createNotificationActivities } from './notifications/notify.activity';
import { createKeyPartActivities } from './quality/key-part-defects.activity';
import { createSlaActivities } from './sla/sla.activities';

export interface ActivityDependencies {
  dataSource: DataSource;
}

/** All activities the worker registers, built from injected dependencies. */
export function createActivities(deps: ActivityDependencies) {
  return {
    ...createAssignmentActivities(deps.dataSource),
    ...createCaseReadModelActivities(deps.dataSource),
    ...createSlaActivities(deps.dataSource),
    ...createNotificationActivities(deps.dataSource),
    ...createKeyPartActivities(deps.dataSource),
  };
}

/** Workflows import this type only, never the implementations. */
export type PlatformActivities = ReturnType<typeof createActivities>;
