/**
 * Rendered by every page the shared page cache keeps, after the data it shows: the cache stores a
 * page only when this is in it (lib/page-cache/render-complete.ts). Place it inside the same
 * Suspense boundary as the page's data, so that it streams only once that data rendered.
 * `shows` is the page version (lib/page-cache/page-version.ts) of the data the page shows, where
 * the page knows it: a write the page already shows then leaves the cached copy current.
 */
export function RenderComplete({ shows }: { shows?: string }) {
  return (
    <>
      {shows ? <div hidden data-page-version={shows} /> : null}
      <div hidden data-render-complete="" />
    </>
  );
}
