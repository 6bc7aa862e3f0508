"use client";
import { useState } from "react";
import { useController, useFormContext } from "react-hook-form";
import { FieldError } from "@/components/ui/field-error";
import { LevelBadge } from "@/components/ui/level-badge";
import { levelDelta } from "@/lib/roles/profile-checks";
import { DEFAULT_WEIGHT, weightFromInput, type RoleInput } from "@/lib/validation/role";
import { Select } from "@/components/ui/select";

const EMPHASIS_LABEL = { CORE: "core", SUPPORTING: "supporting", PERIPHERAL: "light use" } as const;

/** One domain's target: level picker, weight, the indicators expected, and a level comparison. */
export function TargetRow({
  index,
  name,
  emphasis,
  indicators,
}: {
  index: number;
  name: string;
  emphasis: keyof typeof EMPHASIS_LABEL;
  indicators: Record<number, string[]>;
}) {
  const { register, formState } = useFormContext<RoleInput>();
  const errors = formState.errors.targets?.[index];
  // Radios give strings; the controller keeps the level a number for the shared zod schema.
  const { field } = useController<RoleInput, `targets.${number}.level`>({ name: `targets.${index}.level` });
  const level = field.value;
  const [compare, setCompare] = useState<[number, number] | null>(null);
  const cells = [1, 2, 3].map((l) => ({ level: l, indicators: indicators[l] ?? [] }));
  const id = `t-${index}`;
  return (
    <fieldset className="rounded-lg border border-border bg-card p-4">
      <legend className="px-1 font-semibold">
        {name}{" "}
        <span className="text-xs font-normal text-muted-foreground">({EMPHASIS_LABEL[emphasis]} for this cluster)</span>
      </legend>
      <div className="flex flex-wrap items-end gap-4">
        <div role="radiogroup" aria-label={`Target level for ${name}`} className="flex gap-1.5">
          {[0, 1, 2, 3].map((l) => (
            <label
              key={l}
              className={`flex h-10 min-w-12 cursor-pointer items-center justify-center rounded-md border px-2 text-sm has-[:focus-visible]:outline-2 ${level === l ? "border-primary bg-primary text-white" : "border-border hover:bg-muted"}`}
            >
              <input
                type="radio"
                className="sr-only"
                name={field.name}
                value={l}
                checked={level === l}
                onChange={() => field.onChange(l)}
                onBlur={field.onBlur}
              />
              {l === 0 ? "None" : `L${l}`}
            </label>
          ))}
        </div>
        <label className="grid gap-1 text-sm" htmlFor={`${id}-w`}>
          <span>
            Weight <span className="text-xs text-muted-foreground">(optional, blank = {DEFAULT_WEIGHT})</span>
          </span>
          <input
            id={`${id}-w`}
            // Text: a number field reports "e" or "-" as blank, which read as the default weight.
            type="text"
            inputMode="decimal"
            autoComplete="off"
            placeholder={String(DEFAULT_WEIGHT)}
            aria-invalid={!!errors?.weight}
            aria-describedby={errors?.weight ? `${id}-w-err` : undefined}
            className="h-10 w-20 rounded-md border border-border px-2"
            defaultValue={formState.defaultValues?.targets?.[index]?.weight ?? undefined}
            {...register(`targets.${index}.weight`, { setValueAs: weightFromInput })}
          />
        </label>
        <button
          type="button"
          className="text-sm text-primary underline underline-offset-4"
          onClick={() => setCompare(compare ? null : [Math.max(0, (level || 1) - 1), Math.max(1, level || 1)])}
        >
          {compare ? "Hide comparison" : "Compare levels"}
        </button>
      </div>
      <FieldError id={`${id}-w-err`} message={errors?.weight?.message ?? errors?.level?.message} />
      {level > 0 ? (
        <div className="mt-3 text-sm">
          <p className="font-medium">
            Expected at <LevelBadge level={level} />:
          </p>
          <ul className="mt-1 list-disc space-y-0.5 pl-5 text-muted-foreground">
            {(indicators[level] ?? []).map((t) => (
              <li key={t}>{t}</li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="mt-3 text-sm text-muted-foreground">Not assessed for this role.</p>
      )}
      {compare ? (
        <div className="mt-3 rounded-md bg-muted p-3 text-sm">
          <p className="flex flex-wrap items-center gap-2">
            What a candidate at
            <Select
              aria-label="From level"
              value={compare[0]}
              onChange={(e) => setCompare([Number(e.target.value), compare[1]])}
              size="xs"
            >
              {[0, 1, 2].map((l) => (
                <option key={l} value={l}>
                  {l === 0 ? "below L1" : `L${l}`}
                </option>
              ))}
            </Select>
            is missing to reach
            <Select
              aria-label="To level"
              value={compare[1]}
              onChange={(e) => setCompare([compare[0], Number(e.target.value)])}
              size="xs"
            >
              {[1, 2, 3].map((l) => (
                <option key={l} value={l}>
                  L{l}
                </option>
              ))}
            </Select>
          </p>
          {levelDelta(cells, compare[0], compare[1]).map((d) => (
            <div key={d.level} className="mt-2">
              <p className="font-medium">Level {d.level}</p>
              <ul className="list-disc pl-5">
                {d.indicators.map((t) => (
                  <li key={t}>{t}</li>
                ))}
              </ul>
            </div>
          ))}
          {compare[0] >= compare[1] ? (
            <p className="mt-2">Nothing: the first level already covers the second.</p>
          ) : null}
        </div>
      ) : null}
    </fieldset>
  );
}
