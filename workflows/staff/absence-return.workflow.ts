import { proxyActivities, setCurrentDetails } from '@temporalio/workflow';
import type { PlatformActivities } from '../../activities';
import { DB_BATCH, finalOn } from '../shared/activity-profiles';

export interface AbsenceReturnInput {
  agentCode: string;
  by: string;
}

export interface AbsenceReturnResult {
  returned: string[];
  /** Moved on from the delegate by a supervisor meanwhile: that choice stands. */
  movedOn: string[];
  finished: string[];
}

const staff = proxyActivities<PlatformActivities>(finalOn(DB_BATCH, 'ReassignmentRefused'));

/**
 * absence is temporary delegation. When the agent is active again, every complaint and follow-up
 * plan handed on during the absence goes back to them, each case's timeline saying so, except what a
 * supervisor moved on from the delegate and what has ended. A workflow, so that a crash half-way
 * neither loses nor repeats a return.
 */
export async function absenceReturnWorkflow(input: AbsenceReturnInput): Promise<AbsenceReturnResult> {
  const result: AbsenceReturnResult = { returned: [], movedOn: [], finished: [] };
  const delegations = await staff.openDelegations({ agentCode: input.agentCode });
  for (const delegation of delegations) {
    setCurrentDetails(`**Returning** ${delegation.kind} ${delegation.caseNo} from ${delegation.delegatedTo} to ${input.agentCode}`);
    const reason = `A-7: ${input.agentCode} is back from absence; returned from the delegate ${delegation.delegatedTo}`;
    const outcome = await staff.returnDelegatedCase({ ...delegation, reason });
    if (outcome === 'returned') result.returned.push(delegation.caseNo);
    else if (outcome === 'moved_on') result.movedOn.push(delegation.caseNo);
    else result.finished.push(delegation.caseNo);
  }
  setCurrentDetails(`**Done:** ${result.returned.length} returned, ${result.movedOn.length} moved on by a supervisor, ${result.finished.length} ended`);
  return result;
}
