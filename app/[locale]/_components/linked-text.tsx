import { linkRel } from "@/lib/domain/detection/scam-contacts";
import { splitTextLinks } from "@/lib/domain/text-links";

/** Free text as text; links only to the exchange's official domains, marked as user content. */
export function LinkedText({ text, officialDomains }: { text: string; officialDomains: readonly string[] }) {
  return (
    <>
      {splitTextLinks(text, officialDomains).map((segment, index) =>
        segment.kind === "link" ? (
          <a key={index} href={segment.href} rel={linkRel} className="break-all text-brand-700 underline dark:text-brand-300">
            {segment.text}
          </a>
        ) : (
          segment.text
        ),
      )}
    </>
  );
}
