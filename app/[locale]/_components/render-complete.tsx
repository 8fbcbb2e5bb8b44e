/**
 * Rendered by every page the shared page cache keeps, after the data it shows: the cache stores a
 * page only when this is in it (lib/page-cache/render-complete.ts). Place it inside the same
 * Suspense boundary as the page's data, so that it streams only once that data rendered.
 */
export function RenderComplete() {
  return <div hidden data-render-complete="" />;
}
