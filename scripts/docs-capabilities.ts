// npm run docs:capabilities: rewrites the README's "Who may do what" tables from lib/auth/permissions.ts.
import fs from "node:fs";
import path from "node:path";
import { withCapabilityTable } from "../lib/auth/capability-table";

const file = path.resolve(import.meta.dirname, "../README.md");
const before = fs.readFileSync(file, "utf8");
const after = withCapabilityTable(before);
fs.writeFileSync(file, after);
console.log(
  before === after ? "README.md: capability tables already up to date" : "README.md: capability tables rewritten",
);
