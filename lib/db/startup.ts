import { recordAudit } from "../audit";
import { oidcConfigured } from "../auth/options";
import { mailDelivery } from "../mail";
import { createInvitation, sendInvitation } from "../people/invitations";
import { env, parseEnv } from "../env";
import { startReminderTimer } from "../reminders/scheduler";
import { connection } from "./index";
import { describeUrl } from "./connection";
import { prepareDatabase } from "./prepare";

/**
 * Creates the account named by INITIAL_ADMIN_EMAIL when no admin exists. Without single sign-on
 * that account could never get in (it has no password, and nobody could invite it), so it is sent
 * an invitation to set one, by email or, without SMTP_URL, as a file under .data/mail; a later
 * start sends a new one while it still has no password and none is pending (an expired link).
 */
export async function ensureInitialAdmin() {
  // Parsed afresh, not env()'s cached copy: the start-up reads it once, and tests set it per case.
  const email = parseEnv(process.env).INITIAL_ADMIN_EMAIL;
  if (!email) return;
  const prisma = connection().prisma;
  const admins = await prisma.user.findMany({
    where: { kind: "ADMIN", active: true },
    select: { id: true, email: true, name: true, passwordHash: true },
    take: 2,
  });
  let admin = admins.length === 1 && admins[0]!.email === email ? admins[0]! : null;
  if (admins.length === 0) {
    admin = await prisma.user.upsert({
      where: { email },
      update: { kind: "ADMIN", active: true },
      create: { email, name: email.split("@")[0] ?? email, kind: "ADMIN" },
      select: { id: true, email: true, name: true, passwordHash: true },
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
  if (!admin || admin.passwordHash || oidcConfigured()) return;
  const pending = await prisma.invitation.count({
    where: { userId: admin.id, usedAt: null, expiresAt: { gt: new Date() } },
  });
  if (pending) return;
  const { token, expiresAt } = await prisma.$transaction((tx) => createInvitation(tx, admin.id, null));
  await sendInvitation(admin, token);
  const where = mailDelivery() === "smtp" ? "by email" : "as a file in .data/mail (SMTP_URL is not set)";
  console.log(`Sent ${email} a link to set a password, ${where}; it works until ${expiresAt.toISOString()}.`);
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
