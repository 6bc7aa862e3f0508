// The typed result every server action returns: never a thrown 500 for bad input.
import type { z } from "zod";

export type FieldErrors = Record<string, string>;
export type ActionFailure =
  | { ok: false; kind: "invalid"; message: string; fieldErrors: FieldErrors }
  | { ok: false; kind: "not_found" | "forbidden" | "locked" | "unauthenticated"; message: string };
export type ActionResult<T> = ({ ok: true } & T) | ActionFailure;

export function invalid(error: z.ZodError, message = "Some answers need attention."): ActionFailure {
  const fieldErrors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_form";
    fieldErrors[key] ??= issue.message;
  }
  return { ok: false, kind: "invalid", message, fieldErrors };
}

export const notFound = (what = "That item"): ActionFailure => ({ ok: false, kind: "not_found", message: `${what} was not found, or you don't have access to it.` });
export const forbidden = (message = "You are not allowed to do that."): ActionFailure => ({ ok: false, kind: "forbidden", message });

export const unauthenticated = (): ActionFailure => ({ ok: false, kind: "unauthenticated", message: "Your session has ended. Sign in again; nothing you typed is lost on this device." });
