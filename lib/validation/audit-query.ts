// The audit page's URL parameters: one definition for the page (which drops what it cannot use)
// and for proxy.ts (which answers 400 to an address carrying such a value, naming it).
import { z } from "zod";
import { AUDIT_ACTIONS } from "../audit-actions";
import { decodeCursor } from "../paging/cursor";

const BIGINT_MAX = 9_223_372_036_854_775_807n;
/** An event id from a URL: a positive whole number Postgres' bigint holds, else invalid. */
export const eventIdSchema = z
  .string()
  .regex(/^[1-9]\d{0,18}$/)
  .transform((s) => BigInt(s))
  .refine((n) => n <= BIGINT_MAX);

const firstValue = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const cursorOf = (message: string, legacyEventId: boolean) =>
  z
    .string()
    .max(2000, message)
    .refine((s) => decodeCursor(s, 1) !== null || (legacyEventId && eventIdSchema.safeParse(s).success), message);

/** Strict: every value present must be usable. */
export const auditQueryStrictSchema = z.object({
  action: z.enum(AUDIT_ACTIONS, `“action” must be one of the audit log's actions.`).optional(),
  after: cursorOf(`“after” is not a page of this list.`, false).optional(),
  // Links made before paging carry a bare event id: "older than this event".
  before: cursorOf(`“before” is not a page of this list or an event number.`, true).optional(),
});

const oneString = z.preprocess(firstValue, z.string().max(2000).optional()).catch(undefined);
/**
 * What the page reads: unknown actions and malformed cursors become "all actions" and "the first
 * page" (proxy.ts has refused such addresses already; this is the second line).
 */
export const auditQuerySchema = z.object({
  action: z.preprocess(firstValue, auditQueryStrictSchema.shape.action).catch(undefined),
  after: oneString,
  before: oneString,
});
