// How the page cache knows a render finished and succeeded (docs/decisions/006-page-cache.md).
// Status 200 does not say so: Next streams a page, so the status is sent before the data is read,
// and a part that fails later (the home page's exchange list while the database is down) is
// rendered on the client by app/[locale]/error.tsx inside that 200 answer. So the cache keeps a
// page only when it carries the marker every cacheable page renders after its data
// (app/[locale]/_components/render-complete.tsx), and no trace of a part that failed.

/** The element <RenderComplete /> renders, as React writes it into the HTML. */
export const RENDER_COMPLETE_MARKER = '<div hidden="" data-render-complete=""></div>';

// What React writes for a Suspense boundary whose content failed on the server and is left to
// the client (where the error boundary shows): "<!--$!-->" in the shell, or a $RX(...) call in a
// later chunk. Neither can come from user text, which React escapes in HTML and in its scripts.
const FAILED_PART_MARKERS = ["<!--$!-->", "$RX(\""];

/** True only for the HTML of a page that rendered the marker and no part of which failed. */
export function isCompleteRender(html: string): boolean {
  return html.includes(RENDER_COMPLETE_MARKER) && !FAILED_PART_MARKERS.some((marker) => html.includes(marker));
}
