"use client";
import { useRouter } from "next/navigation";
import { useEffect, useMemo, useRef, useState } from "react";
import { FormProvider, useForm, useWatch } from "react-hook-form";
import { amendScorecardAction, submitScorecardAction } from "@/lib/scorecards/actions";
import { Button } from "@/components/ui/button";
import { lazyZodResolver } from "@/components/ui/lazy-zod-resolver";
import type { ScorecardFormKit } from "@/lib/data/interview-kit";
import { alignScores, missingItems, NOTHING_ASSESSED_MESSAGE, nothingAssessed } from "@/lib/validation/scorecard-rules";
import type { ScorecardValues } from "@/lib/validation/scorecard";
import { DomainScoreField } from "./domain-score-field";
import { ScorecardConflict } from "./scorecard-conflict";
import { goToMissing } from "./go-to-missing";
import { whatIsMissing } from "./what-is-missing";
import { useStartsLater } from "./use-starts-later";
import { useAmendReasonCopy } from "./use-amend-reason-copy";
import { LeftoverBanner } from "./leftover-banner";
import { OverallRecommendation } from "./overall-recommendation";
import { AmendReason, ClosedNotice } from "./scorecard-notices";
import { SubmitBar, SubmitButton, SubmittedStatus, type AnswersNotice } from "./submit-bar";
import { formatDateTime } from "@/lib/dates";
import { SaveStatus } from "./save-status";
import { useAutosave } from "./use-autosave";
import { useResetAnswers } from "./reset-answers";
import { useRestoreLocalCopy } from "./use-restore-local-copy";
import { CHECK_ON_SUBMIT } from "@/components/ui/form-modes";

// zod and the submit schema load on the first focus in the form (or the first validation), not with
// the page; if they cannot load (offline before any focus), the server's check of the same schema decides.
const validation = lazyZodResolver<ScorecardValues>(() =>
  import("@/lib/validation/scorecard").then((m) => m.scorecardSubmitSchema as never),
);
// While the page is surely online (someone starts typing), fetch what a later moment may need.
const preloadOnFocus = () => {
  validation.preload();
  void import("./conflict-dialog").catch(() => undefined);
};

