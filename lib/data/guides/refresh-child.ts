import { refreshGuidesFromCommandLine } from "./refresh-from-command-line";

// The child process in which the app recomputes the guides of exchanges too large to recompute in
// a request: refresh-in-child-process.ts spawns this file by its path with tsx. Their statistics
// take seconds of CPU, which in the server process stall every other request (7.3 s for
// Binance's 226,141 reports in the benchmark's data).

await refreshGuidesFromCommandLine(process.argv.slice(2), { usage: "Usage: DATABASE_URL=… node --import tsx lib/data/guides/refresh-child.ts <exchangeId>…" });
