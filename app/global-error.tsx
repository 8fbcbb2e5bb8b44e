"use client";

import "./globals.css";

// Last resort when the root layout itself fails: no message catalogue is available, so both
// languages are written out.
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body className="mx-auto max-w-xl p-8">
        <h1 className="text-2xl font-bold">Something went wrong</h1>
        <p lang="ja">問題が発生しました</p>
        <button type="button" onClick={reset} className="mt-6 rounded-md bg-slate-900 px-4 py-2 text-white dark:bg-white dark:text-slate-900">
          Try again / 再試行
        </button>
      </body>
    </html>
  );
}
