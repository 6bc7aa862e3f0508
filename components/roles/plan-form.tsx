"use client";
import { formatDateTime } from "@/lib/dates";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useFieldArray, useForm, useWatch } from "react-hook-form";
import { savePlanAction } from "@/app/(app)/roles/actions";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { Input } from "@/components/ui/input";
import type { PlanBuilderData } from "@/lib/data/plan-builder";
import { planCoverage } from "@/lib/roles/coverage";
import { stageBank, tidyStage } from "@/lib/roles/plan-rules";
import { planSchema, STAGE_KIND_LABEL, STAGE_KINDS, type PlanInput } from "@/lib/validation/plan";
import { CoveragePanel } from "./coverage-panel";

export function PlanForm({ data, timeZone }: { data: PlanBuilderData; timeZone: string }) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const form = useForm<PlanInput>({ resolver: zodResolver(planSchema), defaultValues: { stages: data.stages }, mode: "onChange" });
  const { fields, append, remove, move } = useFieldArray({ control: form.control, name: "stages", keyName: "key" });
  const stages = useWatch({ control: form.control, name: "stages" }) ?? [];
  const coverage = planCoverage(
    data.targets,
    stages.map((s, i) => ({
      id: s.id ?? `new-${i}`,
      name: s.name || `Stage ${i + 1}`,
      domainIds: s.domainIds ?? [],
      interviewerIds: s.interviewerIds ?? [],
    })),
  );
  const errors = form.formState.errors.stages;

  const versionDomains = data.targets.map((t) => t.domainId);
  const published = data.role.planPublishedAt != null;
  const save = (publish: boolean) =>
    form.handleSubmit(async (values) => {
      setMessage(null);
      const sent = { stages: values.stages.map((s) => tidyStage(s, versionDomains, data.questions)) };
      const res = await savePlanAction(data.role.id, data.role.version, sent, publish);
      if (!res.ok) {
        if (res.kind === "invalid")
          for (const [k, v] of Object.entries(res.fieldErrors))
            if (k.startsWith("stages.")) form.setError(k as `stages.${number}.questionIds`, { message: v });
        return setMessage(res.message);
      }
      // Keep the ids of stages just created, so the next save updates them instead of recreating them.
      form.reset({ stages: sent.stages.map((s, i) => ({ ...s, id: res.stageIds[i] })) });
      setMessage(
        publish
          ? "Plan published."
          : res.unpublished
            ? "Draft saved. The plan was published before and is now unpublished: publish it again when it is ready."
            : "Draft plan saved (not published).",
      );
      router.refresh();
    })();

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void save(false);
      }}
      noValidate
      className="grid gap-6 lg:grid-cols-[2fr_1fr]"
    >
      <ol className="grid content-start gap-4">
        {fields.map((f, i) => {
          const chosen = stages[i]?.questionIds ?? [];
          const bank = stageBank(data.questions, data.targets, stages[i]?.domainIds ?? [], chosen);
          const chosenShown = bank.flatMap((g) => [...g.atTarget, ...g.others]).filter((q) => chosen.includes(q.id)).length;
          return (
            <li key={f.key} className="rounded-lg border border-border bg-card p-4">
              <div className="flex flex-wrap items-end gap-3">
                <div className="grid min-w-full flex-1 gap-1 sm:min-w-48">
                  <label className="text-sm font-medium" htmlFor={`s${i}-name`}>
                    Stage {i + 1} name
                  </label>
                  <Input id={`s${i}-name`} {...form.register(`stages.${i}.name`)} />
                </div>
                <div className="grid gap-1">
                  <label className="text-sm font-medium" htmlFor={`s${i}-kind`}>
                    Kind
                  </label>
                  <select
                    id={`s${i}-kind`}
                    className="h-10 rounded-md border border-border bg-card px-2 text-sm"
                    {...form.register(`stages.${i}.kind`)}
                  >
                    {STAGE_KINDS.map((k) => (
                      <option key={k} value={k}>
                        {STAGE_KIND_LABEL[k]}
                      </option>
                    ))}
                  </select>
                </div>
                <div className="grid gap-1">
                  <label className="text-sm font-medium" htmlFor={`s${i}-dur`}>
                    Minutes
                  </label>
                  <Input
                    id={`s${i}-dur`}
                    type="number"
                    className="w-24"
                    {...form.register(`stages.${i}.durationMinutes`, { valueAsNumber: true })}
                  />
                </div>
              </div>
              <FieldError id={`s${i}-name-err`} message={errors?.[i]?.name?.message ?? errors?.[i]?.durationMinutes?.message} />
              <div className="mt-3 grid gap-4 sm:grid-cols-2">
                <fieldset>
                  <legend className="text-sm font-medium">Focus domains</legend>
                  {data.targets.map((t) => (
                    <label key={t.domainId} className="mt-1 flex items-center gap-2 text-sm">
                      <input type="checkbox" className="h-4 w-4" value={t.domainId} {...form.register(`stages.${i}.domainIds`)} />
                      {t.name} <span className="text-xs text-muted-foreground">{t.level ? `target L${t.level}` : "not targeted"}</span>
                    </label>
                  ))}
                  <FieldError id={`s${i}-d-err`} message={errors?.[i]?.domainIds?.message} />
                </fieldset>
                <fieldset>
                  <legend className="text-sm font-medium">Interviewers</legend>
                  {data.team.map((p) => (
                    <label key={p.id} className="mt-1 flex items-center gap-2 text-sm">
                      <input type="checkbox" className="h-4 w-4" value={p.id} {...form.register(`stages.${i}.interviewerIds`)} />
                      {p.name}
                      {p.note ? <span className="text-xs text-danger">({p.note})</span> : null}
                    </label>
                  ))}
                  <FieldError id={`s${i}-i-err`} message={errors?.[i]?.interviewerIds?.message} />
                </fieldset>
              </div>
              {bank.length ? (
                <details className="mt-3">
                  <summary className="cursor-pointer text-sm font-medium">Questions from the bank ({chosenShown} chosen)</summary>
                  {bank.map((g) => (
                    <fieldset key={g.domainId} className="mt-2">
                      <legend className="text-sm font-medium">
                        {g.name}{" "}
                        <span className="text-xs font-normal text-muted-foreground">
                          {g.target ? `target L${g.target}` : "not targeted"}
                        </span>
                      </legend>
                      <ul className="mt-1 grid gap-1.5">
                        {[...g.atTarget, ...g.others].map((q, n) => (
                          <li key={q.id} className={n === g.atTarget.length && n > 0 ? "mt-1 border-t border-border pt-1.5" : undefined}>
                            <label className="flex gap-2 text-sm">
                              <input
                                type="checkbox"
                                className="mt-0.5 h-4 w-4 shrink-0"
                                value={q.id}
                                {...form.register(`stages.${i}.questionIds`)}
                              />
                              <span>
                                <span className={n < g.atTarget.length ? "font-semibold text-primary" : "text-muted-foreground"}>
                                  L{q.level}
                                  {n < g.atTarget.length ? " · target level" : ""}
                                </span>{" "}
                                {q.prompt}
                                {q.retired ? <span className="text-xs text-danger"> (retired: untick it)</span> : null}
                              </span>
                            </label>
                          </li>
                        ))}
                      </ul>
                    </fieldset>
                  ))}
                </details>
              ) : null}
              <FieldError id={`s${i}-q-err`} message={errors?.[i]?.questionIds?.message} />
              <div className="mt-3 flex gap-2">
                <Button type="button" size="sm" variant="ghost" disabled={i === 0} onClick={() => move(i, i - 1)}>
                  Move up
                </Button>
                <Button type="button" size="sm" variant="ghost" disabled={i === fields.length - 1} onClick={() => move(i, i + 1)}>
                  Move down
                </Button>
                <Button type="button" size="sm" variant="ghost" className="text-danger" onClick={() => remove(i)}>
                  Remove
                </Button>
              </div>
            </li>
          );
        })}
        <li>
          <Button
            type="button"
            variant="outline"
            onClick={() => append({ name: "", kind: "TECHNICAL", durationMinutes: 60, domainIds: [], interviewerIds: [], questionIds: [] })}
          >
            Add stage
          </Button>
        </li>
      </ol>
      <div className="grid content-start gap-4 lg:sticky lg:top-4">
        <CoveragePanel coverage={coverage} />
        {message ? (
          <p role="status" className="text-sm">
            {message}
          </p>
        ) : null}
        {typeof errors?.message === "string" ? (
          <p role="alert" className="text-sm text-danger">
            {errors.message}
          </p>
        ) : null}
        <Button type="submit" variant="outline" disabled={form.formState.isSubmitting}>
          {published ? "Save as draft (unpublishes the plan)" : "Save draft plan"}
        </Button>
        <Button type="button" disabled={form.formState.isSubmitting || !coverage.publishable} onClick={() => void save(true)}>
          {coverage.publishable ? "Publish plan" : "Cover every domain to publish"}
        </Button>
        {data.role.planPublishedAt ? (
          <p className="text-xs text-muted-foreground">Published {formatDateTime(data.role.planPublishedAt, timeZone)}</p>
        ) : null}
      </div>
    </form>
  );
}
