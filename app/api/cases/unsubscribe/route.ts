import { unsubscribeReminders } from "@/lib/data/reminders/unsubscribe-reminders";
import { errorResponse } from "../../_lib/responses";

// POST /api/cases/unsubscribe?token=…: the one-click unsubscribe of RFC 8058, which mail clients
// POST by themselves from the reminder's List-Unsubscribe header (body "List-Unsubscribe=One-Click").
// No same-origin check: the post comes from a mail provider, and the token is the credential.
export async function POST(request: Request): Promise<Response> {
  try {
    const { unsubscribed } = await unsubscribeReminders({ input: { token: new URL(request.url).searchParams.get("token") ?? "" } });
    return unsubscribed ? Response.json({ unsubscribed: true }) : Response.json({ error: "not_found" }, { status: 404 });
  } catch (error) {
    return errorResponse(error);
  }
}
