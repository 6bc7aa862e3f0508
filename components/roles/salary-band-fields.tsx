"use client";
// A role's salary band, its currency and two ends as one group with one error (the role form and
// the role page's logistics form): "to" below "from" is one problem of the band, not of either field.
import type { UseFormRegisterReturn } from "react-hook-form";
import { FieldSet } from "@/components/ui/fieldset";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { CURRENCIES, DEFAULT_CURRENCY } from "@/lib/validation/currencies";

type Message = { message?: string } | undefined;

export function SalaryBandFields({
  id,
  currency,
  min,
  max,
  errors,
  defaults,
  className,
}: {
  /** The group's id; the ends take `${id}Min` and `${id}Max`, the currency `${id}Currency`, the error `${id}-err`. */
  id: string;
  currency: UseFormRegisterReturn;
  min: UseFormRegisterReturn;
  max: UseFormRegisterReturn;
  errors: { salaryMin?: Message; salaryMax?: Message; currency?: Message };
  /** The form's starting band, in the server's HTML too (register() fills the fields only once the script runs). */
  defaults: { salaryMin?: number | null; salaryMax?: number | null; currency?: string };
  className?: string;
}) {
  return (
    <FieldSet
      id={id}
      legend="Salary band"
      legendClassName="sr-only"
      error={errors.salaryMax?.message ?? errors.salaryMin?.message ?? errors.currency?.message}
      className={className}
    >
      {(c) => (
        <div className="grid grid-cols-[auto_minmax(0,1fr)_minmax(0,1fr)] gap-2">
          <div className="grid gap-1.5">
            <Label htmlFor={`${id}Currency`}>Currency</Label>
            <Select
              id={`${id}Currency`}
              defaultValue={defaults.currency ?? DEFAULT_CURRENCY}
              // Described by the band's error, invalid only for its own: "to below from" is not the currency's fault.
              aria-describedby={c["aria-describedby"]}
              aria-invalid={!!errors.currency}
              {...currency}
            >
              {CURRENCIES.map((code) => (
                <option key={code} value={code}>
                  {code}
                </option>
              ))}
            </Select>
          </div>
          <div className="grid gap-1.5">
            <Label htmlFor={`${id}Min`}>Salary from</Label>
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
