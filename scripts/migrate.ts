// `npm run db:migrate`: applies the committed migrations to DATABASE_URL (docs/decisions/002).
import { parseEnv } from "../lib/config/env-schema";
import { applyMigrations } from "./db/migrate";

async function main(): Promise<void> {
  const { DATABASE_URL } = parseEnv(process.env);
  if (!DATABASE_URL) {
    throw new Error("DATABASE_URL is not set: point it at the database to migrate.");
  }
  const applied = await applyMigrations({ connectionString: DATABASE_URL });
  process.stdout.write(
    applied.length === 0 ? "database is up to date, no migration applied\n" : `${applied.map((name) => `applied ${name}`).join("\n")}\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
