import { DEFAULT_KEY_PART_ALERT_RULE, KeyPartAlertRule } from './key-parts';

/**
 * C-12: the key-part alert policy: when an alert is raised (the rule) and how long quality inspection
 * has to acknowledge the alert's report before the request counts as unanswered.
 */
export interface KeyPartAlertPolicy extends KeyPartAlertRule {
  reportAnswerSeconds: number;
}

export const KEY_PART_ALERT_POLICY: KeyPartAlertPolicy = { ...DEFAULT_KEY_PART_ALERT_RULE, reportAnswerSeconds: 24 * 3600 };
