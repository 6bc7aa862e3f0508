"use client";
import type { FieldErrors, UseFormRegister } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { CharacterCount } from "@/components/ui/character-count";
import { FieldError } from "@/components/ui/field-error";
import { FieldSet } from "@/components/ui/fieldset";
import { Input } from "@/components/ui/input";
import type { PlanBuilderData } from "@/lib/data/plan-builder";
import type { ReadinessWarning } from "@/lib/readiness/rules";
import { stageBank } from "@/lib/roles/plan-rules";
import {
  mayBeUnscored,
  STAGE_KIND_LABEL,
  STAGE_KINDS,
  stageSchema,
  type PlanInput,
  type StageInput,
} from "@/lib/validation/plan";
import { maxOf } from "@/lib/validation/text-limits";
import { Select } from "@/components/ui/select";

const NAME_MAX = maxOf(stageSchema.shape.name);
/** The stage's group legends keep the editor's label style (no gap below: the controls carry their own). */
const LEGEND = "text-sm font-medium";
const listOf = (names: string[]) =>
  names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;

/** Element ids of a stage's fields, shared with the error summary's links. */
export const stageFieldId = (i: number, field: string) =>
  ({
    name: `s${i}-name`,
    kind: `s${i}-kind`,
    durationMinutes: `s${i}-dur`,
    domainIds: `s${i}-domains`,
    interviewerIds: `s${i}-people`,
  })[field] ?? `s${i}-questions`;

type Props = {
  i: number;
  count: number;
  stage: Partial<StageInput> | undefined;
  data: PlanBuilderData;
  register: UseFormRegister<PlanInput>;
  errors: FieldErrors<StageInput> | undefined;
  /** Focus domains rated only by interviewers not yet qualified for them: shown, never blocking. */
  readiness?: ReadinessWarning[];
  move: (from: number, to: number) => void;
  remove: (i: number) => void;
};

