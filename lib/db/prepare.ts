// Start-up: migrate, then seed the demo organisation into an empty embedded database
// (or any empty database when SEED_DEMO=true). Called from instrumentation.ts and scripts.
import type { DbConnection } from "./connection";
import { migrate } from "./migrate";
import { seedDatabase, type SeedReport } from "../../prisma/seed/seed";

export async function prepareDatabase(
  conn: DbConnection,
  opts: { seedDemo: boolean; log?: (line: string) => void },
): Promise<{ applied: string[]; seed: SeedReport | null }> {
  const log = opts.log ?? (() => {});
  const applied = await migrate(conn.runner);
  if (applied.length) log(`Applied migrations: ${applied.join(", ")}`);
  const seed = opts.seedDemo ? await seedDatabase(conn.prisma, { demo: true }) : null;
  if (seed?.seeded) log(`Seeded demo organisation: ${seed.summary}`);
  return { applied, seed };
}
