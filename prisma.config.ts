// Prisma CLI configuration (Prisma 7). The CLI is used for `prisma generate` only: the app
// connects through driver adapters (lib/db/connection.ts), migrations are applied by
// lib/db/migrate.ts and written by scripts/new-migration.sh (see docs/decisions/001-database.md).
import fs from "node:fs";
import path from "node:path";
import { defineConfig } from "prisma/config";

// Prisma 7's CLI starts by downloading its native schema engine when it is not installed
// (@prisma/engines' install script is not approved in package.json, and these machines cannot
// reach binaries.prisma.sh). `generate` never runs it, so point the CLI at a stub that fails
// with an explanation: `migrate`/`db` commands then fail loudly instead of downloading.
const engines = path.join("node_modules", "@prisma", "engines");
const hasSchemaEngine = fs.existsSync(engines) && fs.readdirSync(engines).some((f) => f.startsWith("schema-engine-"));
if (!hasSchemaEngine) process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.resolve("scripts", "no-schema-engine.sh");

export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  // For `prisma migrate deploy|status` / `prisma studio` where the schema engine is installed.
  ...(process.env.DATABASE_URL ? { datasource: { url: process.env.DATABASE_URL } } : {}),
});
