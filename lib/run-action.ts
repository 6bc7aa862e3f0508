// The one wrapper every server action goes through, in this order: refuse a request from another
// site (CSRF; proxy.ts refuses it first with a 403, this holds if the proxy is skipped),
// authenticate (fresh from the database), refuse a kind of user the action is not for
// (`requires`, before the input is read: a refused caller learns nothing of its shape), parse ALL
// of the input with the action's zod schema (ids included), count an expensive action against
// the user's quota, run the body (which authorizes through lib/auth), and revalidate the affected
// page on success. Nothing throws to the client: bad input is an "invalid" result, and so is a
// database race (unique/foreign-key violation, missing row, serialization failure or transaction
// timeout) or any other error, which is logged here.
//
// Write an action with defineAction in lib/<feature>/actions.ts ("use server"):
//   export const saveThingAction = defineAction(z.tuple([idSchema, thingSchema]), (actor, [id, input]) => saveThing(actor, id, input), {
//     revalidate: ([id]) => `/things/${id}`,
//   });
// A tuple schema takes positional arguments; any other schema takes one argument.
import "server-only";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import {
  classifyDbError,
  failureFromError,
  forbidden,
  rateLimited,
  unauthenticated,
  type ActionFailure,
} from "./action-result";
import { CROSS_SITE_REFUSAL, isSameOriginRequest } from "./auth/same-origin";
import { can, type Capability } from "./auth/permissions";
import { currentUser, type CurrentUser } from "./auth/session";
import { throttleAction, type QuotaName } from "./rate-limit/limits";

/** Runs `fn` inside the guard shared by every action: thrown errors become results. */
async function guarded<R>(fn: () => Promise<R>): Promise<R | ActionFailure> {
  try {
    return await fn();
  } catch (error) {
    unstable_rethrow(error); // Next's redirect()/notFound() signals are not failures
    // A known race is the user's to retry; anything else is a bug worth a log line.
    if (!classifyDbError(error)) console.error("Server action failed:", error);
    return failureFromError(error);
  }
}

/** Same origin, then a signed-in user: the actor, or the refusal. */
async function actorOrRefusal(): Promise<CurrentUser | ActionFailure> {
  if (!isSameOriginRequest(await headers())) return forbidden(CROSS_SITE_REFUSAL);
  return (await currentUser()) ?? unauthenticated();
}
const isFailure = (x: CurrentUser | ActionFailure): x is ActionFailure => "ok" in x;

async function throttled(limit: QuotaName | undefined, userId: string): Promise<ActionFailure | null> {
  const t = limit ? await throttleAction(limit, userId) : null;
  return t ? rateLimited(t.message, t.retryAfterSeconds) : null;
}

/**
 * Bad input as a result: field errors keyed by the field's path (for a tuple, without the
 * argument's index, so a form's fields match). "Some answers need attention" when every problem
 * is inside a field of the input; "malformed" when an id, a version or the input's shape is wrong.
 */
function invalidInput(
  error: z.ZodError,
  tuple: boolean,
  say?: string | ((error: z.ZodError) => string),
): ActionFailure {
  const depth = tuple ? 1 : 0;
  const fieldErrors: Record<string, string> = {};
  let malformed = false;
  for (const issue of error.issues) {
    const path = issue.path.slice(depth);
    if (path.length === 0) malformed = true;
    fieldErrors[path.join(".") || "_form"] ??= issue.message;
  }
  const message =
    typeof say === "function"
      ? say(error)
      : (say ?? (malformed ? "That request was malformed." : "Some answers need attention."));
  return { ok: false, kind: "invalid", message, fieldErrors };
}

type DefineOptions<I> = {
  /**
   * The capability (lib/auth/permissions.ts) every caller needs, checked before the input is
   * parsed; the body still applies its per-object rules. `refusal` is the forbidden message.
   */
  requires?: Capability;
  refusal?: string;
  /** The page to refresh after a successful call: a path, or one computed from the parsed input. */
  revalidate?: string | ((input: I) => string);
  /** Refresh the path's whole layout (every page under it), not just its page. */
  revalidateLayout?: boolean;
  /** An expensive action: counted per user (lib/rate-limit/limits.ts), after the input is parsed. */
  limit?: QuotaName;
  /** The invalid result's message, when the default ("malformed" / "some answers need attention") is not the right one. */
  invalidMessage?: string | ((error: z.ZodError) => string);
};

/** The action's parameters: a tuple schema's elements, or the one input of any other schema. */
type ActionArgs<S extends z.ZodType> = S extends z.ZodTuple ? z.input<S> : [input: z.input<S>];

/**
 * A server action: `schema` covers ALL of its input (a z.tuple for positional arguments), `body`
 * gets the signed-in actor and the parsed input and authorizes through lib/auth. See the top of
 * this file for the order of the checks.
 */
export function defineAction<S extends z.ZodType, R extends { ok: boolean }>(
  schema: S,
  body: (actor: CurrentUser, input: z.output<S>) => Promise<R>,
  opts: DefineOptions<z.output<S>> = {},
): (...args: ActionArgs<S>) => Promise<R | ActionFailure> {
  const tuple = schema instanceof z.ZodTuple;
  const action = async (...args: unknown[]): Promise<R | ActionFailure> =>
    guarded(async () => {
      const actor = await actorOrRefusal();
      if (isFailure(actor)) return actor;
      if (opts.requires && !can(actor, opts.requires)) return forbidden(opts.refusal);
      const parsed = schema.safeParse(tuple ? args : args[0]);
      if (!parsed.success) return invalidInput(parsed.error, tuple, opts.invalidMessage);
      const refusal = await throttled(opts.limit, actor.id);
      if (refusal) return refusal;
      const result = await body(actor, parsed.data);
      if (result.ok && opts.revalidate) {
        const path = typeof opts.revalidate === "string" ? opts.revalidate : opts.revalidate(parsed.data);
        revalidatePath(path, opts.revalidateLayout ? "layout" : "page");
      }
      return result;
    });
  return action as (...args: ActionArgs<S>) => Promise<R | ActionFailure>;
}
