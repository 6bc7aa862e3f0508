// Autosave for scorecard drafts as a state machine. `step(state, event)` is pure: it returns the
// next state and the effects to run (write or clear the device copy, send a save, set the one
// timer, tell the form the scorecard was submitted elsewhere or merged). `createAutosave`
// (autosave-driver.ts) runs those effects and is what the React hook (use-autosave.ts) wraps.
//
// Behaviour: every change is written to the device copy at once, then sent after a short pause;
// failures retry with backoff, and again when the window regains focus, becomes visible or comes
// back online, until the server has it. One save is in flight at a time; a flush asked for
// meanwhile runs once afterwards, with the version the previous save returned. The server's
// version number makes a save from a stale tab come back as a conflict instead of overwriting; the
// machine keeps the values the server holds at its version (`base`), so such a conflict is merged
// field by field (lib/scorecards/merge.ts) and only what both sides changed is put to the person.
import { mergeScorecards } from "@/lib/scorecards/merge";
import type { ServerCopy } from "@/lib/scorecards/service";
import type { ScorecardValues } from "@/lib/validation/scorecard";
import { withinDraftLimits } from "@/lib/validation/scorecard-rules";

export type SaveState =
  | { kind: "idle" }
  | { kind: "saving" }
  | { kind: "saved"; at: string }
  | { kind: "retrying"; message: string }
  | { kind: "signed-out"; message: string }
  /** `base`: what both versions started from, when known (then only the fields both changed conflict). */
  | { kind: "conflict"; server: ServerCopy; local: ScorecardValues; base: ScorecardValues | null }
  | { kind: "error"; message: string };

export type AutosaveState = {
  status: SaveState;
  /** The server version the next save builds on. */
  version: number;
  /** The values the server holds at `version`, as far as this tab knows (null: not known). */
  base: ScorecardValues | null;
  /** Values the server does not have yet (null: nothing to send). */
  pending: ScorecardValues | null;
  /** False once the scorecard is submitted or closed: changes are not saved as drafts. */
  enabled: boolean;
  /** Failed saves in a row (sets the backoff). */
  attempts: number;
  /** The save in flight: the values typed, those sent (cut to the draft limits), and whether they differ. */
  inFlight: { values: ScorecardValues; sent: ScorecardValues; cut: boolean } | null;
  /** A flush asked for while a save was in flight: it runs once, when that save has ended. */
  queued: boolean;
};

/** What the save action answers (the shape of lib/scorecards' SaveResult). */
export type SaveReply =
  | { ok: true; version: number; savedAt: string; alreadySubmitted?: boolean }
  | { ok: false; kind: string; message: string; server?: ServerCopy };

export type AutosaveEvent =
  | { type: "change"; values: ScorecardValues }
  /** The pause after typing ended, a retry timer fired, or the form wants the draft saved now. */
  | { type: "flush" }
  /** Focus, visibility or the network came back. */
  | { type: "return" }
  | { type: "reply"; reply: SaveReply }
  /** The save threw: offline or server unreachable. */
  | { type: "unreachable" }
  /** The user settled a conflict: keep this device's values (saved on the server's version) or drop them. */
  | { type: "resolve"; server: ServerCopy; keep: ScorecardValues | null }
  /** Stop server saves and keep `values` on this device only, based on `version` (an amendment). */
  | { type: "hold"; values: ScorecardValues; version: number }
  | { type: "keep-local"; values: ScorecardValues }
  | { type: "clear-local" }
  | { type: "set-version"; version: number }
  | { type: "show-conflict"; server: ServerCopy; local: ScorecardValues; base?: ScorecardValues | null }
  | { type: "enable"; enabled: boolean }
  /** The page is being left (reload, navigation, closing the tab). */
  | { type: "leaving" };

