import { InitialSchema1764000000000 } from './1764000000000-InitialSchema';
import { StaffAuthAndAudit1764100000000 } from './1764100000000-StaffAuthAndAudit';
import { SlaBreachesAndNotifications1764200000000 } from './1764200000000-SlaBreachesAndNotifications';
import { DepartmentRequests1764300000000 } from './1764300000000-DepartmentRequests';
import { KeyPartDefects1764400000000 } from './1764400000000-KeyPartDefects';
import { SatisfactionCallDelay1764500000000 } from './1764500000000-SatisfactionCallDelay';
import { Returns1764600000000 } from './1764600000000-Returns';
import { CustomerFiles1764700000000 } from './1764700000000-CustomerFiles';
import { FollowUps1764800000000 } from './1764800000000-FollowUps';
import { StaffAccessLifecycle1764900000000 } from './1764900000000-StaffAccessLifecycle';
import { BusinessCalendars1765000000000 } from './1765000000000-BusinessCalendars';
import { FollowUpTriggers1765150000000 } from './1765150000000-FollowUpTriggers';
import { StaffInboxAndSatisfactionCalls1765200000000 } from './1765200000000-StaffInboxAndSatisfactionCalls';
import { ReportingLineAndDelegations1765300000000 } from './1765300000000-ReportingLineAndDelegations';
import { SatisfactionAnswers1765400000000 } from './1765400000000-SatisfactionAnswers';
import { Attachments1765500000000 } from './1765500000000-Attachments';
import { MessageTemplates1765600000000 } from './1765600000000-MessageTemplates';
import { RulesWithoutCode1765700000000 } from './1765700000000-RulesWithoutCode';
import { CaseViews1765800000000 } from './1765800000000-CaseViews';
import { SearchStatistics1765900000000 } from './1765900000000-SearchStatistics';
import { OpenComplaintsPerAgent1765950000000 } from './1765950000000-OpenComplaintsPerAgent';
import { DescriptionSearchTokens1766000000000 } from './1766000000000-DescriptionSearchTokens';
import { PartsShipmentChecks1766100000000 } from './1766100000000-PartsShipmentChecks';
import { OpenComplaintsCountedPerAgent1766200000000 } from './1766200000000-OpenComplaintsCountedPerAgent';

// In order. A landed migration is never edited: changes are new migrations.
export const MIGRATIONS = [
  InitialSchema1764000000000,
  StaffAuthAndAudit1764100000000,
  SlaBreachesAndNotifications1764200000000,
  DepartmentRequests1764300000000,
  KeyPartDefects1764400000000,
  SatisfactionCallDelay1764500000000,
  Returns1764600000000,
  CustomerFiles1764700000000,
  FollowUps1764800000000,
  StaffAccessLifecycle1764900000000,
  BusinessCalendars1765000000000,
  FollowUpTriggers1765150000000,
  StaffInboxAndSatisfactionCalls1765200000000,
  ReportingLineAndDelegations1765300000000,
  SatisfactionAnswers1765400000000,
  Attachments1765500000000,
  MessageTemplates1765600000000,
  RulesWithoutCode1765700000000,
  CaseViews1765800000000,
  SearchStatistics1765900000000,
  OpenComplaintsPerAgent1765950000000,
  DescriptionSearchTokens1766000000000,
  PartsShipmentChecks1766100000000,
  OpenComplaintsCountedPerAgent1766200000000,
];
