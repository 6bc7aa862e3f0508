"use client";
import dynamic from "next/dynamic";
import { useRouter } from "next/navigation";
import { useEffect, useMemo, useRef, useState } from "react";
import { FormProvider, useForm, useWatch } from "react-hook-form";
import { amendScorecardAction, submitScorecardAction } from "@/lib/scorecards/actions";
import { Button } from "@/components/ui/button";
import { lazyZodResolver } from "@/components/ui/lazy-zod-resolver";
import type { InterviewKit } from "@/lib/data/interview-kit";
import { clsx } from "clsx"; // joined, not merged: these classes never conflict (no tailwind-merge here)
import {
  characterCountText,
  alignScores,
  AMEND_REASON_MIN,
  missingForSubmit,
  NOTE_MAX,
  NOTHING_ASSESSED_MESSAGE,
  nothingAssessed,
  RECOMMENDATION_LABEL,
  RECOMMENDATIONS,
  sameScorecardValues,
} from "@/lib/validation/scorecard-rules";
import { limitAnnouncement } from "@/lib/validation/text-limits";
import type { ScorecardValues } from "@/lib/validation/scorecard";
import { DomainScoreField } from "./domain-score-field";
import { LeftoverBanner } from "./leftover-banner";
import { SaveStatus } from "./save-status";
import { readLocalCopy } from "./local-copies";
import { useAutosave } from "./use-autosave";
import { formatDateTime } from "@/lib/dates";

// zod and the submit schema load on the first focus in the form (or the first validation), not with
// the page; if they cannot load (offline before any focus), the server's check of the same schema decides.
const validation = lazyZodResolver<ScorecardValues>(() =>
  import("@/lib/validation/scorecard").then((m) => m.scorecardSubmitSchema as never),
);
// Shown only when a save meets a newer copy from elsewhere.
const ConflictDialog = dynamic(() => import("./conflict-dialog").then((m) => m.ConflictDialog), { ssr: false });

// While the page is surely online (someone starts typing), fetch what a later moment may need.
const preloadOnFocus = () => {
  validation.preload();
  void import("./conflict-dialog").catch(() => undefined);
};

