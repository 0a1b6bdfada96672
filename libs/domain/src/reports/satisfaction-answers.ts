// K-2 (service satisfaction, C-8): what a complaint contributes, read from its timeline so that the
// workflow and the read-model rebuild count it the same way. Pure.

export interface SatisfactionTimelineEntry {
  event: string;
  note?: string;
}

export interface SatisfactionAnswers {
  /** Resolutions the customer answered the satisfaction call for (the first answer after each). */
  scored: number;
  /** Of those, the answers that confirmed satisfaction (a score of 3 or more, C-8). */
  satisfied: number;
}

// A customer's dissatisfied answer is recorded with its score; a staff reopen before the patch that
// gave it its own event was recorded with the same event and the staff member's reason instead.
const CUSTOMER_SCORE = /^score [1-5]\b/;

/**
 * K-2: the first answer after each resolution counts, so a resolution that failed stays in the KPI
 * when the case is resolved again. A reopen by staff is no answer: that resolution counts no answer
 * unless the customer gave one before.
 */
export function satisfactionAnswers(timeline: readonly SatisfactionTimelineEntry[]): SatisfactionAnswers {
  let scored = 0;
  let satisfied = 0;
  let awaiting = false;
  for (const { event, note } of timeline) {
    if (event === 'resolve') awaiting = true;
    else if (!awaiting) continue;
    else if (event === 'confirm_satisfied') {
      scored += 1;
      satisfied += 1;
      awaiting = false;
    } else if (event === 'report_unsatisfied') {
      if (CUSTOMER_SCORE.test(note ?? '')) scored += 1;
      awaiting = false;
    } else if (event === 'reopen' || event === 'close_unreached' || event === 'cancel') awaiting = false;
  }
  return { scored, satisfied };
}
