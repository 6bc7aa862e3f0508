// Prisma 6 CLI configuration for `prisma migrate diff` only (scripts/new-migration.sh).
// Prisma 7's `migrate diff` needs its native schema engine, which cannot be downloaded on
// offline machines; Prisma 6.19 diffs two schema files with its WebAssembly schema engine
// when given a driver adapter (never connected to: diffing two schemas needs no database).
const config = {
  experimental: { adapter: true },
  engine: "js",
  schema: process.env.MIGRATE_DIFF_SCHEMA,
  async adapter() {
    const { PGlite } = await import("@electric-sql/pglite");
    const { PrismaPGlite } = await import("pglite-prisma-adapter");
    return new PrismaPGlite(new PGlite());
  },
};

export default config;
