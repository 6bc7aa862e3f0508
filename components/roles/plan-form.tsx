"use client";
import { formatDateTime } from "@/lib/dates";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useEffect, useMemo, useRef, useState } from "react";
import { useFieldArray, useForm, useWatch, type FieldErrors } from "react-hook-form";
import { savePlanAction } from "@/lib/roles/actions";
import { Button } from "@/components/ui/button";
import { ErrorSummary, type SummaryItem } from "@/components/ui/error-summary";
import { useUnsavedGuard } from "@/components/ui/use-unsaved-guard";
import type { PlanBuilderData } from "@/lib/data/plan-builder";
import { unqualifiedStageDomains } from "@/lib/readiness/rules";
import { planCoverage } from "@/lib/roles/coverage";
import { tidyStage } from "@/lib/roles/plan-rules";
import { checkedIds, planSchema, type PlanInput, type StageInput } from "@/lib/validation/plan";
import { CoveragePanel } from "./coverage-panel";
import { PlanStage, stageFieldId } from "./plan-stage";
import { usePlanCopy } from "./use-plan-copy";
import { RestoredNotice } from "@/components/ui/restored-notice";
import { applyFieldErrors } from "@/lib/forms/field-errors";

const FIELDS = ["name", "kind", "durationMinutes", "domainIds", "interviewerIds", "questionIds"] as const;

/** Every error the form holds, in page order, as links for the summary at the top. */
function summaryItems(errors: FieldErrors<PlanInput>): SummaryItem[] {
  const stages = errors.stages;
  if (!stages) return [];
  const items: SummaryItem[] = [];
  const whole = stages.message ?? stages.root?.message;
  if (typeof whole === "string") items.push({ fieldId: "add-stage", message: whole });
  if (Array.isArray(stages))
    stages.forEach((s, i) => {
      for (const f of FIELDS) {
        const message = s?.[f]?.message;
        if (message) items.push({ fieldId: stageFieldId(i, f), message: `Stage ${i + 1}: ${message}` });
      }
    });
  return items;
}

const planResolver = zodResolver(planSchema);
/** A stage with its checkbox groups read as lists (checkedIds). */
const listsOf = <S extends Partial<StageInput>>(s: S) => ({
  ...s,
  domainIds: checkedIds(s.domainIds),
  interviewerIds: checkedIds(s.interviewerIds),
  questionIds: checkedIds(s.questionIds),
});

