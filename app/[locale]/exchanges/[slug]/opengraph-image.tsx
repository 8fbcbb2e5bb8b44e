import { ImageResponse } from "next/og";
import { findGuideCard } from "@/lib/data/seo/find-guide-card";
import { guideCardLines, type GuideCardLines } from "@/lib/domain/seo/guide-card";
import { renderImageOnce } from "@/lib/seo/rendered-image-cache";

// A guide's link-preview image: its exchange and median time to resolution with n. Rendered when a
// crawler asks for it, from the stored figures alone, so the guide page itself pays nothing, and
// rendered once per text (renderImageOnce).

export const size = { width: 1200, height: 630 };
export const contentType = "image/png";
export const alt = "Recovery Atlas: median time to resolution";
export const dynamic = "force-dynamic";

// Previews are re-fetched rarely; an hour keeps a shared link's image close to the guide's figures.
const IMAGE_CACHE_CONTROL = "public, max-age=3600";

export default async function GuideImage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const card = await findGuideCard({ slug });
  const lines = guideCardLines(card ?? { nameEn: "Recovery Atlas", n: 0, medianResolutionDays: null }, "Recovery Atlas");
  const png = await renderImageOnce(JSON.stringify(lines), () => new ImageResponse(<GuideCard lines={lines} />, size).arrayBuffer());
  return new Response(png, { headers: { "Content-Type": contentType, "Cache-Control": IMAGE_CACHE_CONTROL } });
}

function GuideCard({ lines }: { lines: GuideCardLines }) {
  return (
    <div style={{ width: "100%", height: "100%", display: "flex", flexDirection: "column", justifyContent: "space-between", padding: 72, background: "#0f172a", color: "#f8fafc" }}>
      <div style={{ display: "flex", fontSize: 36, color: "#93c5fd" }}>{lines.site}</div>
      <div style={{ display: "flex", flexDirection: "column", gap: 24 }}>
        <div style={{ display: "flex", fontSize: 88, fontWeight: 700, lineHeight: 1.1 }}>{lines.name}</div>
        <div style={{ display: "flex", fontSize: 44 }}>{lines.figure}</div>
        <div style={{ display: "flex", fontSize: 36, color: "#cbd5e1" }}>{lines.sample}</div>
      </div>
    </div>
  );
}
