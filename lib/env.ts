// Environment, validated once. A bad configuration stops the process with one line
// naming the variable. Checked at start-up by instrumentation.ts (lib/db/startup.ts).
import { z } from "zod";

const postgresUrl = z
  .string()
  .trim()
  .refine((v) => {
    try {
      const u = new URL(v);
      return (u.protocol === "postgresql:" || u.protocol === "postgres:") && u.hostname !== "";
    } catch {
      return false;
    }
  }, "must be a postgresql://user:password@host:port/database URL");

const schema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: postgresUrl.optional(),
    EMBEDDED_DB_DIR: z.string().trim().min(1).default(".data/pglite"),
    NEXTAUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
    NEXTAUTH_URL: z.url().optional(),
    OIDC_ISSUER: z.url().optional(),
    OIDC_CLIENT_ID: z.string().min(1).optional(),
    OIDC_CLIENT_SECRET: z.string().min(1).optional(),
    OIDC_NAME: z.string().min(1).default("Single sign-on"),
    SEED_DEMO: z.enum(["true", "false"]).optional(),
    /** With the demo: also a year of synthetic past hires and check-ins (prisma/seed/seed-history.ts). */
    SEED_DEMO_HISTORY: z.enum(["true", "false"]).default("true"),
    /** The embedded database in a production build: demos and the browser tests only. */
    EMBEDDED_DB_IN_PRODUCTION: z.enum(["true", "false"]).default("false"),
    /** PostgreSQL connections per app instance (a value of 0 or less made start-up hang without a word). */
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
    /** Minutes between in-process reminder runs; 0 turns them off (use POST /api/cron/reminders). */
    REMINDER_INTERVAL_MINUTES: z.coerce.number().int().min(0).max(1440).default(60),
    /** Absolute session lifetime: the session token's own expiry. */
    SESSION_MAX_AGE_HOURS: z.coerce.number().min(0.25).max(720).default(12),
    /** A session unused this long ends (checked on the server at every request). */
    SESSION_IDLE_MINUTES: z.coerce.number().int().min(5).max(43200).default(120),
    /** Consecutive failed sign-ins for one account from one address before a block. */
    SIGNIN_MAX_FAILURES: z.coerce.number().int().min(1).max(1000).default(5),
    /** Failed sign-ins per hour for one account from all addresses (addresses it signed in from before are exempt). */
    SIGNIN_ACCOUNT_MAX_FAILURES: z.coerce.number().int().min(1).max(100000).default(20),
    /** Failed sign-ins per hour from one address, whatever the account. */
    SIGNIN_ADDRESS_MAX_FAILURES: z.coerce.number().int().min(1).max(100000).default(100),
    /** A role's score and gap CSV downloads per user per 10 minutes (each streams a whole role's ratings). */
    ROLE_EXPORTS_PER_10_MINUTES: z.coerce.number().int().min(1).max(1000000).default(60),
    /** How long a sign-in block lasts. */
    SIGNIN_BLOCK_MINUTES: z.coerce.number().int().min(1).max(1440).default(15),
    /** Reverse proxies in front of the app that append to X-Forwarded-For (the client address is that many entries from the end). */
    TRUSTED_PROXY_HOPS: z.coerce.number().int().min(1).max(10).default(1),
    SMTP_URL: z
      .url({ protocol: /^smtps?$/, error: "must be an smtp:// or smtps:// URL, e.g. smtp://user:pass@host:587" })
      .optional(),
    /** On a database with no admin, this account is made admin (lib/db/startup.ts). */
    INITIAL_ADMIN_EMAIL: z
      .string()
      .trim()
      .toLowerCase()
      .pipe(z.email({ error: "must be an email address" }))
      .optional(),
    /** Bearer token of POST /api/cron/reminders; unset, the route answers 404. */
    CRON_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
    MAIL_FROM: z.string().default("AIOps Scorecards <no-reply@localhost>"),
  })
  .superRefine((env, ctx) => {
    const oidc = [env.OIDC_ISSUER, env.OIDC_CLIENT_ID, env.OIDC_CLIENT_SECRET];
    if (oidc.some(Boolean) && !oidc.every(Boolean)) {
      ctx.addIssue({
        code: "custom",
        path: ["OIDC_ISSUER"],
        message: "OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET must be set together",
      });
    }
  });

export type Env = z.infer<typeof schema>;

/** Dev-only secret, used when NEXTAUTH_SECRET is unset outside production. Never use in production. */
const DEV_ONLY_SECRET = "dev-only-insecure-secret-change-me-0123456789";

export class ConfigError extends Error {
  override name = "ConfigError";
}

export function parseEnv(source: Record<string, string | undefined>): Env & { authSecret: string } {
  // Treat empty strings as unset (common in .env files and CI).
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
  const result = schema.safeParse(cleaned);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new ConfigError(`Invalid configuration: ${issue.path.join(".") || "environment"} ${issue.message}`);
  }
  const env = result.data;
  const isProductionServer = env.NODE_ENV === "production" && source.NEXT_PHASE !== "phase-production-build";
  if (!env.NEXTAUTH_SECRET && isProductionServer) {
    throw new ConfigError(
      "Invalid configuration: NEXTAUTH_SECRET is required in production (generate one with `openssl rand -base64 32`)",
    );
  }
  if (!env.DATABASE_URL && isProductionServer && env.EMBEDDED_DB_IN_PRODUCTION !== "true") {
    // Each instance would open its own private database (and seed the demo accounts).
    throw new ConfigError(
      "Invalid configuration: DATABASE_URL is required in production (postgresql://...); set EMBEDDED_DB_IN_PRODUCTION=true only for a single-instance demo",
    );
  }
  return { ...env, authSecret: env.NEXTAUTH_SECRET ?? DEV_ONLY_SECRET };
}

let cached: ReturnType<typeof parseEnv> | undefined;
export function env() {
  cached ??= parseEnv(process.env);
  return cached;
}
