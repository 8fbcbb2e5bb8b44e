import type pg from "pg";

// Loading millions of rows into indexed tables with foreign keys is several times slower than
// loading bare tables and building the indexes once afterwards (PostgreSQL's "Populating a
// Database" advice). The definitions are read from the catalogue before dropping, so whatever
// the migrations create, including indexes added later, is rebuilt exactly.

export type SavedStructure = {
  foreignKeys: { table: string; name: string; definition: string }[];
  primaryKeys: { table: string; name: string; definition: string }[];
  indexes: { name: string; definition: string }[];
  triggers: { table: string; name: string }[];
};

const quote = (identifier: string) => `"${identifier.replaceAll('"', '""')}"`;

export async function dropLoadStructure(client: pg.Client, tables: readonly string[]): Promise<SavedStructure> {
  const regclasses = tables.map((table) => quote(table));
  const { rows: constraints } = await client.query<{ table: string; name: string; definition: string; type: string }>(
    `SELECT c.conrelid::regclass::text AS table, c.conname AS name, pg_get_constraintdef(c.oid) AS definition, c.contype AS type
       FROM pg_constraint c
      WHERE (c.contype = 'f' AND (c.conrelid = ANY($1::regclass[]) OR c.confrelid = ANY($1::regclass[])))
         OR (c.contype IN ('p', 'u') AND c.conrelid = ANY($1::regclass[]))
      ORDER BY c.conname`,
    [regclasses],
  );
  const { rows: indexes } = await client.query<{ name: string; definition: string }>(
    `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS definition
       FROM pg_index i
      WHERE i.indrelid = ANY($1::regclass[])
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
      ORDER BY 1`,
    [regclasses],
  );
  const { rows: triggers } = await client.query<{ table: string; name: string }>(
    `SELECT t.tgrelid::regclass::text AS table, t.tgname AS name FROM pg_trigger t
      WHERE t.tgrelid = ANY($1::regclass[]) AND NOT t.tgisinternal ORDER BY 2`,
    [regclasses],
  );

  const foreignKeys = constraints.filter((row) => row.type === "f");
  const primaryKeys = constraints.filter((row) => row.type !== "f");
  for (const key of foreignKeys) await client.query(`ALTER TABLE ${key.table} DROP CONSTRAINT ${quote(key.name)}`);
  for (const key of primaryKeys) await client.query(`ALTER TABLE ${key.table} DROP CONSTRAINT ${quote(key.name)}`);
  for (const index of indexes) await client.query(`DROP INDEX ${index.name}`);
  // Triggers of our own (e.g. ones keeping guide aggregates) would run once per copied row; the
  // aggregates are rebuilt in one pass after loading instead.
  for (const trigger of triggers) await client.query(`ALTER TABLE ${trigger.table} DISABLE TRIGGER ${quote(trigger.name)}`);
  return {
    foreignKeys: foreignKeys.map(({ table, name, definition }) => ({ table, name, definition })),
    primaryKeys: primaryKeys.map(({ table, name, definition }) => ({ table, name, definition })),
    indexes,
    triggers,
  };
}

/**
 * Rebuilds keys and indexes on `clients.length` connections at once, then the foreign keys
 * (which need the keys they reference), then enables the triggers again.
 */
export async function restoreLoadStructure(clients: readonly pg.Client[], saved: SavedStructure): Promise<void> {
  const builds = [
    ...saved.primaryKeys.map((key) => `ALTER TABLE ${key.table} ADD CONSTRAINT ${quote(key.name)} ${key.definition}`),
    ...saved.indexes.map((index) => index.definition),
  ];
  await runOnPool(clients, builds);
  await runOnPool(
    clients,
    saved.foreignKeys.map((key) => `ALTER TABLE ${key.table} ADD CONSTRAINT ${quote(key.name)} ${key.definition}`),
  );
  const [first] = clients;
  if (!first) throw new Error("no connection to restore on");
  for (const trigger of saved.triggers) await first.query(`ALTER TABLE ${trigger.table} ENABLE TRIGGER ${quote(trigger.name)}`);
}

async function runOnPool(clients: readonly pg.Client[], statements: readonly string[]): Promise<void> {
  const queue = [...statements];
  await Promise.all(
    clients.map(async (client) => {
      for (let statement = queue.shift(); statement !== undefined; statement = queue.shift()) await client.query(statement);
    }),
  );
}
