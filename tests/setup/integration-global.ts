import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { dumpEmbeddedTemplate } from "../../scripts/db/embedded";
import { applyMigrations } from "../../scripts/db/migrate";
import { assertLocalDatabase, withDatabase } from "./database-safety";

// Migrates once per run into a template; every test file then starts from a copy of it:
// CREATE DATABASE ... TEMPLATE on a real server, a loaded data-directory dump for PGlite.

declare module "vitest" {
  export interface ProvidedContext {
    databaseMode: "server" | "embedded";
    serverUrl: string;
    templateDatabase: string;
    embeddedTemplatePath: string;
    runId: string;
  }
}

export default async function setup(project: TestProject) {
  const runId = `${process.pid}_${Date.now().toString(36)}`;
  project.provide("runId", runId);
  const serverUrl = process.env.DATABASE_URL;

  if (serverUrl) {
    assertLocalDatabase(serverUrl);
    const template = `ra_test_tpl_${runId}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${template}"`);
    await applyMigrations({ connectionString: withDatabase(serverUrl, template) });
    project.provide("databaseMode", "server");
    project.provide("serverUrl", serverUrl);
    project.provide("templateDatabase", template);
    project.provide("embeddedTemplatePath", "");
    return async () => {
      // Files drop their own copies; this sweeps up after a crashed worker too.
      const leftovers = await admin.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE $1", [`ra_test_%${runId}%`]);
      for (const { datname } of leftovers.rows) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
      await admin.end();
    };
  }

  const folder = await mkdtemp(join(tmpdir(), "ra-test-template-"));
  const templatePath = join(folder, "template.tar.gz");
  const dump = await dumpEmbeddedTemplate((connectionString) => applyMigrations({ connectionString }).then(() => undefined));
  await writeFile(templatePath, Buffer.from(await dump.arrayBuffer()));
  project.provide("databaseMode", "embedded");
  project.provide("serverUrl", "");
  project.provide("templateDatabase", "");
  project.provide("embeddedTemplatePath", templatePath);
  return async () => {
    await rm(folder, { recursive: true, force: true });
  };
}
