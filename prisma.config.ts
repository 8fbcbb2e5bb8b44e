import { defineConfig } from "prisma/config";

// The CLI only needs a URL for commands that talk to a database; generating the client must work
// on a fresh clone with no DATABASE_URL, so a placeholder stands in.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: {
    url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/unused",
  },
});