/** One stage of the plan: name, kind, duration, focus domains, interviewers and questions. */
export function PlanStage({ i, count, stage, data, register, errors, readiness = [], move, remove }: Props) {
  const chosen = stage?.questionIds ?? [];
  const bank = stageBank(data.questions, data.targets, stage?.domainIds ?? [], chosen);
  const chosenShown = bank.flatMap((g) => [...g.atTarget, ...g.others]).filter((q) => chosen.includes(q.id)).length;
  const unscored = mayBeUnscored(stage?.kind ?? "") && (stage?.domainIds ?? []).length === 0;
  return (
    <li className="rounded-lg border border-border bg-card p-4">
      <div className="flex flex-wrap items-end gap-3">
        <div className="grid min-w-full flex-1 gap-1 sm:min-w-48">
          <label className="text-sm font-medium" htmlFor={stageFieldId(i, "name")}>
            Stage {i + 1} name
          </label>
          <Input
            id={stageFieldId(i, "name")}
            aria-invalid={!!errors?.name}
            aria-describedby={`s${i}-name-count s${i}-name-err`}
            defaultValue={stage?.name}
            {...register(`stages.${i}.name`)}
          />
          {/* The editor keeps the whole name on this device; only saving needs it within the limit. */}
          <CharacterCount
            id={`s${i}-name-count`}
            value={stage?.name}
            max={NAME_MAX}
            overNote="kept on this device; shorten it to save."
          />
        </div>
        <div className="grid gap-1">
          <label className="text-sm font-medium" htmlFor={stageFieldId(i, "kind")}>
            Kind
          </label>
          <Select id={stageFieldId(i, "kind")} defaultValue={stage?.kind} {...register(`stages.${i}.kind`)}>
            {STAGE_KINDS.map((k) => (
              <option key={k} value={k}>
                {STAGE_KIND_LABEL[k]}
              </option>
            ))}
          </Select>
        </div>
        <div className="grid gap-1">
          <label className="text-sm font-medium" htmlFor={stageFieldId(i, "durationMinutes")}>
            Minutes
          </label>
          <Input
            id={stageFieldId(i, "durationMinutes")}
            type="number"
            className="w-24"
            aria-invalid={!!errors?.durationMinutes}
            defaultValue={Number.isFinite(stage?.durationMinutes) ? stage?.durationMinutes : undefined}
            {...register(`stages.${i}.durationMinutes`, { valueAsNumber: true })}
          />
        </div>
      </div>
      <FieldError id={`s${i}-name-err`} message={errors?.name?.message ?? errors?.durationMinutes?.message} />
      <div className="mt-3 grid gap-4 sm:grid-cols-2">
        <FieldSet
          id={stageFieldId(i, "domainIds")}
          legend="Focus domains"
          legendClassName={LEGEND}
          description={
            unscored
              ? "None chosen: this stage is not scored (its scorecard asks for a recommendation and notes only)."
              : mayBeUnscored(stage?.kind ?? "")
                ? "Optional for a behavioural or debrief stage: with none, the stage is not scored."
                : null
          }
          error={errors?.domainIds?.message}
        >
          {(c) =>
            data.targets.map((t) => (
              <label key={t.domainId} className="mt-1 flex items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  className="h-4 w-4"
                  value={t.domainId}
                  defaultChecked={stage?.domainIds?.includes(t.domainId)}
                  {...c}
                  {...register(`stages.${i}.domainIds`)}
                />
                {t.name}{" "}
                <span className="text-xs text-muted-foreground">{t.level ? `target L${t.level}` : "not targeted"}</span>
              </label>
            ))
          }
        </FieldSet>
        <FieldSet
          id={stageFieldId(i, "interviewerIds")}
          legend="Interviewers"
          legendClassName={LEGEND}
          error={errors?.interviewerIds?.message}
        >
          {(c) =>
            data.team.map((p) => (
              <label key={p.id} className="mt-1 flex items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  className="h-4 w-4"
                  value={p.id}
                  defaultChecked={stage?.interviewerIds?.includes(p.id)}
                  {...c}
                  {...register(`stages.${i}.interviewerIds`)}
                />
                {p.name}
                {p.note ? <span className="text-xs text-danger">({p.note})</span> : null}
              </label>
            ))
          }
        </FieldSet>
      </div>
      {readiness.length ? (
        <div role="note" className="mt-3 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
          <p className="font-medium">Not yet qualified</p>
          <ul className="mt-1 grid gap-1">
            {readiness.map((w) => (
              <li key={w.domainId}>
                {w.domain} would be rated only by {listOf(w.interviewers)},{" "}
                {w.interviewers.length === 1 ? "who is" : "who are"} not yet qualified for it. Add a qualified
                interviewer, or keep the plan: this is a warning, not a block.
              </li>
            ))}
          </ul>
          <p className="mt-1 text-xs">
            <a href="/readiness/team" className="underline underline-offset-4">
              Team readiness
            </a>{" "}
            shows who is qualified for what.
          </p>
        </div>
      ) : null}
      {bank.length ? (
        <details className="mt-3" id={stageFieldId(i, "questionIds")}>
          <summary className="cursor-pointer text-sm font-medium">
            Questions from the bank ({chosenShown} chosen)
          </summary>
          {bank.map((g) => (
            <FieldSet
              key={g.domainId}
              id={`s${i}-q-${g.domainId}`}
              className="mt-2"
              legendClassName={LEGEND}
              legend={
                <>
                  {g.name}{" "}
                  <span className="text-xs font-normal text-muted-foreground">
                    {g.target ? `target L${g.target}` : "not targeted"}
                  </span>
                </>
              }
              invalid={!!errors?.questionIds}
              describedBy={errors?.questionIds ? `s${i}-q-err` : undefined}
            >
              {(c) => (
                <ul className="mt-1 grid gap-1.5">
                  {[...g.atTarget, ...g.others].map((q, n) => (
                    <li
                      key={q.id}
                      className={n === g.atTarget.length && n > 0 ? "mt-1 border-t border-border pt-1.5" : undefined}
                    >
                      <label className="flex gap-2 text-sm">
                        <input
                          type="checkbox"
                          className="mt-0.5 h-4 w-4 shrink-0"
                          value={q.id}
                          defaultChecked={chosen.includes(q.id)}
                          {...c}
                          {...register(`stages.${i}.questionIds`)}
                        />
                        <span>
                          <span
                            className={n < g.atTarget.length ? "font-semibold text-primary" : "text-muted-foreground"}
                          >
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
              )}
            </FieldSet>
          ))}
        </details>
      ) : null}
      <FieldError id={`s${i}-q-err`} message={errors?.questionIds?.message} />
      <div className="mt-3 flex flex-wrap gap-2">
        <Button type="button" size="sm" variant="ghost" disabled={i === 0} onClick={() => move(i, i - 1)}>
          Move up
        </Button>
        <Button type="button" size="sm" variant="ghost" disabled={i === count - 1} onClick={() => move(i, i + 1)}>
          Move down
        </Button>
        {stage?.id && data.stagesInUse[stage.id] ? (
          // Removing it would drop its interviews or take candidates out of the pipeline: the plan
          // service refuses, so the form says so first.
          <p className="self-center text-xs text-muted-foreground">
            Has {data.stagesInUse[stage.id]}: rename it rather than remove it.
          </p>
        ) : (
          <Button type="button" size="sm" variant="ghost" className="text-danger" onClick={() => remove(i)}>
            Remove
          </Button>
        )}
      </div>
    </li>
  );
}
