import { afterAll, beforeAll } from "vitest";
import { setConnection } from "../../lib/db";
import type { DbConnection } from "../../lib/db/connection";
import { openTestDatabase } from "./test-db";

let conn: DbConnection | undefined;
beforeAll(async () => {
  conn = await openTestDatabase();
  setConnection(conn);
});
afterAll(async () => {
  setConnection(undefined);
  await conn?.close();
});
