// Patch ids of the complaint workflow added for C-4, C-5 and K-2, one named constant per change (see
// workflows/returns/patches.ts for the rules: never renamed or reused while an older case can run).

/**
 * C-4: a department that never answers is recorded as timed out (`department_timeout` by the system,
 * status `department_timed_out`), and the case climbs the escalation ladder one step, telling that step.
 * Old branch: recorded as `department_answer` by the quality department, status `department_answered`,
 * and the case jumped to level 2 with the manager told.
 */
export const DEPARTMENT_SILENCE_IS_TIMED_OUT = 'complaint-2026-11-30-department-silence-is-timed-out';

/**
 * C-5: the department answers within what is left of the case's resolution time, and the time it took
 * counts against the resolution deadline. Old branch: the department got the full resolution time and
 * the clock resumed afterwards with the department's time not counted (a case forwarded on day 2 of 3
 * could run to day 6).
 */
export const DEPARTMENT_WITHIN_RESOLUTION_TIME = 'complaint-2026-11-30-department-within-resolution-time';

/**
 * K-2: a reopen by staff is recorded as `reopen`, not as the customer's `report_unsatisfied`. Old
 * branch: the staff reopen was recorded as `report_unsatisfied`.
 */
export const STAFF_REOPEN_IS_NOT_DISSATISFACTION = 'complaint-2026-11-30-staff-reopen-is-not-dissatisfaction';

/**
 * Set-up records the case once, after its owner is chosen: the intake has already written the case as
 * registered, and a write of the same status a moment before the owner's cost every new case one more
 * round trip. Old branch: the registered case was recorded (version 1) before the owner was chosen.
 */
export const SETUP_RECORDED_ONCE = 'complaint-2026-11-30-setup-recorded-once';

/**
 * Set-up asks for the SLA policy, its deadlines and the owner in one local activity (`setUpComplaint`)
 * instead of three. Old branch: `selectSlaPolicyFor`, then `chooseComplaintOwner`, then `slaDeadlines`
 * when the main loop first took up the case.
 */
export const SETUP_IN_ONE_CALL = 'complaint-2026-11-30-setup-in-one-call';

/**
 * One marker for the shape every new complaint takes since: set-up recorded once (SETUP_RECORDED_ONCE),
 * the owner by capacity (OWNER_BY_CAPACITY_PATCH), escalation in one call (ESCALATION_IN_ONE_CALL_PATCH)
 * and set-up in one call (SETUP_IN_ONE_CALL). The SDK upserts a search attribute with every patch marker:
 * four of them at each start were four more events and visibility writes per case for the server. Older
 * histories carry the four markers and replay through them.
 */
export const CURRENT_SETUP_SHAPE = 'complaint-2026-11-30-setup-shape';

/**
 * One marker for everything a new complaint does since: the set-up shape (CURRENT_SETUP_SHAPE), its
 * short calls as local activities (LOCAL_SHORT_CALLS_PATCH, whose own marker every case recorded at its
 * first call) and an escalation that writes the case's new state in the same call as the breach. Each
 * marker is an event and a visibility write more per case for the server. Older histories replay
 * through the markers they carry.
 */
export const LEAN_CASE_SHAPE = 'complaint-2026-11-30-lean-shape';
