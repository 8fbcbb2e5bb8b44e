// Recomputes the stored guides of the given exchanges, when they are stale: what the app's refresh
// child process (lib/data/guides/refresh-child.ts) does, by hand.
// Usage: DATABASE_URL=… npx tsx scripts/refresh-guides.ts <exchangeId>…
import { refreshGuidesFromCommandLine } from "../lib/data/guides/refresh-from-command-line";

await refreshGuidesFromCommandLine(process.argv.slice(2), { usage: "Usage: DATABASE_URL=… npx tsx scripts/refresh-guides.ts <exchangeId>…" });
