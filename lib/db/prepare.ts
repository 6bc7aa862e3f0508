// Start-up: migrate, then seed. The matrix, role templates and question bank go into any
// database that has none (production needs them to work at all); the demo organisation too
// when seedDemo (the embedded database, or SEED_DEMO=true). Called from instrumentation.ts and scripts.
import type { DbConnection } from "./connection";
import { migrate } from "./migrate";
import { seedDatabase, type SeedReport } from "../../prisma/seed/seed";

export async function prepareDatabase(
  conn: DbConnection,
  opts: { seedDemo: boolean; history?: boolean; log?: (line: string) => void },
): Promise<{ applied: string[]; seed: SeedReport }> {
  const log = opts.log ?? (() => {});
  const applied = await migrate(conn.runner);
  if (applied.length) log(`Applied migrations: ${applied.join(", ")}`);
  // Under the start-up lock too: instances starting together (node:cluster workers, replicas)
  // would otherwise both find an empty database and seed it twice (a unique-key failure).
  const seed = await conn.runner.withLock(() =>
    seedDatabase(conn.prisma, { demo: opts.seedDemo, history: opts.history }),
  );
  if (seed.seeded) log(`Seeded ${opts.seedDemo ? "demo organisation" : "content"}: ${seed.summary}`);
  return { applied, seed };
}
