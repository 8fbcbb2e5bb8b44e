import { once } from "node:events";
import { finished } from "node:stream/promises";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";

// One COPY ... FROM STDIN per table, each on its own connection, so PostgreSQL parses and stores
// the tables in parallel backends while this process generates the next batch.

export type CopySink = {
  write: (chunk: string) => Promise<void>;
  /** Ends the COPY and resolves with the rows PostgreSQL stored. */
  end: () => Promise<number>;
};

export function openCopy(client: pg.Client, table: string, columns: readonly string[]): CopySink {
  const sql = `COPY "${table}" (${columns.map((column) => `"${column}"`).join(", ")}) FROM STDIN`;
  const stream = client.query(copyFrom(sql));
  const done = finished(stream);
  // Keeps a failure from surfacing as an unhandled rejection before end() is awaited.
  done.catch(() => undefined);
  return {
    write: async (chunk) => {
      if (chunk === "") return;
      if (!stream.write(chunk)) await Promise.race([once(stream, "drain"), done]);
    },
    end: async () => {
      stream.end();
      await done;
      return stream.rowCount;
    },
  };
}
