// `npm run user:make-admin -- someone@example.com`: gives that account the ADMIN role, creating
// the account first when nobody has signed in with the address yet.
import { createScriptPrisma } from "./db/script-prisma";
import { makeAdmin } from "./db/make-admin";
import { parseEnvOrExit } from "./lib/env-or-exit";

const email = process.argv[2];
if (!email || process.argv.length > 3) {
  console.error("Usage: npm run user:make-admin -- someone@example.com");
  process.exit(1);
}
const env = parseEnvOrExit();
if (!env.DATABASE_URL) {
  console.error(
    "DATABASE_URL is not set. For the embedded database, keep `npm start` running and set DATABASE_URL to the psql URL it prints.",
  );
  process.exit(1);
}

const prisma = createScriptPrisma(env.DATABASE_URL);
try {
  const { outcome, user } = await makeAdmin(prisma, { email });
  const who = `${user.email} (${user.displayName ?? "no display name"}, id ${user.id})`;
  const messages = {
    created: `Created ${who} with the ADMIN role. Signing in with that address verifies it.`,
    promoted: `Gave ${who} the ADMIN role. Sessions already open see it on their next request.`,
    "already-admin": `${who} already has the ADMIN role: nothing changed.`,
  } as const;
  console.log(messages[outcome]);
  if (user.bannedAt) console.log(`Note: this account is banned (since ${user.bannedAt.toISOString()}) and cannot sign in until unbanned.`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
} finally {
  await prisma.$disconnect();
}
