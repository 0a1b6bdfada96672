// How often screens re-read the server. The console polls (TanStack Query's refetchInterval) instead of
// server-sent events: the API has no event stream, every read is already a cheap query on the workflow
// or the read model, and polling survives restarts and proxies without reconnect logic.
export const LIVE_MS = 5_000;
export const SLOW_MS = 30_000;
