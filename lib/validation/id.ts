// Ids in URLs and action arguments: every table's key is a cuid, so anything else (a NUL byte,
// a path, 300 characters) is answered "malformed" before it reaches the database.
import { z } from "zod";

export const idSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "That id is malformed.");

/** True when every value of a route's params is a well-formed id. */
export function paramsAreIds(params: object): boolean {
  return Object.values(params).every((v) => idSchema.safeParse(v).success);
}
