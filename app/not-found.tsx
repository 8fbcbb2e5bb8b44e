import Link from "next/link";

// Only reached for addresses outside any locale, which the proxy normally redirects; both
// languages are shown because the visitor's language is unknown here.
export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body className="mx-auto max-w-xl p-8">
        <h1 className="text-2xl font-bold">Page not found</h1>
        <p lang="ja" className="mt-1 text-lg">ページが見つかりません</p>
        <p className="mt-6 flex gap-4">
          <Link className="underline" href="/en">
            Recovery Atlas (English)
          </Link>
          <Link className="underline" href="/ja" lang="ja">
            Recovery Atlas(日本語)
          </Link>
        </p>
      </body>
    </html>
  );
}
