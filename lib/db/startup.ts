import { recordAudit } from "../audit";
import { env } from "../env";
import { startReminderTimer } from "../reminders/scheduler";
import { connection } from "./index";
import { describeUrl } from "./connection";
import { prepareDatabase } from "./prepare";

/** Creates the account named by INITIAL_ADMIN_EMAIL when no admin exists (first SSO sign-in). */
async function ensureInitialAdmin() {
  const email = process.env.INITIAL_ADMIN_EMAIL?.trim().toLowerCase();
  if (!email) return;
  const prisma = connection().prisma;
  if (await prisma.user.count({ where: { kind: "ADMIN", active: true } })) return;
  const admin = await prisma.user.upsert({
    where: { email },
    update: { kind: "ADMIN", active: true },
    create: { email, name: email.split("@")[0] ?? email, kind: "ADMIN" },
  });
  await recordAudit({
    actorId: null,
    action: "user.initial_admin",
    entityType: "User",
    entityId: admin.id,
    data: { email, source: "INITIAL_ADMIN_EMAIL" },
  });
  console.log(`Created initial admin ${email}`);
}

export async function startServer() {
  try {
    const e = env();
    const conn = connection();
    const where =
      conn.target.kind === "postgres"
        ? `PostgreSQL at ${describeUrl(e.DATABASE_URL!)}`
        : `embedded PostgreSQL (PGlite) in ${e.EMBEDDED_DB_DIR}`;
    console.log(`Database: ${where}`);
    const seedDemo = e.SEED_DEMO ? e.SEED_DEMO === "true" : conn.target.kind !== "postgres";
    await prepareDatabase(conn, { seedDemo, history: e.SEED_DEMO_HISTORY === "true", log: (l) => console.log(l) });
    await ensureInitialAdmin();
    if (process.env.NODE_ENV === "production" && !e.SMTP_URL) {
      console.warn("SMTP_URL is not set: reminder emails are written to .data/mail on this instance, not delivered.");
    }
    startReminderTimer(e.REMINDER_INTERVAL_MINUTES);
  } catch (err) {
    // One clear line, no stack trace: configuration errors are the operator's to fix.
    console.error(`\n✖ ${(err as Error).message}\n`);
    process.exit(1);
  }
}
