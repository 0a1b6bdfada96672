import { DB_CALL, described as describedCall, finalOn } from '../shared';

/**
 * The plan's database calls: an unknown policy or customer, or a complaint the complaint service refuses,
 * cannot succeed on a retry.
 */
export const FOLLOW_UP_CALL = finalOn(DB_CALL, 'UnknownFollowUpPolicy', 'UnknownCustomer', 'ComplaintRefused');

/** The plan workflow's activities with a one-line summary that the Temporal UI shows for the call. */
export const described = (summary: string) => describedCall(summary, FOLLOW_UP_CALL);
