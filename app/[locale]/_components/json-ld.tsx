import { serializeJsonLd } from "@/lib/domain/seo/page-metadata";

/**
 * Structured data for search engines. A data block, not a script: browsers never run it, so it
 * needs no CSP nonce, and serializeJsonLd keeps any value from closing the element.
 */
export function JsonLd({ data }: { data: unknown }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