export type AutosaveEffect =
  | { type: "write-local"; values: ScorecardValues; baseVersion: number; base: ScorecardValues | null }
  | { type: "clear-local" }
  /** Replace the one timer (a flush after `ms`), or cancel it (`ms: null`). */
  | { type: "timer"; ms: number | null }
  | { type: "send"; values: ScorecardValues; expectedVersion: number }
  | { type: "submitted-elsewhere" }
  /** Another tab's changes were merged in without a conflict: the form shows `values`. */
  | { type: "merged"; values: ScorecardValues };

export const DEBOUNCE_MS = 1200;
/** A save due while the page is being left waits this long: the next page restores the device copy and saves it. */
export const LEAVING_MS = 10_000;
/** States a focus, visibility or online event retries (a conflict waits for the user's choice). */
const RETRY_ON_RETURN: SaveState["kind"][] = ["retrying", "signed-out", "error"];

/** Wait before retry number `attempt` (1, 2, ...): 2 s doubling, at most 30 s. */
export const backoffMs = (attempt: number) => Math.min(30_000, 2000 * 2 ** (attempt - 1));

export function initialAutosaveState(
  version: number,
  enabled: boolean,
  base: ScorecardValues | null = null,
): AutosaveState {
  return {
    status: { kind: "idle" },
    version,
    base,
    pending: null,
    enabled,
    attempts: 0,
    inFlight: null,
    queued: false,
  };
}

type Step = [AutosaveState, AutosaveEffect[]];

export function step(s: AutosaveState, event: AutosaveEvent): Step {
  switch (event.type) {
    case "change":
      if (!s.enabled) return [s, []];
      return [
        { ...s, pending: event.values },
        [
          { type: "write-local", values: event.values, baseVersion: s.version, base: s.base },
          { type: "timer", ms: DEBOUNCE_MS },
        ],
      ];
    case "flush":
      return s.inFlight ? [s.queued ? s : { ...s, queued: true }, []] : start(s);
    case "return":
      return s.pending && RETRY_ON_RETURN.includes(s.status.kind) ? step(s, { type: "flush" }) : [s, []];
    case "reply":
    case "unreachable":
      return s.inFlight ? thenQueued(ended(s, s.inFlight, event.type === "reply" ? event.reply : null)) : [s, []];
    case "resolve": {
      const settled = { ...s, version: event.server.version, base: event.server.values };
      if (event.keep) {
        const kept: AutosaveState = { ...settled, pending: event.keep };
        const [next, effects] = step(kept, { type: "flush" });
        return [
          next,
          [{ type: "write-local", values: event.keep, baseVersion: kept.version, base: kept.base }, ...effects],
        ];
      }
      return [
        { ...settled, pending: null, status: { kind: "saved", at: event.server.updatedAt } },
        [{ type: "clear-local" }],
      ];
    }
    case "hold":
      return [
        { ...s, pending: null, version: event.version, base: null, status: { kind: "idle" } },
        [
          { type: "timer", ms: null },
          { type: "write-local", values: event.values, baseVersion: event.version, base: null },
        ],
      ];
    case "keep-local":
      return [s, [{ type: "write-local", values: event.values, baseVersion: s.version, base: s.base }]];
    case "clear-local":
      return [s, [{ type: "clear-local" }]];
    case "set-version":
      // Set after an amendment or a submission: the values at that version are not this machine's to know.
      return [{ ...s, version: event.version, base: null }, []];
    case "show-conflict":
      return [
        { ...s, status: { kind: "conflict", server: event.server, local: event.local, base: event.base ?? null } },
        [],
      ];
    case "enable":
      return event.enabled === s.enabled ? [s, []] : [{ ...s, enabled: event.enabled }, []];
    case "leaving":
      // A save sent now can reach the server after the next page has read the scorecard: that page
      // would then restore the device copy on a version that is no longer current, a conflict with
      // itself. The device copy has the values, so the pending save waits; if the page stays after
      // all (the person chose to stay), it still goes out.
      return s.pending && !s.inFlight && (s.status.kind === "idle" || s.status.kind === "saved")
        ? [s, [{ type: "timer", ms: LEAVING_MS }]]
        : [s, []];
  }
}

