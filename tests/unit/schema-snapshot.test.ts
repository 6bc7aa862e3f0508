import fs from "node:fs";
import { expect, it } from "vitest";

it("has a migration for every schema change (run `npm run db:migration -- <name>`)", () => {
  const schema = fs.readFileSync("prisma/schema.prisma", "utf8");
  const snapshot = fs.readFileSync("prisma/migrations/schema-snapshot.prisma", "utf8");
  expect(schema === snapshot, "prisma/schema.prisma differs from the schema of the last migration").toBe(true);
});