export function ScorecardForm({
  kit,
  timeZone,
}: {
  kit: ScorecardFormKit;
  /** The viewer's, as the server rendered the page. */ timeZone: string;
}) {
  const router = useRouter();
  // Submitted per the page, or known here to be submitted before the page has refreshed.
  const [knownSubmitted, setKnownSubmitted] = useState(false);
  // When this device saw its submission go through, until the refreshed page carries the time.
  const [submittedHere, setSubmittedHere] = useState<string | null>(null);
  const submitted = kit.scorecard.status === "SUBMITTED" || knownSubmitted;
  const [amending, setAmending] = useState(false);
  const notYet = useStartsLater(kit.interview.startsLater, kit.interview.scheduledAt);
  const [leftover, setLeftover] = useState<ScorecardValues | null>(null);
  const [reason, setReason] = useState("");
  const reasonCopy = useAmendReasonCopy(kit.viewerId, kit.interview.id, amending, reason);
  const [serverMessage, setServerMessage] = useState<string | null>(null);
  // Good news, not an error: announced politely as a status, kept apart from the red alerts.
  const [notice, setNotice] = useState<AnswersNotice>(null);
  const [submitting, setSubmitting] = useState(false);
  // Closed application or erased candidate: no drafts or submissions; an amendment only if not erased.
  const closed = kit.closed;
  const canAmend = !kit.candidate.erasedAt;
  const [strandedLocal, setStrandedLocal] = useState<ScorecardValues | null>(null);
  const readOnly = (submitted && !amending) || (!!closed && !submitted);
  // Submitting (or saving or cancelling an amendment) replaces the button the person pressed:
  // focus goes to "Amend scorecard" instead of falling back to the page.
  const amendButton = useRef<HTMLButtonElement>(null);
  const wasEditable = useRef(!readOnly);
  useEffect(() => {
    if (readOnly && wasEditable.current && submitted) amendButton.current?.focus();
    wasEditable.current = !readOnly;
  }, [readOnly, submitted]);
  const form = useForm<ScorecardValues>({
    resolver: validation.resolver,
    defaultValues: kit.scorecard.values,
    ...CHECK_ON_SUBMIT,
  });
  const { resetAnswers, isResetting } = useResetAnswers(form);
  const domainIds = useMemo(() => kit.domains.map((d) => d.domainId), [kit.domains]);
  const autosave = useAutosave({
    userId: kit.viewerId,
    interviewId: kit.interview.id,
    initialVersion: kit.scorecard.version,
    initialBase: kit.scorecard.values,
    enabled: !submitted && !closed,
    onSubmittedElsewhere: () => {
      setKnownSubmitted(true);
      router.refresh();
    },
    onMerged: (merged) => {
      resetAnswers(alignScores(merged, domainIds));
      setNotice("merged");
    },
  });
  const onAutosaveChange = autosave.onChange;
  const values = useWatch({ control: form.control }) as ScorecardValues;
  // Both lists (the desktop's, the phone's shorter one) name domains as their cards' headings do:
  // the matrix's short names ("Data literacy") appear nowhere else on this page.
  const domainNames = useMemo(() => Object.fromEntries(kit.domains.map((d) => [d.domainId, d.name])), [kit.domains]);
  const { missing, reasonMissing, barMissing, barMissingShort, firstMissing } = whatIsMissing(
    missingItems(values, domainNames),
    { readOnly, amending, reason },
  );
  // A copy of the answers kept on this device: restored, offered as an amendment, or shown as a conflict.
  useRestoreLocalCopy({ kit, resetAnswers, autosave, domainIds, setStrandedLocal, setLeftover, setNotice });

  // Once the restored answers have reached the server, the notice has done its job: it goes a few
  // seconds after "Draft saved" appears (it stayed until the next reload, under any later status).
  const savedAfterRestore = notice !== null && autosave.state.kind === "saved";
  useEffect(() => {
    if (!savedAfterRestore) return;
    const t = setTimeout(() => setNotice(null), 6000);
    return () => clearTimeout(t);
  }, [savedAfterRestore]);

  const keepLocal = autosave.keepLocal;
  useEffect(() => {
    // Only user edits count, not resets. A draft autosaves; an amendment stays on this device until saved.
    return form.subscribe({
      formState: { values: true },
      callback: ({ values: v, name }) => {
        if (!name || isResetting()) return;
        setNotice(null); // read: the person is typing again
        if (!submitted) onAutosaveChange(v as ScorecardValues);
        else if (amending) keepLocal(v as ScorecardValues);
      },
    });
  }, [onAutosaveChange, keepLocal, form, submitted, amending, isResetting]);

  /** Start an amendment of the submitted scorecard (version `serverVersion`) with `v`. */
  const amendWith = (v: ScorecardValues, serverVersion: number) => {
    const aligned = alignScores(v, domainIds);
    resetAnswers(aligned);
    autosave.holdLocal(aligned, serverVersion);
    setKnownSubmitted(true);
    setAmending(true);
    setReason((typed) => typed || (reasonCopy.read() ?? ""));
    setLeftover(null);
    setServerMessage(null);
  };
  const cancelAmendment = () => {
    resetAnswers(kit.scorecard.values);
    autosave.clearLocal();
    setAmending(false);
    setReason("");
    reasonCopy.clear();
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
          return setServerMessage(
            res.message + ("fieldErrors" in res && res.fieldErrors.reason ? ` ${res.fieldErrors.reason}` : ""),
          );
        }
        autosave.setVersion(res.version);
        autosave.clearLocal();
        setAmending(false);
        setReason("");
        reasonCopy.clear();
      } else {
        await autosave.flush();
        const res = await submitScorecardAction({
          interviewId: kit.interview.id,
          expectedVersion: autosave.currentVersion(),
          values: v,
        });
        if (!res.ok) {
          // Submitted elsewhere with other answers, or a newer draft: both versions are shown, and
          // this device's copy stays until the user chooses.
          if ("server" in res) {
            autosave.keepLocal(v);
            return autosave.showConflict(res.server, v);
          }
          // Closed since this tab loaded: the page is read back (read-only, the closed notice), and
          // these answers stay on the device and are shown there, not said twice in the bar.
          if (res.kind === "locked") {
            autosave.keepLocal(v);
            setStrandedLocal(alignScores(v, domainIds));
            return router.refresh();
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
      setServerMessage(
        "Could not reach the server. Your answers are kept on this device; try again when you are online.",
      );
    } finally {
      setSubmitting(false);
    }
  });

  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} onFocus={preloadOnFocus} noValidate className="grid gap-5">
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
          <ClosedNotice reason={closed} stranded={strandedLocal} domainNames={domainNames} />
        ) : null}
        {notYet && !submitted && !closed ? (
          <p className="rounded-md border border-border bg-muted/40 p-3 text-sm">
            This interview is on {formatDateTime(kit.interview.scheduledAt, timeZone)}. Notes you type now are saved as
            a draft; you can submit once the interview has taken place.
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

        <OverallRecommendation readOnly={readOnly} />

        {amending ? <AmendReason reason={reason} onReasonChange={setReason} onCancel={cancelAmendment} /> : null}

        <SubmitBar
          status={
            submitted && !amending ? (
              <SubmittedStatus
                at={kit.scorecard.submittedAt ?? submittedHere}
                timeZone={timeZone}
                applicationId={kit.applicationId}
                panelFeedbackOpen={kit.panelFeedbackOpen}
              />
            ) : closed && !submitted ? (
              <span className="text-muted-foreground">Read only.</span>
            ) : amending && autosave.state.kind !== "conflict" ? (
              <span className="text-muted-foreground">Amendment kept on this device until you save it.</span>
            ) : (
              <SaveStatus state={autosave.state} />
            )
          }
          notice={notice}
          serverMessage={serverMessage}
          missing={barMissing}
          missingShort={barMissingShort}
          onGoToMissing={firstMissing ? () => goToMissing(firstMissing) : undefined}
          action={
            readOnly ? (
              submitted && canAmend ? (
                <Button
                  ref={amendButton}
                  type="button"
                  variant="outline"
                  onClick={() => {
                    setAmending(true);
                    // The button goes; the keyboard goes to what an amendment needs first, its reason.
                    requestAnimationFrame(() => document.getElementById("amend-reason")?.focus());
                  }}
                >
                  Amend scorecard
                </Button>
              ) : null
            ) : (
              <SubmitButton
                submitting={submitting}
                amending={amending}
                missing={missing.length}
                reasonTooShort={reasonMissing}
                // Submitting is refused before the interview: the button says so instead of being refused.
                waitsForInterview={notYet && !amending}
              />
            )
          }
        />
      </form>
      <ScorecardConflict
        autosave={autosave}
        domains={kit.domains}
        resetAnswers={resetAnswers}
        onKeptMine={() => setServerMessage(null)}
        onTookTheirs={(submittedThere) => {
          setLeftover(null);
          if (submittedThere) {
            setKnownSubmitted(true);
            setAmending(false);
            router.refresh();
          }
        }}
        onAmendWithMine={(local, version) => {
          amendWith(local, version);
          router.refresh();
        }}
      />
    </FormProvider>
  );
}
