// How often an open guide or comparison asks whether its data changed (GET /api/guides/version).
// A write shows within one interval plus one server render; the issue asks for 1 s in all. Each
// poll is one indexed read, and a hidden tab does not poll.
export const LIVE_POLL_INTERVAL_MS = 250;
