// What makes a complaint SLA policy usable, beyond the shape of each field. Pure, no I/O.
import { calendarFor } from '../calendar/business-calendar';
import type { SlaCalendarKind, SlaPolicy } from './sla-policy';
import { ESCALATION_LADDER } from './sla-targets';

/** Stable, lower-case codes: they appear in the Temporal UI as `<code> v<version>`. */
export const SLA_POLICY_CODE = /^[a-z][a-z0-9-]{1,40}$/;

/** The catch-all policy: every complaint must find a policy (C-3, C-5, C-6 always apply). */
export const DEFAULT_SLA_POLICY_CODE = 'default';

export const SLA_CALENDARS = ['24x7', 'cn-working-hours'] as const satisfies readonly SlaCalendarKind[];

/** Complaints are settled within the month (C-11); 90 days leaves room without allowing typos in years. */
export const MAX_SLA_SECONDS = 90 * 86_400;

/** One step per level above the agent: supervisor, manager, GM office. */
export const MAX_ESCALATION_STEPS = ESCALATION_LADDER.length - 1;

/** What an administrator sets; code and version are the store's business. */
export type SlaPolicyTerms = Omit<SlaPolicy, 'code' | 'version'>;

export interface SlaRuleViolation {
  field: keyof SlaPolicyTerms;
  message: string;
}

/** The zone's canonical IANA name (e.g. `asia/shanghai` → `Asia/Shanghai`), or undefined when the calendars cannot use it. */
export function canonicalTimeZone(timeZone: string): string | undefined {
  try {
    calendarFor({ kind: '24x7', timeZone });
    return new Intl.DateTimeFormat('en-US', { timeZone }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

/** The first rule spanning several values that the terms break, or undefined when they are usable. */
export function slaPolicyViolation(terms: Pick<SlaPolicyTerms, 'firstContactSeconds' | 'resolutionSeconds' | 'escalationStepsSeconds'>): SlaRuleViolation | undefined {
  // C-3 inside C-5: a case resolved before anyone contacted the customer makes no sense.
  if (terms.firstContactSeconds > terms.resolutionSeconds) {
    return {
      field: 'firstContactSeconds',
      message: `firstContactSeconds (${terms.firstContactSeconds}) must not exceed resolutionSeconds (${terms.resolutionSeconds})`,
    };
  }
  const steps = terms.escalationStepsSeconds;
  if (steps.length > MAX_ESCALATION_STEPS) {
    return { field: 'escalationStepsSeconds', message: `escalationStepsSeconds has at most ${MAX_ESCALATION_STEPS} steps (supervisor, manager, GM office)` };
  }
  // Each step climbs one level, so a later step must come later.
  const drop = steps.findIndex((seconds, i) => i > 0 && seconds <= steps[i - 1]);
  if (drop > 0) {
    return { field: 'escalationStepsSeconds', message: `escalationStepsSeconds must be strictly increasing, got ${steps[drop - 1]} then ${steps[drop]}` };
  }
  return undefined;
}

/** Why the default policy may not take these terms, or undefined: it must stay active and match every complaint. */
export function defaultPolicyConflict(code: string, terms: Pick<SlaPolicyTerms, 'active' | 'category' | 'severity' | 'customerTier'>): SlaRuleViolation | undefined {
  if (code !== DEFAULT_SLA_POLICY_CODE) return undefined;
  if (!terms.active) return { field: 'active', message: 'the default policy cannot be deactivated: a complaint must always find a policy' };
  const selector = (['category', 'severity', 'customerTier'] as const).find((field) => terms[field] !== null);
  if (selector) return { field: selector, message: `the default policy must match every complaint: ${selector} must be null` };
  return undefined;
}
