import { orderHoldReasons } from "./detection/hold";
import type { ReportStatus } from "./moderation";

/**
 * A report's status after its author writes to it: new hold reasons hold a published report for
 * review; a held or hidden one stays as it is, since only a moderator publishes it, and its
 * reasons keep what was found so far.
 */
export function statusAfterWrite(current: { status: ReportStatus; heldReasons: readonly string[] }, newReasons: readonly string[]): { status: ReportStatus; heldReasons: string[] } {
  if (current.status === "PUBLISHED") return newReasons.length > 0 ? { status: "PENDING_REVIEW", heldReasons: [...newReasons] } : { status: "PUBLISHED", heldReasons: [] };
  return { status: current.status, heldReasons: orderHoldReasons([...current.heldReasons, ...newReasons]) };
}
