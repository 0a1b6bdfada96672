import { departmentAnswerWindowSeconds, MISSED_RESOLUTION_ANSWER_SECONDS } from './department-window';

const DAY = 86_400;
const T0 = Date.UTC(2026, 10, 30, 1, 0, 0);

describe('departmentAnswerWindowSeconds (C-5)', () => {
  it.each<[string, number, number | undefined, number, number]>([
    ['C-5: forwarded on day 2 of 3, the department has the 1 day left, not 3', T0 + 2 * DAY * 1000, T0 + 3 * DAY * 1000, 3 * DAY, DAY],
    ['C-5: forwarded at once, the department has the whole resolution time', T0, T0 + 3 * DAY * 1000, 3 * DAY, 3 * DAY],
    ['C-5: part seconds are not given away', T0, T0 + 8_900, 12, 8],
    ['C-5: under a second left still asks the department, for one second', T0, T0 + 400, 12, 1],
    ['C-5: the deadline just passed: the short window', T0, T0, 3 * DAY, MISSED_RESOLUTION_ANSWER_SECONDS],
    ['C-5: missed long ago (undefined): the short window', T0, undefined, 3 * DAY, MISSED_RESOLUTION_ANSWER_SECONDS],
    ['C-5: the short window never exceeds a second-scale resolution time', T0, undefined, 12, 12],
  ])('%s', (_case, now, dueAt, resolutionSeconds, expected) => {
    expect(departmentAnswerWindowSeconds(now, dueAt, resolutionSeconds)).toBe(expected);
  });
});
