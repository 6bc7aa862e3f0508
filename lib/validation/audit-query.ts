// The audit page's URL parameters: one declaration for the page (which drops what it cannot use)
// and for proxy.ts (which answers 400 to an address carrying such a value, naming it).
import { z } from "zod";
import { AUDIT_ACTIONS } from "../audit-actions";
import { LAST_PAGE } from "../paging/last-page";
import { decodeCursor } from "../paging/cursor";
import { idParam, optional, textSearchParam } from "./list-params";

/** A calendar day as a date input sends it ("2026-11-02", from year 1), and a real one (not 2026-02-30). */
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((s) => s >= "0001-01-01") // no year 0: a date input's earliest day, and the database's
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
  });

const BIGINT_MAX = 9_223_372_036_854_775_807n;
/** An event id from a URL: a positive whole number Postgres' bigint holds, else invalid. */
export const eventIdSchema = z
  .string()
  .regex(/^[1-9]\d{0,18}$/)
  .transform((s) => BigInt(s))
  .refine((n) => n <= BIGINT_MAX);

const cursorOf = (legacyEventId: boolean) =>
  z
    .string()
    .max(2000)
    .refine(
      (s) => s === LAST_PAGE || decodeCursor(s, 1) !== null || (legacyEventId && eventIdSchema.safeParse(s).success),
    );

/**
 * Unknown actions and malformed cursors read as "all actions" and "the first page" (proxy.ts has
 * refused such addresses already; this is the second line).
 */
export const auditQuerySchema = z.object({
  action: optional(z.enum(AUDIT_ACTIONS), "must be one of the audit log's actions."),
  /** Part of the name (or, with an @, the email) of the person who acted. */
  who: textSearchParam(100),
  /** A candidate's id: only events about them, their applications, interviews and scorecards. */
  candidate: idParam,
  /** Events on or after this day, and on or before that one, in the viewer's zone. */
  from: optional(day, "is not a date (YYYY-MM-DD)."),
  to: optional(day, "is not a date (YYYY-MM-DD)."),
  after: optional(cursorOf(false), "is not a page of this list."),
  // Links made before paging carry a bare event id: "older than this event".
  before: optional(cursorOf(true), "is not a page of this list or an event number."),
});
