import "server-only";

// A preview image costs about half a second of CPU to render (satori and resvg) and changes only
// when the words on it do, while its address takes any query string: anyone could otherwise keep
// a core busy by asking for it. Rendered images are kept per text, in memory, a bounded number,
// least recently used out first; readers asking during a render share it.

const MAX_IMAGES = 200; // about 45 KB each: under 10 MB

const images = new Map<string, Promise<ArrayBuffer>>();

export function renderImageOnce(key: string, render: () => Promise<ArrayBuffer>): Promise<ArrayBuffer> {
  const kept = images.get(key);
  if (kept) {
    images.delete(key);
    images.set(key, kept);
    return kept;
  }
  const rendering = render().catch((error: unknown) => {
    images.delete(key);
    throw error;
  });
  images.set(key, rendering);
  const oldest = images.keys().next().value;
  if (images.size > MAX_IMAGES && oldest !== undefined) images.delete(oldest);
  return rendering;
}
