// What the API and the worker share about delivering a queued message.

export interface QueuedMessageInput {
  /** The outbox row's dedupe key; the text and the recipient stay in the outbox, out of history. */
  dedupeKey: string;
}

/** The workflow id of a queued message's delivery: one per message, so a second start is a no-op. */
export const queuedMessageWorkflowId = (dedupeKey: string) => `message-${dedupeKey}`;
