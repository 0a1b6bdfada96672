import type { Client } from '@temporalio/client';
import type { AppConfig } from '@libs/config';
import { DataSource } from 'typeorm';
import { createAssignmentActivities } from './assignment/choose-agent.activity';
import { createCaseArchiveActivities } from './attachments/case-archive.activities';
import { createClaimDocumentActivities } from './attachments/claim-documents.activities';
import { createComplaintSetUpActivities } from './cases/complaint-set-up.activity';
import { createCaseReadModelActivities } from './cases/record-case-state.activity';
import { createSatisfactionCallActivities } from './cases/satisfaction-call.activities';
import { createCourierDepartmentActivities } from './departments/courier.activities';
import { createFollowUpActivities } from './follow-ups';
import { createFinanceDepartmentActivities } from './departments/finance.activities';
import { createQualityDepartmentActivities } from './departments/quality.activities';
import { createSalesDepartmentActivities } from './departments/sales.activities';
import { createShipmentReadinessActivities } from './departments/shipment-readiness.activities';
import { createCustomerMessageActivities } from './notifications/customer-message.activity';
import { createNotificationActivities } from './notifications/notify.activity';
import { createKeyPartActivities } from './quality/key-part-defects.activity';
import { createReturnActivities } from './returns/return.activities';
import { createSlaActivities } from './sla/sla.activities';
import { createEscalationActivities } from './sla/escalation.activity';
import { createStaffReassignmentActivities } from './staff/staff-reassignment.activities';
import { createAbsenceDelegationActivities } from './staff/absence-delegation.activities';
import { createReportingLineActivities } from './staff/reporting-line.activities';
import { withFailureContract } from './failures/activity-failure';

export interface ActivityDependencies {
  dataSource: DataSource;
  /** Department addresses, secrets and the API's public address for callbacks. */
  config: AppConfig;
  /** For activities that act on other workflows (A-7 moves cases between agents). */
  temporal: Client;
}

/**
 * All activities the worker registers, built from injected dependencies, each under the failure
 * contract (domain errors become typed `ApplicationFailure`s, non-retryable where retrying cannot help).
 */
export function createActivities(deps: ActivityDependencies) {
  const notifications = createNotificationActivities(deps.dataSource, deps.config);
  const sla = createSlaActivities(deps.dataSource);
  const assignment = createAssignmentActivities(deps.dataSource);
  const readModel = createCaseReadModelActivities(deps.dataSource, deps.temporal.options.dataConverter);
  return withFailureContract({
    ...assignment,
    ...createComplaintSetUpActivities({ ...sla, ...assignment }),
    ...readModel,
    ...createSatisfactionCallActivities(deps.dataSource),
    ...sla,
    ...createEscalationActivities(deps.dataSource, sla.recordSlaBreach, notifications.notify, readModel.recordCaseState),
    ...notifications,
    ...createCustomerMessageActivities(deps.dataSource, notifications.notify),
    ...createKeyPartActivities(deps.dataSource),
    ...createReturnActivities(deps.dataSource),
    ...createStaffReassignmentActivities(deps.dataSource, deps.temporal),
    ...createAbsenceDelegationActivities(deps.dataSource, deps.temporal),
    ...createReportingLineActivities(deps.dataSource),
    ...createQualityDepartmentActivities(deps),
    ...createFinanceDepartmentActivities(deps),
    ...createCourierDepartmentActivities(deps),
    ...createSalesDepartmentActivities(deps),
    ...createShipmentReadinessActivities(deps),
    ...createFollowUpActivities(deps),
    ...createClaimDocumentActivities(deps.dataSource, deps.config),
    ...createCaseArchiveActivities(deps.dataSource, deps.config),
  });
}

/** Workflows import this type only, never the implementations. */
export type PlatformActivities = ReturnType<typeof createActivities>;