export function PlanForm({ data, timeZone }: { data: PlanBuilderData; timeZone: string }) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const [showSummary, setShowSummary] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  // The version the last save returned: a Publish right after a Save must not send the page's stale one.
  const version = useRef(data.role.version);
  // Save and Publish run one after the other, each reading the form as the previous one left it.
  const queue = useRef<Promise<void>>(Promise.resolve());
  const [saved, setSaved] = useState<StageInput[]>(data.stages);
  const [pending, setPending] = useState(0);
  // A failed save focuses the summary at the top (which links to each field), not the first field.
  const form = useForm<PlanInput>({
    resolver: (values, context, options) => planResolver({ stages: values.stages.map(listsOf) }, context, options),
    defaultValues: { stages: data.stages },
    mode: "onChange",
    shouldFocusError: false,
  });
  const { fields, append, remove, move } = useFieldArray({ control: form.control, name: "stages", keyName: "key" });
  // Lists as lists, whatever the checkbox groups hold (checkedIds): everything below reads these.
  const watched = useWatch({ control: form.control, name: "stages" });
  const stages = useMemo(() => (watched ?? []).map(listsOf), [watched]);
  const copy = usePlanCopy({
    userId: data.userId,
    roleId: data.role.id,
    title: data.role.title,
    saved,
    version,
    current: stages,
    restore: (restored) => form.reset({ stages: restored }),
  });
  useUnsavedGuard(copy.dirty);
  const coverage = planCoverage(
    data.targets,
    stages.map((s, i) => ({
      id: s.id ?? `new-${i}`,
      name: s.name || `Stage ${i + 1}`,
      domainIds: s.domainIds ?? [],
      interviewerIds: s.interviewerIds ?? [],
    })),
  );
  // Warnings, never a block: a focus domain rated only by interviewers not yet qualified for it (lib/readiness).
  const readiness = unqualifiedStageDomains(
    stages.map((s) => ({ name: s.name ?? "", domainIds: s.domainIds ?? [], interviewerIds: s.interviewerIds ?? [] })),
    data.qualified,
    {
      domains: Object.fromEntries(data.targets.map((t) => [t.domainId, t.name])),
      people: Object.fromEntries(data.team.map((p) => [p.id, p.name])),
    },
  );
  const errors = form.formState.errors.stages;
  // Adding a stage re-checks them all (mode onChange): a stage shows its problems once someone has
  // been in one of its fields or tried to save, not as a new, empty stage appears.
  const touched = form.formState.touchedFields.stages;
  const stageErrors = (i: number) => (showSummary || touched?.[i] ? errors?.[i] : undefined);
  const items = showSummary ? summaryItems(form.formState.errors) : [];

  const versionDomains = data.targets.map((t) => t.domainId);
  // Whether the plan as saved is published: the page's data, then each save's answer (before the refresh lands).
  // A save's answer holds until the page's data changes (the refresh it asked for has landed).
  const onServer = data.role.planPublishedAt != null;
  const [answered, setAnswered] = useState<{ onServer: boolean; published: boolean } | null>(null);
  const published = answered && answered.onServer === onServer ? answered.published : onServer;
  const setPublished = (p: boolean) => setAnswered({ onServer, published: p });
  // Each failed save moves focus to the summary once it is on the page.
  const [problemsShown, setProblemsShown] = useState(0);
  useEffect(() => {
    if (problemsShown) summaryRef.current?.focus();
  }, [problemsShown]);
  const showProblems = () => {
    setShowSummary(true);
    setProblemsShown((n) => n + 1);
  };
  const saveNow = (publish: boolean) =>
    form.handleSubmit(async (values) => {
      setMessage(null);
      const sent = { stages: values.stages.map((s) => tidyStage(s, versionDomains, data.questions)) };
      const res = await savePlanAction(data.role.id, version.current, sent, publish);
      if (!res.ok) {
        if (applyFieldErrors(form, res, (k) => k.startsWith("stages.")).length) showProblems();
        return setMessage(res.message);
      }
      version.current = res.version;
      if (publish) setPublished(true);
      else if (res.unpublished) setPublished(false);
      setShowSummary(false);
      // Keep the ids of stages just created, so the next save updates them instead of recreating them.
      const withIds = sent.stages.map((s, i) => ({ ...s, id: res.stageIds[i] }));
      form.reset({ stages: withIds });
      setSaved(withIds);
      copy.dismissNotice();
      setMessage(
        publish
          ? "Plan published."
          : res.unpublished
            ? "Draft saved. The plan was published before and is now unpublished: publish it again when it is ready."
            : "Draft plan saved (not published).",
      );
      router.refresh();
    }, showProblems)();
  const save = (publish: boolean) => {
    setPending((n) => n + 1);
    queue.current = queue.current.then(() => saveNow(publish)).finally(() => setPending((n) => n - 1));
    return queue.current;
  };

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void save(false);
      }}
      noValidate
      className="grid gap-6 lg:grid-cols-[2fr_1fr]"
    >
      {data.leftOut.length ? (
        <div
          role="note"
          className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 lg:col-span-2"
        >
          <p className="font-medium">Not in matrix version {data.matrixVersion}, so left out of the form</p>
          <ul className="mt-1 list-disc pl-5">
            {data.leftOut.map((l) => (
              <li key={l.stage}>
                {l.stage}:{" "}
                {[
                  ...l.domains.map((d) => `${d} (retired)`),
                  ...(l.questions
                    ? [
                        `${l.questions} question${l.questions === 1 ? "" : "s"} in ${l.domains.length > 1 ? "them" : "it"}`,
                      ]
                    : []),
                ].join(", ")}
              </li>
            ))}
          </ul>
          <p className="mt-1">Saving or publishing the plan keeps it without them.</p>
        </div>
      ) : null}
      {copy.restored || copy.stale || items.length ? (
        <div className="grid gap-3 lg:col-span-2">
          {copy.stale ? (
            <RestoredNotice
              id="stale-h"
              title="Unsaved changes on this device, made on an older plan"
              discardLabel="Discard them"
              onDiscard={copy.discardStale}
              action={{ label: "Put my changes in the form", onClick: copy.applyStale }}
            >
              You changed this plan on {formatDateTime(copy.stale.at, timeZone)} without saving, and the plan has been
              saved by someone since. The form shows the latest plan. Put your changes in the form to review them
              (saving them then replaces the latest plan), or discard them.
            </RestoredNotice>
          ) : null}
          {copy.restored ? (
            <RestoredNotice
              id="restored-h"
              title="Unsaved changes restored from this device"
              discardLabel="Discard them"
              onDiscard={() => {
                form.reset({ stages: saved });
                copy.discard();
              }}
            >
              This plan holds changes you made on {formatDateTime(copy.restored.at, timeZone)} that were never saved.
              They are not saved yet: save or publish to keep them.
              {copy.restored.baseVersion !== data.role.version
                ? " The role has been saved since then; check the stages before saving, as saving replaces the plan."
                : ""}
            </RestoredNotice>
          ) : null}
          <ErrorSummary ref={summaryRef} items={items} />
        </div>
      ) : null}
      <ol className="grid content-start gap-4">
        {fields.map((f, i) => (
          <PlanStage
            key={f.key}
            i={i}
            count={fields.length}
            stage={stages[i]}
            data={data}
            register={form.register}
            errors={stageErrors(i)}
            readiness={readiness.filter((w) => w.stageIndex === i)}
            move={move}
            remove={remove}
          />
        ))}
        <li>
          <Button
            id="add-stage"
            type="button"
            variant="outline"
            onClick={() =>
              append({
                name: "",
                kind: "TECHNICAL",
                durationMinutes: 60,
                domainIds: [],
                interviewerIds: [],
                questionIds: [],
              })
            }
          >
            Add stage
          </Button>
        </li>
      </ol>
      <div className="grid content-start gap-4 lg:sticky lg:top-4 lg:max-h-[calc(100dvh-2rem)] lg:self-start lg:overflow-y-auto lg:pr-1">
        <CoveragePanel coverage={coverage} />
        {pending ? (
          <p role="status" className="text-sm">
            Saving…
          </p>
        ) : message ? (
          <p role="status" className="text-sm">
            {message}
          </p>
        ) : copy.dirty ? (
          <p className="text-sm text-muted-foreground">Unsaved changes (kept on this device until you save).</p>
        ) : null}
        <Button type="submit" variant="outline">
          {published ? "Save as draft (unpublishes the plan)" : "Save draft plan"}
        </Button>
        {/* Published with nothing changed, publishing again would do nothing: the button says so. */}
        <Button
          type="button"
          disabled={!coverage.publishable || (published && !copy.dirty && !pending)}
          onClick={() => void save(true)}
        >
          {!coverage.publishable
            ? "Cover every domain to publish"
            : !published
              ? "Publish plan"
              : copy.dirty || pending
                ? "Publish changes"
                : "Published: no changes to publish"}
        </Button>
        {data.role.planPublishedAt ? (
          <p className="text-xs text-muted-foreground">
            Published {formatDateTime(data.role.planPublishedAt, timeZone)}
          </p>
        ) : null}
      </div>
    </form>
  );
}