export function ScorecardForm({
  kit,
  timeZone,
}: {
  kit: InterviewKit;
  /** The viewer's, as the server rendered the page. */ timeZone: string;
}) {
  const router = useRouter();
  // Submitted per the page, or known here to be submitted before the page has refreshed.
  const [knownSubmitted, setKnownSubmitted] = useState(false);
  // When this device saw its submission go through, until the refreshed page carries the time.
  const [submittedHere, setSubmittedHere] = useState<string | null>(null);
  const submitted = kit.scorecard.status === "SUBMITTED" || knownSubmitted;
  const [amending, setAmending] = useState(false);
  const [leftover, setLeftover] = useState<ScorecardValues | null>(null);
  const [reason, setReason] = useState("");
  const [serverMessage, setServerMessage] = useState<string | null>(null);
  // Good news, not an error: announced politely as a status, kept apart from the red alerts.
  const [restoredNotice, setRestoredNotice] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  // Closed application or erased candidate: no drafts or submissions; an amendment only if not erased.
  const closed = kit.closed;
  const canAmend = !kit.candidate.erasedAt;
  const [strandedLocal, setStrandedLocal] = useState(false);
  const readOnly = (submitted && !amending) || (!!closed && !submitted);
  const form = useForm<ScorecardValues>({
    resolver: validation.resolver,
    defaultValues: kit.scorecard.values,
    mode: "onTouched",
  });
  const autosave = useAutosave({
    userId: kit.viewerId,
    interviewId: kit.interview.id,
    initialVersion: kit.scorecard.version,
    enabled: !submitted && !closed,
    onSubmittedElsewhere: () => {
      setKnownSubmitted(true);
      router.refresh();
    },
  });
  const onAutosaveChange = autosave.onChange;
  const values = useWatch({ control: form.control }) as ScorecardValues;
  const domainNames = useMemo(() => Object.fromEntries(kit.domains.map((d) => [d.domainId, d.shortName])), [kit.domains]);
  const domainIds = useMemo(() => kit.domains.map((d) => d.domainId), [kit.domains]);
  const missing = missingForSubmit(values, domainNames);
  const restored = useRef(false);

  // A local copy newer than the server's (typed before a reload, a crash or while offline) wins;
  // one based on an older server version is a conflict the user settles. On a submitted
  // scorecard, a local copy that differs is offered back as an amendment.
  useEffect(() => {
    if (restored.current) return;
    restored.current = true;
    const local = readLocalCopy(kit.viewerId, kit.interview.id);
    if (!local) return;
    // localStorage only exists after hydration, so restoring must happen in an effect.
    if (sameScorecardValues(local.values, kit.scorecard.values)) {
      autosave.clearLocal(); // the server already has exactly this
      return;
    }
    // Nothing can be saved any more: the copy stays on this device (sign-out asks about it).
    if (kit.closed && (kit.scorecard.status !== "SUBMITTED" || kit.candidate.erasedAt)) {
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setStrandedLocal(true);
      return;
    }
    const restoredValues = alignScores(local.values, domainIds);
    if (kit.scorecard.status === "SUBMITTED") {
      setLeftover(restoredValues);
      return;
    }
    if (local.baseVersion === kit.scorecard.version) {
      form.reset(restoredValues);
      autosave.onChange(restoredValues);
      setRestoredNotice(true);
    } else {
      autosave.showConflict(
        {
          values: kit.scorecard.values,
          version: kit.scorecard.version,
          updatedAt: kit.scorecard.updatedAt ?? new Date().toISOString(),
          status: kit.scorecard.status,
        },
        restoredValues,
      );
    }
  }, [autosave, domainIds, form, kit]);

  const keepLocal = autosave.keepLocal;
  useEffect(() => {
    // Only user edits count, not resets. A draft autosaves; an amendment stays on this device until saved.
    return form.subscribe({
      formState: { values: true },
      callback: ({ values: v, name }) => {
        if (!name) return;
        if (!submitted) onAutosaveChange(v as ScorecardValues);
        else if (amending) keepLocal(v as ScorecardValues);
      },
    });
  }, [onAutosaveChange, keepLocal, form, submitted, amending]);

  /** Start an amendment of the submitted scorecard (version `serverVersion`) with `v`. */
  const amendWith = (v: ScorecardValues, serverVersion: number) => {
    const aligned = alignScores(v, domainIds);
    form.reset(aligned);
    autosave.holdLocal(aligned, serverVersion);
    setKnownSubmitted(true);
    setAmending(true);
    setLeftover(null);
    setServerMessage(null);
  };
  const cancelAmendment = () => {
    form.reset(kit.scorecard.values);
    autosave.clearLocal();
    setAmending(false);
    setReason("");
  };

  const onSubmit = form.handleSubmit(async (v) => {
    setSubmitting(true);
    setServerMessage(null);
    try {
      if (amending) {
        const res = await amendScorecardAction({
          interviewId: kit.interview.id,
          expectedVersion: autosave.currentVersion(),
          values: v,
          reason,
        });
        if (!res.ok) {
          if ("server" in res) {
            autosave.keepLocal(v);
            return autosave.showConflict(res.server, v);
          }
          return setServerMessage(res.message + ("fieldErrors" in res && res.fieldErrors.reason ? ` ${res.fieldErrors.reason}` : ""));
        }
        autosave.setVersion(res.version);
        autosave.clearLocal();
        setAmending(false);
        setReason("");
      } else {
        await autosave.flush();
        const res = await submitScorecardAction({ interviewId: kit.interview.id, expectedVersion: autosave.currentVersion(), values: v });
        if (!res.ok) {
          // Submitted elsewhere with other answers, or a newer draft: both versions are shown, and
          // this device's copy stays until the user chooses.
          if ("server" in res) {
            autosave.keepLocal(v);
            return autosave.showConflict(res.server, v);
          }
          return setServerMessage(res.message);
        }
        autosave.setVersion(res.version);
        setKnownSubmitted(true);
        setSubmittedHere(new Date().toISOString());
        autosave.clearLocal();
      }
      router.refresh();
    } catch {
      autosave.keepLocal(v);
      setServerMessage("Could not reach the server. Your answers are kept on this device; try again when you are online.");
    } finally {
      setSubmitting(false);
    }
  });

  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} onFocus={preloadOnFocus} noValidate className="grid gap-5 pb-24">
        {leftover && !amending ? (
          <LeftoverBanner
            onAmend={() => amendWith(leftover, autosave.currentVersion())}
            onCompare={() =>
              autosave.showConflict(
                {
                  values: kit.scorecard.values,
                  version: autosave.currentVersion(),
                  updatedAt: kit.scorecard.updatedAt ?? new Date().toISOString(),
                  status: "SUBMITTED",
                },
                leftover,
              )
            }
            onDiscard={() => {
              autosave.clearLocal();
              setLeftover(null);
            }}
          />
        ) : null}
        {closed && !submitted ? (
          <p role="status" className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950">
            {closed}: this scorecard can no longer be saved or submitted.
            {strandedLocal
              ? " This device still holds answers you typed for it that never reached the server; they stay here until you sign out."
              : ""}
          </p>
        ) : null}
        {kit.domains.map((d, i) => (
          <DomainScoreField key={d.domainId} domain={d} index={i} readOnly={readOnly} />
        ))}
        {/* The schema's list-level rule, shown as the values change (Submit stays disabled meanwhile). */}
        {!readOnly && nothingAssessed(values) ? (
          <p id="scores-err" className="rounded-md border border-danger/40 bg-danger/5 p-3 text-sm text-danger">
            {NOTHING_ASSESSED_MESSAGE}
          </p>
        ) : null}

        <section aria-labelledby="overall-h" className="rounded-lg border border-border bg-card p-4 sm:p-5">
          <h3 id="overall-h" className="text-lg font-semibold">
            Overall recommendation
          </h3>
          <fieldset disabled={readOnly} className="mt-3" aria-describedby={form.formState.errors.recommendation ? "rec-err" : undefined}>
            <legend className="sr-only">Overall recommendation</legend>
            <div className="grid grid-cols-2 gap-2 sm:grid-cols-5">
              {RECOMMENDATIONS.map((r) => (
                <label
                  key={r}
                  className={clsx(
                    "flex min-h-11 cursor-pointer items-center justify-center rounded-md border px-2 text-sm has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-ring",
                    values.recommendation === r ? "border-primary bg-primary text-white" : "border-border hover:bg-muted",
                  )}
                >
                  <input type="radio" value={r} className="sr-only" {...form.register("recommendation")} />
                  {RECOMMENDATION_LABEL[r]}
                </label>
              ))}
            </div>
            {form.formState.errors.recommendation ? (
              <p id="rec-err" className="mt-1 text-sm text-danger">
                {form.formState.errors.recommendation.message}
              </p>
            ) : null}
          </fieldset>
          <div className="mt-4 grid gap-1.5">
            <label htmlFor="private-note" className="text-sm font-medium">
              Private note for the hiring team <span className="font-normal text-muted-foreground">(optional)</span>
            </label>
            <textarea
              id="private-note"
              rows={3}
              maxLength={NOTE_MAX}
              readOnly={readOnly}
              aria-describedby="private-note-count"
              className="w-full rounded-md border border-border bg-card p-3 text-base sm:text-sm"
              {...form.register("privateNote")}
            />
            <NoteCount />
          </div>
        </section>

        {amending ? (
          <section className="rounded-lg border border-amber-300 bg-amber-50 p-4">
            <label htmlFor="amend-reason" className="text-sm font-medium">
              Why are you changing a submitted scorecard?
            </label>
            <textarea
              id="amend-reason"
              rows={2}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              className="mt-1.5 w-full rounded-md border border-border bg-card p-3 text-base sm:text-sm"
            />
            <p className="text-xs text-muted-foreground">
              Kept in the audit log with the previous values. At least {AMEND_REASON_MIN} characters.
            </p>
            <Button type="button" variant="outline" size="sm" className="mt-2" onClick={cancelAmendment}>
              Cancel the amendment
            </Button>
          </section>
        ) : null}

        <div
          data-sticky-bottom
          className="no-print sticky bottom-0 -mx-4 border-t border-border bg-card/95 px-4 py-3 backdrop-blur sm:mx-0 sm:rounded-lg sm:border"
        >
          <div className="flex flex-col gap-2 sm:flex-row sm:items-center sm:justify-between">
            <div className="text-sm" aria-live="polite">
              {submitted && !amending ? (
                <span className="text-success">
                  {submittedText(kit.scorecard.submittedAt ?? submittedHere, timeZone)} Locked.{" "}
                  <a href={`/candidates/${kit.applicationId}`} className="text-primary underline underline-offset-4">
                    See the panel&apos;s feedback
                  </a>
                </span>
              ) : closed && !submitted ? (
                <span className="text-muted-foreground">Read only.</span>
              ) : amending && autosave.state.kind !== "conflict" ? (
                <span className="text-muted-foreground">Amendment kept on this device until you save it.</span>
              ) : (
                <SaveStatus state={autosave.state} />
              )}
              {restoredNotice ? (
                <p role="status" className="mt-1 text-muted-foreground">
                  Restored what you typed on this device that had not reached the server yet.
                </p>
              ) : null}
              {serverMessage ? (
                <p role="alert" className="mt-1 text-danger">
                  {serverMessage}
                </p>
              ) : null}
              {!readOnly && missing.length > 0 ? (
                <p id="missing" className="mt-1 text-muted-foreground">
                  Still missing: {missing.join(", ")}.
                </p>
              ) : null}
            </div>
            {readOnly ? (
              submitted && canAmend ? (
                <Button type="button" variant="outline" onClick={() => setAmending(true)}>
                  Amend scorecard
                </Button>
              ) : null
            ) : (
              <Button
                type="submit"
                disabled={submitting || missing.length > 0 || (amending && reason.trim().length < AMEND_REASON_MIN)}
                aria-describedby={missing.length ? "missing" : undefined}
              >
                {submitting
                  ? "Submitting…"
                  : amending
                    ? "Save amendment"
                    : missing.length
                      ? `Submit (${missing.length} missing)`
                      : "Submit scorecard"}
              </Button>
            )}
          </div>
        </div>
      </form>
      {autosave.state.kind === "conflict" ? (
        <ConflictDialog
          domains={kit.domains}
          local={autosave.state.local}
          server={autosave.state.server}
          onKeepLocal={() => {
            if (autosave.state.kind !== "conflict") return;
            // The form shows exactly what is kept, based on the server's version, so the next
            // keystroke or submit builds on it rather than on what was on screen.
            const kept = alignScores(autosave.state.local, domainIds);
            form.reset(kept);
            autosave.resolveConflict(autosave.state.server, kept);
            setServerMessage(null);
          }}
          onUseServer={() => {
            if (autosave.state.kind !== "conflict") return;
            const server = autosave.state.server;
            form.reset(alignScores(server.values, domainIds));
            autosave.resolveConflict(server, null);
            setLeftover(null);
            if (server.status === "SUBMITTED") {
              setKnownSubmitted(true);
              setAmending(false);
              router.refresh();
            }
          }}
          onAmendWithLocal={() => {
            if (autosave.state.kind !== "conflict") return;
            amendWith(autosave.state.local, autosave.state.server.version);
            router.refresh();
          }}
        />
      ) : null}
    </FormProvider>
  );
}

/** "Submitted 28 Nov 2026, 21:19 CET." or, with no time known, "Submitted." (never "Submitted ."). */
export function submittedText(at: string | Date | null | undefined, timeZone: string): string {
  const when = formatDateTime(at, timeZone, "");
  return when ? `Submitted ${when}.` : "Submitted.";
}

/** The private note's length against its limit, under the box. */
function NoteCount() {
  const note = useWatch<ScorecardValues, "privateNote">({ name: "privateNote" }) ?? "";
  const count = characterCountText(note.length, NOTE_MAX);
  return (
    <>
      <p id="private-note-count" className={clsx("text-xs", count.over ? "text-danger" : "text-muted-foreground")}>
        {count.text}
      </p>
      <span className="sr-only" aria-live="polite">
        {limitAnnouncement(note.length, NOTE_MAX)}
      </span>
    </>
  );
}
