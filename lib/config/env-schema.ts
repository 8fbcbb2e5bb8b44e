import { z } from "zod";

// Parsed once at start-up (create-t3-app's env module): a wrong variable stops the app with one
// message that names it, instead of a stack trace deep inside a request.

const PostgresUrl = z
  .string()
  .trim()
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === "postgres:" || url.protocol === "postgresql:") && url.hostname !== "";
    } catch {
      return false;
    }
  }, "must be a PostgreSQL URL such as postgresql://user:password@127.0.0.1:5432/recovery_atlas");

const SmtpUrl = z
  .string()
  .trim()
  .refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === "smtp:" || url.protocol === "smtps:";
    } catch {
      return false;
    }
  }, "must be an SMTP URL such as smtp://user:password@mail.example.com:587");

const emptyAsUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(emptyAsUndefined, schema.optional());

export const EnvSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: optional(PostgresUrl),
    DATABASE_POOL_SIZE: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(100).default(5)),
    PORT: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(65535).default(3000)),
    AUTH_SECRET: optional(z.string().min(32, "must be at least 32 characters (try: openssl rand -base64 32)")),
    AUTH_URL: optional(z.url({ protocol: /^https?$/, error: "must be the public URL of the app, e.g. http://localhost:3000" })),
    AUTH_TRUST_HOST: z.preprocess(emptyAsUndefined, z.enum(["true", "false"]).default("true")),
    // Whether a reverse proxy in front sets X-Forwarded-Host/-Proto/-For (lib/security/proxy-headers.ts).
    // Off, the server drops those headers: anyone can send them, and they reached shared pages.
    TRUST_PROXY: z.preprocess(emptyAsUndefined, z.enum(["true", "false"]).default("false")),
    SMTP_URL: optional(SmtpUrl),
    EMAIL_FROM: optional(z.string().trim().min(3)),
    AUTH_GITHUB_ID: optional(z.string()),
    AUTH_GITHUB_SECRET: optional(z.string()),
    AUTH_GOOGLE_ID: optional(z.string()),
    AUTH_GOOGLE_SECRET: optional(z.string()),
    EMBEDDED_DB_DIR: z.preprocess(emptyAsUndefined, z.string().default(".data/pglite")),
    // Memory for the shared page cache of each server process (docs/decisions/006-page-cache.md); 0 turns it off.
    PAGE_CACHE_MB: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(0).max(4096).default(64)),
    // Whether the server process also runs the job queue's workers (docs/decisions/010-job-queue.md);
    // false when separate `npm run worker` processes do it.
    JOBS_IN_APP: z.preprocess(emptyAsUndefined, z.enum(["true", "false"]).default("true")),
    // How often a worker looks for case follow-ups that became due.
    REMINDER_SCAN_SECONDS: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(3600).default(60)),
    // Connections each job runner holds (queue polling plus its own writes); counted in the embedded cap.
    JOBS_POOL_SIZE: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(20).default(2)),
    // When the job runners recompute every guide from all its reports (cron, UTC; "off": never).
    GUIDES_REPAIR_CRON: z.preprocess(
      emptyAsUndefined,
      z
        .string()
        .trim()
        .regex(/^(off|\S+( \S+){4})$/, 'must be a cron expression of five fields, such as "30 3 * * *" (03:30 UTC), or "off"')
        .default("30 3 * * *"),
    ),
  })
  .superRefine((env, ctx) => {
    const pairs = [
      ["AUTH_GITHUB_ID", "AUTH_GITHUB_SECRET"],
      ["AUTH_GOOGLE_ID", "AUTH_GOOGLE_SECRET"],
    ] as const;
    for (const [id, secret] of pairs) {
      if (Boolean(env[id]) !== Boolean(env[secret])) {
        ctx.addIssue({ code: "custom", path: [env[id] ? secret : id], message: `must be set together with ${env[id] ? id : secret}` });
      }
    }
    if (env.SMTP_URL && !env.EMAIL_FROM) {
      ctx.addIssue({ code: "custom", path: ["EMAIL_FROM"], message: "must be set when SMTP_URL is set" });
    }
  });

export type Env = z.infer<typeof EnvSchema>;

export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join("\n")}`);
    this.name = "EnvError";
  }
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = EnvSchema.safeParse(source);
  if (result.success) return result.data;
  throw new EnvError(
    result.error.issues.map((issue) => {
      const variable = issue.path.join(".") || "environment";
      return `${variable} ${issue.message}`;
    }),
  );
}
