import { getActor } from "@/lib/auth/session";
import { findFlagEligibility } from "@/lib/data/moderation/find-flag-eligibility";
import { FlagReport } from "./flag-report";

/** Decides on the server whether this reader may flag the report; renders nothing otherwise. */
export async function ReportFlagSection({ reportId }: { reportId: string }) {
  const actor = await getActor();
  if (!actor) return null;
  const { canFlag, alreadyFlagged } = await findFlagEligibility({ actor, reportId });
  if (!canFlag && !alreadyFlagged) return null;
  return <FlagReport reportId={reportId} alreadyFlagged={alreadyFlagged} />;
}
