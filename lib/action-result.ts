// The typed result every server action returns: never a thrown 500 for bad input.
import type { z } from "zod";

export type FieldErrors = Record<string, string>;
export type ActionFailure =
  | { ok: false; kind: "invalid"; message: string; fieldErrors: FieldErrors }
  | {
      ok: false;
      kind: "not_found" | "forbidden" | "locked" | "unauthenticated" | "conflict" | "busy" | "error";
      message: string;
    }
  | { ok: false; kind: "rate_limited"; message: string; retryAfterSeconds: number };
export type ActionResult<T> = ({ ok: true } & T) | ActionFailure;

/**
 * zod's own wording for a value of the wrong kind ("Invalid input: expected string, received
 * number"): the forms never send one, so it means a tampered or stale request. Said plainly.
 */
const ZOD_DEFAULT_WORDING = /^Invalid (input|option|key|element)\b/;
export const UNREADABLE_VALUE = "This value is not one this field takes. Reload the page and try again.";

export function invalid(error: z.ZodError, message = "Some answers need attention."): ActionFailure {
  const fieldErrors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_form";
    fieldErrors[key] ??= ZOD_DEFAULT_WORDING.test(issue.message) ? UNREADABLE_VALUE : issue.message;
  }
  return { ok: false, kind: "invalid", message, fieldErrors };
}

/** `what` was not found; `why` says what likely happened instead ("no longer exists (it was cancelled)"). */
export const notFound = (what = "That item", why = "was not found"): ActionFailure => ({
  ok: false,
  kind: "not_found",
  message: `${what} ${why}, or you don't have access to it.`,
});
export const forbidden = (message = "You are not allowed to do that."): ActionFailure => ({
  ok: false,
  kind: "forbidden",
  message,
});
/** A refusal tied to one field (or none): the request was understood, the answer is no. */
export const refused = (message: string, field?: string): ActionFailure => ({
  ok: false,
  kind: "invalid",
  message,
  fieldErrors: field ? { [field]: message } : {},
});

/** Someone else changed the object since this form loaded it: nothing was saved. */
export const conflict = (message: string): ActionFailure => ({ ok: false, kind: "conflict", message });

/** Too many calls of an expensive action (lib/rate-limit/limits.ts): nothing was done. */
export const rateLimited = (message: string, retryAfterSeconds: number): ActionFailure => ({
  ok: false,
  kind: "rate_limited",
  message,
  retryAfterSeconds,
});

export const unauthenticated = (): ActionFailure => ({
  ok: false,
  kind: "unauthenticated",
  // Most forms keep what was typed only in the page (the scorecard, the plan and the job ad also on
  // the device): so sign in elsewhere and send again, rather than reload and lose it.
  message:
    "Your session has ended. Sign in again in a new tab, then send this again here: what you typed stays in this form until you reload or leave the page.",
});

/**
 * Whether a refusal suggests the page shows something that changed meanwhile (moved, claimed or
 * granted in another tab, deleted by someone else), so the page should fetch what stands now.
 * Not when the answer names a field the person can fix here (`fixable`), and never for an ended
 * session, a rate limit or a busy or failed database: refreshing then fixes nothing, and an ended
 * session would send the person to sign in and drop what they typed.
 */
export function refusalMayBeStale(res: ActionFailure, fixable: readonly string[] = []): boolean {
  switch (res.kind) {
    case "invalid":
      return !Object.keys(res.fieldErrors).some((field) => fixable.length === 0 || fixable.includes(field));
    case "not_found":
    case "forbidden":
    case "locked":
    case "conflict":
      return true;
    default:
      return false;
  }
}

export const DB_FAILURE_MESSAGE = {
  conflict: "That already exists — someone may have just added it. Reload and try again.",
  gone: "Something this refers to no longer exists; reload the page.",
  busy: "Busy, nothing was saved; try again.",
  error: "Something went wrong; nothing was saved.",
} as const;

// PostgreSQL SQLSTATEs: unique violation; foreign-key violation; serialization failure,
// deadlock, lock not available, statement/lock timeout (query_canceled).
const SQLSTATE = { conflict: ["23505"], gone: ["23503"], busy: ["40001", "40P01", "55P03", "57014"] };
// The same, as @prisma/adapter-pg names them once mapped (`kind`).
const ADAPTER_KIND = {
  conflict: ["UniqueConstraintViolation"],
  gone: ["ForeignKeyConstraintViolation"],
  busy: ["TransactionWriteConflict"],
};
// Prisma's own codes: unique; foreign key, record missing, required relation missing; transaction API (timeout, closed), write conflict/deadlock.
const PRISMA_CODE = { conflict: ["P2002"], gone: ["P2003", "P2025", "P2015", "P2018"], busy: ["P2028", "P2034"] };

type Cause = { code?: unknown; originalCode?: unknown; kind?: unknown };

/**
 * What a database error thrown by a service means for the user, whichever driver raised it:
 * Prisma's known errors (P20xx) on PostgreSQL through @prisma/adapter-pg, or the raw
 * DriverAdapterError the PGlite adapter throws with the SQLSTATE in `cause.code`. Null for
 * anything unrecognised (a bug: the caller logs it).
 */
export function classifyDbError(error: unknown): keyof typeof DB_FAILURE_MESSAGE | null {
  if (typeof error !== "object" || error === null) return null;
  const e = error as { code?: unknown; cause?: Cause; meta?: { driverAdapterError?: { cause?: Cause } } };
  const cause = e.meta?.driverAdapterError?.cause ?? e.cause;
  const codes = [e.code, cause?.code, cause?.originalCode].filter((c): c is string => typeof c === "string");
  const kind = typeof cause?.kind === "string" ? cause.kind : "";
  for (const key of ["conflict", "gone", "busy"] as const) {
    if (
      codes.some((c) => PRISMA_CODE[key].includes(c) || SQLSTATE[key].includes(c)) ||
      ADAPTER_KIND[key].includes(kind)
    )
      return key;
  }
  return null;
}

/** The result for a thrown error: a known database race, or a generic failure. */
export function failureFromError(error: unknown): ActionFailure {
  const key = classifyDbError(error) ?? "error";
  const kind = key === "gone" ? "not_found" : key;
  return { ok: false, kind, message: DB_FAILURE_MESSAGE[key] };
}
