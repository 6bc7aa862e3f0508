// Prisma CLI configuration: offline "js engine" mode (see docs/decisions/001-database.md).
// The CLI is used for `prisma generate` and `prisma migrate diff` only; migrations are
// applied by lib/db/migrate.ts so they work on the embedded database and PostgreSQL alike.
import path from "node:path";
import { defineConfig } from "prisma/config";

process.env.PRISMA_CLI_DATABASE_URL ??= "postgresql://unused@127.0.0.1:5432/unused";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  async adapter() {
    const { PGlite } = await import("@electric-sql/pglite");
    const { PrismaPGlite } = await import("pglite-prisma-adapter");
    return new PrismaPGlite(new PGlite()) as never; // typed against an older adapter-utils, see lib/db/connection.ts
  },
});
