import type { SlaNeed, SlaPolicy } from '@libs/domain/sla/sla-policy';
import { slaTargets, type SlaTargetId } from '@libs/domain/sla/sla-targets';
import type { AssignmentNeed } from '@libs/domain/assignment/choose-agent';
import type { ComplaintOwnerChoice } from '../assignment/choose-agent.activity';
import type { DeadlineRequest } from '../sla/sla.activities';

export interface ComplaintSetUpRequest {
  need: SlaNeed;
  customerId: string;
  /** When the case was registered (epoch ms): the SLA clock runs from here (C-5). */
  registeredAt: number;
  /** The case whose row names the owner as it is chosen, so that capacity holds in a burst. */
  caseNo?: string;
}

export interface ComplaintSetUp {
  /** The policy snapshot the case keeps for life (C-3, C-5, C-6). */
  policy: SlaPolicy;
  /** Each target's deadline on the policy's business calendar, from registration. */
  deadlines: Array<{ id: SlaTargetId; at: number }>;
  /** the owner, or why there is none and whom to tell. */
  owner: ComplaintOwnerChoice;
}

interface SetUpSteps {
  selectSlaPolicyFor(need: SlaNeed): Promise<SlaPolicy>;
  slaDeadlines(request: DeadlineRequest): Promise<Array<{ id: SlaTargetId; at: number }>>;
  chooseComplaintOwner(need: AssignmentNeed & { customerId: string; caseNo?: string }): Promise<ComplaintOwnerChoice>;
}

/**
 * A new complaint's set-up in one call: its SLA policy, its deadlines and its owner. They were three
 * local activities one after the other, and when thousands of cases open at once each round trip
 * through the worker is what they queue for. Each step is a read, so running them again does no harm.
 */
export function createComplaintSetUpActivities(steps: SetUpSteps) {
  return {
    async setUpComplaint(request: ComplaintSetUpRequest): Promise<ComplaintSetUp> {
      const { need } = request;
      const [policy, owner] = await Promise.all([
        steps.selectSlaPolicyFor(need),
        steps.chooseComplaintOwner({ customerId: request.customerId, caseNo: request.caseNo, category: need.category, customerTier: need.customerTier }),
      ]);
      const deadlines = await steps.slaDeadlines({
        calendar: policy,
        runningSince: request.registeredAt,
        consumedMs: 0,
        targets: slaTargets(policy).map((t) => ({ id: t.id, afterMs: t.afterMs })),
      });
      return { policy, deadlines, owner };
    },
  };
}
