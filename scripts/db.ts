// `npm run db:migrate` / `npm run db:seed` / `npm run db:reset`: the same code the server
// runs at start-up, for operators and CI. Uses DATABASE_URL, else the embedded database.
import fs from "node:fs";
import { parseEnv } from "../lib/env";
import { openConnection } from "../lib/db/connection";
import { lockEmbeddedDir } from "../lib/db/embedded-lock";
import { migrate } from "../lib/db/migrate";
import { seedDatabase } from "../prisma/seed/seed";

async function main() {
  const command = process.argv[2];
  const e = parseEnv(process.env);
  if (command === "reset") {
    if (e.DATABASE_URL)
      throw new Error("db:reset only deletes the embedded database; drop a PostgreSQL database yourself.");
    // Never from under a running server or test: the same lock every opener takes.
    const release = lockEmbeddedDir(e.EMBEDDED_DB_DIR);
    try {
      fs.rmSync(e.EMBEDDED_DB_DIR, { recursive: true, force: true });
    } finally {
      release();
    }
    console.log(`Deleted ${e.EMBEDDED_DB_DIR}`);
    return;
  }
  const conn = openConnection(
    e.DATABASE_URL ? { kind: "postgres", url: e.DATABASE_URL } : { kind: "embedded", dir: e.EMBEDDED_DB_DIR },
  );
  try {
    const applied = await migrate(conn.runner);
    console.log(applied.length ? `Applied: ${applied.join(", ")}` : "Database schema is up to date.");
    if (command === "seed") {
      const demo = process.argv.includes("--no-demo") ? false : true;
      const report = await seedDatabase(conn.prisma, { demo, history: e.SEED_DEMO_HISTORY === "true" });
      console.log(report.seeded ? `Seeded: ${report.summary}` : "Already seeded; nothing to do.");
    }
  } finally {
    await conn.close();
  }
}

main().catch((err) => {
  console.error(`✖ ${(err as Error).message}`);
  process.exit(1);
});
