// C-12: key parts whose defects are tracked across complaints to catch batch problems early.
export const KEY_PARTS = ['motor', 'controller', 'battery', 'axle', 'frame', 'brake', 'other'] as const;
export type KeyPart = (typeof KEY_PARTS)[number];

export interface KeyPartAlertRule {
  /** Defects of the same part within the window that raise an alert. */
  threshold: number;
  windowDays: number;
}

export const DEFAULT_KEY_PART_ALERT_RULE: KeyPartAlertRule = { threshold: 3, windowDays: 30 };

/** Whether this count of defects in the window calls for an alert that has not been raised yet. */
export function needsKeyPartAlert(defectsInWindow: number, alertAlreadyOpen: boolean, rule: KeyPartAlertRule = DEFAULT_KEY_PART_ALERT_RULE): boolean {
  return !alertAlreadyOpen && defectsInWindow >= rule.threshold;
}
