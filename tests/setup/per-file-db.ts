import { afterAll, beforeAll } from "vitest";
import { useConnection } from "../../lib/db";
import type { DbConnection } from "../../lib/db/connection";
import { openTestDatabase } from "./test-db";

let conn: DbConnection | undefined;
beforeAll(async () => {
  conn = await openTestDatabase();
  useConnection(conn);
});
afterAll(async () => {
  useConnection(undefined);
  await conn?.close();
});
