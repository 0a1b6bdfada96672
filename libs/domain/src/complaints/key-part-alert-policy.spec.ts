import { KEY_PART_ALERT_POLICY } from './key-part-alert-policy';
import { DEFAULT_KEY_PART_ALERT_RULE } from './key-parts';

describe('C-12 key-part alert policy', () => {
  it('raises alerts by the alert rule and gives quality inspection a day to take the report', () => {
    expect(KEY_PART_ALERT_POLICY).toEqual({ ...DEFAULT_KEY_PART_ALERT_RULE, reportAnswerSeconds: 86_400 });
  });
});
