import { after } from "next/server";
import { guidePrepKit } from "@/app/[locale]/_components/prep-kit-data";
import { primaryName } from "@/app/[locale]/_components/names";
import { findGuide } from "@/lib/data/guides/find-guide";
import { findOfficialProcedure } from "@/lib/data/official-procedures/find-official-procedure";
import { PrepKitQuerySchema } from "@/lib/validation/prep-kit-query";
import { errorResponse } from "../../../_lib/responses";

// GET /api/exchanges/<slug>/prep-kit?locale=en: the facts the guide's prep kit works from, asked
// for when a reader opens the kit, so the guide's page does not carry them for every reader
// (ADR 017). The same for every reader; kept a minute, as the guide's figures are.
const shared = { "Cache-Control": "public, max-age=60" };

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const parsed = PrepKitQuerySchema.safeParse({ slug: (await params).slug, ...Object.fromEntries(new URL(request.url).searchParams) });
  if (!parsed.success) return Response.json({ error: "invalid_input" }, { status: 400 });
  const { slug, locale } = parsed.data;
  try {
    const [guide, official] = await Promise.all([findGuide({ slug, deferRefresh: after }), findOfficialProcedure({ slug })]);
    if (!guide) return Response.json({ error: "not_found" }, { status: 404 });
    const kit = guidePrepKit({ guide, procedure: official?.procedure ?? null, locale });
    return Response.json({ kit, displayName: primaryName(guide.exchange, locale) }, { headers: shared });
  } catch (error) {
    return errorResponse(error);
  }
}
