"use client";
// A role's salary band, its two ends as one group with one error (the role form and the role
// page's logistics form): "to" below "from" is one problem of the band, not of either field.
import type { UseFormRegisterReturn } from "react-hook-form";
import { FieldSet } from "@/components/ui/fieldset";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

type Message = { message?: string } | undefined;

export function SalaryBandFields({
  id,
  min,
  max,
  errors,
  defaults,
  className,
}: {
  /** The group's id; the ends take `${id}Min` and `${id}Max`, the error `${id}-err`. */
  id: string;
  min: UseFormRegisterReturn;
  max: UseFormRegisterReturn;
  errors: { salaryMin?: Message; salaryMax?: Message };
  /** The form's starting band, in the server's HTML too (register() fills the fields only once the script runs). */
  defaults: { salaryMin?: number | null; salaryMax?: number | null };
  className?: string;
}) {
  return (
    <FieldSet
      id={id}
      legend="Salary band"
      legendClassName="sr-only"
      error={errors.salaryMax?.message ?? errors.salaryMin?.message}
      className={className}
    >
      {(c) => (
        <div className="grid grid-cols-2 gap-2">
          <div className="grid gap-1.5">
            <Label htmlFor={`${id}Min`}>Salary from (USD)</Label>
            <Input
              id={`${id}Min`}
              type="text"
              inputMode="numeric"
              autoComplete="off"
              defaultValue={defaults.salaryMin ?? undefined}
              {...c}
              {...min}
            />
          </div>
          <div className="grid gap-1.5">
            <Label htmlFor={`${id}Max`}>to</Label>
            <Input
              id={`${id}Max`}
              type="text"
              inputMode="numeric"
              autoComplete="off"
              defaultValue={defaults.salaryMax ?? undefined}
              {...c}
              {...max}
            />
          </div>
        </div>
      )}
    </FieldSet>
  );
}
