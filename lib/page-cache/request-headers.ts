import type { IncomingHttpHeaders } from "node:http";

// What the page cache reads of a reader's request headers, and the Vary it answers with.

/** True when the Cookie header already holds this exact name=value pair. */
export function hasCookie(header: string | undefined, pair: string): boolean {
  return header !== undefined && header.split(";").some((part) => part.trim() === pair.trim());
}

/**
 * Whether the reader takes a stale copy: not when it asked for a current one (a browser's reload
 * sends `Cache-Control: max-age=0`, a hard reload `no-cache`; RFC 9111 5.2.1), so a reader who
 * reloads after a write waits for the render instead of getting the page from before it.
 */
export function acceptsStale(headers: IncomingHttpHeaders): boolean {
  const directives = `${headers["cache-control"] ?? ""},${headers.pragma ?? ""}`.toLowerCase().split(",").map((directive) => directive.trim().replace(/\s+/g, ""));
  return !directives.some((directive) => directive === "no-cache" || directive === "max-age=0");
}

/** True when the Accept-Encoding header allows gzip (and does not give it q=0). */
export function acceptsGzip(header: string | undefined): boolean {
  if (!header) return false;
  return header.split(",").some((part) => {
    const [coding = "", ...parameters] = part.trim().toLowerCase().split(";");
    if (coding.trim() !== "gzip" && coding.trim() !== "*") return false;
    const q = parameters.map((parameter) => parameter.trim()).find((parameter) => parameter.startsWith("q="));
    return q === undefined || Number(q.slice(2)) > 0;
  });
}

export function appendVary(current: number | string | string[] | undefined, name: string): string {
  const values = (Array.isArray(current) ? current.join(",") : String(current ?? "")).split(",").map((value) => value.trim()).filter(Boolean);
  if (!values.some((value) => value.toLowerCase() === name.toLowerCase())) values.push(name);
  return values.join(", ");
}