/** Start a save of what is pending (the timer is cancelled either way). */
function start(s: AutosaveState): Step {
  const cancel: AutosaveEffect = { type: "timer", ms: null };
  if (!s.pending || !s.enabled) return [s, [cancel]];
  // Text over its limit is saved cut to the limit; the whole text stays here (see withinDraftLimits).
  const sent = withinDraftLimits(s.pending);
  return [
    { ...s, status: { kind: "saving" }, inFlight: { values: s.pending, sent, cut: sent !== s.pending } },
    [cancel, { type: "send", values: sent, expectedVersion: s.version }],
  ];
}

/** The save in flight ended with `reply` (null: it threw). */
function ended(s0: AutosaveState, flight: NonNullable<AutosaveState["inFlight"]>, reply: SaveReply | null): Step {
  const s: AutosaveState = { ...s0, inFlight: null };
  const { values } = flight;
  if (!reply) return retryLater(s, "Offline or server unreachable. Kept on this device;");
  if (reply.ok) {
    const next: AutosaveState = {
      ...s,
      version: reply.version,
      base: flight.sent,
      attempts: 0,
      status: { kind: "saved", at: reply.savedAt },
    };
    const effects: AutosaveEffect[] = [];
    if (s.pending === values) {
      next.pending = null;
      // Saved up to the limit: this device keeps the longer text (on the new version) until it is shortened.
      effects.push(
        flight.cut
          ? { type: "write-local", values, baseVersion: reply.version, base: flight.sent }
          : { type: "clear-local" },
      );
    } else if (s.pending) {
      // typed meanwhile
      effects.push({ type: "write-local", values: s.pending, baseVersion: reply.version, base: flight.sent });
    }
    // Same answers as a scorecard submitted from another tab: nothing lost, now locked.
    if (reply.alreadySubmitted) effects.push({ type: "submitted-elsewhere" });
    return [next, effects];
  }
  if (reply.server) return conflicted(s, reply.server, s.pending ?? values);
  if (reply.kind === "unauthenticated") return [{ ...s, status: { kind: "signed-out", message: reply.message } }, []];
  if (reply.kind === "busy") return retryLater(s, `${reply.message} Kept on this device;`); // a retry will do
  return [{ ...s, status: { kind: "error", message: reply.message } }, []];
}

/**
 * Another tab or device saved `server` since this tab's version. A draft's changes are merged with
 * this tab's (`mine`: the newest typed, not only the save that was refused) when the values both
 * started from are known: with no field changed on both sides, the merge is shown in the form and
 * saved on the server's version without asking. Otherwise the person chooses.
 */
function conflicted(s: AutosaveState, server: ServerCopy, mine: ScorecardValues): Step {
  if (server.status === "DRAFT" && s.base) {
    const { merged, conflicts } = mergeScorecards(s.base, mine, server.values);
    if (conflicts.length === 0) {
      const next: AutosaveState = { ...s, version: server.version, base: server.values, pending: merged };
      const [started, effects] = start(next);
      return [
        started,
        [
          { type: "merged", values: merged },
          { type: "write-local", values: merged, baseVersion: server.version, base: server.values },
          ...effects,
        ],
      ];
    }
  }
  return [{ ...s, status: { kind: "conflict", server, local: mine, base: s.base } }, []];
}

function retryLater(s: AutosaveState, why: string): Step {
  const attempts = s.attempts + 1;
  const delay = backoffMs(attempts);
  return [
    { ...s, attempts, status: { kind: "retrying", message: `${why} retrying in ${Math.round(delay / 1000)} s.` } },
    [{ type: "timer", ms: delay }],
  ];
}

/** A flush asked for during the save that just ended runs now, on the version it returned. */
function thenQueued([s, effects]: Step): Step {
  if (!s.queued) return [s, effects];
  const [next, more] = start({ ...s, queued: false });
  return [next, [...effects, ...more]];
}
