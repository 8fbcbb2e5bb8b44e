import { connection } from "next/server";
import type { ReactNode } from "react";
import "./globals.css";

// The real root layout is app/[locale]/layout.tsx, which knows the language for <html lang>.
export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page is rendered per request: Next can put the request's CSP nonce (proxy.ts) only on
  // the scripts of a page it renders for that request; a prerendered page's scripts would be blocked.
  // Pages that anonymous readers share are kept in front of Next, with script hashes (ADR 006).
  await connection();
  return children;
}
