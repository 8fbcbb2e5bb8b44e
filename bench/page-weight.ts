import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { benchDatabaseName, databaseExists, databaseUrl, resolveServerUrl } from "./data/database";
import { describeDataset } from "./data/inspect";
import { kb } from "./pages/lighter-pages";
import { measurePageWeight } from "./pages/page-weight";
import { ensureBuild, startAppServer } from "./server/app-server";

// `npm run bench:weight`: only the page-bytes figures of `npm run bench` (issue 13, item 5), on a
// database an earlier `npm run bench -- --keep` loaded, in under a minute once the app is built.
// The pages' HTML is kept in bench/.results/ to see where the bytes go.

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
process.chdir(root);
const { values } = parseArgs({ options: { reports: { type: "string", default: "10000" }, "compare-path": { type: "string", default: "/en/compare" } } });
const reports = Number(values.reports);
const serverUrl = resolveServerUrl(process.env.DATABASE_URL);
const name = benchDatabaseName(reports);
if (!(await databaseExists(serverUrl, name))) throw new Error(`Database ${name} does not exist: run \`npm run bench -- --reports ${reports} --keep\` once first.`);
const url = databaseUrl(serverUrl, name);
const resultsFolder = join(root, "bench", ".results");
mkdirSync(resultsFolder, { recursive: true });

ensureBuild(root, console.log);
const facts = await describeDataset(url);
const server = await startAppServer({ root, databaseUrl: url, logFile: join(resultsFolder, `server-weight-r${reports}.log`) });
try {
  const paths = { guide: `/en/exchanges/${facts.top.slug}`, compare: values["compare-path"] } as const;
  for (const [key, path] of Object.entries(paths) as [keyof typeof paths, string][]) {
    const weight = await measurePageWeight(server.url, { key, label: path, path });
    console.log(`${path}: HTML ${kb(weight.htmlBytes)} (${weight.htmlBytes ?? "–"} bytes), RSC ${kb(weight.rscBytes)}, gzip HTML ${kb(weight.htmlGzipBytes)}${weight.note ? ` (${weight.note})` : ""}`);
    const html = await fetch(`${server.url}${path}`, { headers: { "accept-encoding": "identity" } });
    writeFileSync(join(resultsFolder, `weight-${key}.html`), Buffer.from(await html.arrayBuffer()));
  }
} finally {
  await server.stop();
}
