import { getActor } from "@/lib/auth/session";
import { exportAccountData } from "@/lib/data/users/export-account-data";
import { errorResponse } from "../../_lib/responses";

// GET /api/account/export: the signed-in user's own data as a JSON file to save (the account
// page's "Download my data"). 401 for anyone else. Never cached: it holds an e-mail address.
export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  try {
    const data = await exportAccountData({ actor: await getActor() });
    const day = data.exportedAt.slice(0, 10);
    return new Response(JSON.stringify(data, null, 2), {
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": `attachment; filename="recovery-atlas-data-${day}.json"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
