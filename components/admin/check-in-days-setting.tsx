"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { setCheckInDaysAction } from "@/lib/settings/actions";
import { Button } from "@/components/ui/button";
import { checkInDaysSchema } from "@/lib/validation/check-in";
import { FormField } from "@/components/ui/form-field";
import { CHECK_ON_SUBMIT } from "@/components/ui/form-modes";

type Input = z.input<typeof checkInDaysSchema>;
type Output = z.output<typeof checkInDaysSchema>;

/** When quality-of-hire check-ins fall due, as days after the hire decision. */
export function CheckInDaysSetting({ value }: { value: number[] }) {
  const [message, setMessage] = useState<string | null>(null);
  const form = useForm<Input, unknown, Output>({
    resolver: zodResolver(checkInDaysSchema),
    ...CHECK_ON_SUBMIT,
    defaultValues: { checkInDays: value.join(", ") },
  });
  const { isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(
    async (parsed) => {
      // The action parses the text itself (same schema): send what was typed.
      const res = await setCheckInDaysAction({ checkInDays: form.getValues("checkInDays") });
      setMessage(res.ok ? "Saved. Due check-ins follow the new days; recorded ones stay." : res.message);
      // Saved: the box shows the days as stored, not what was pasted (round X: "30,,60" stayed).
      if (res.ok) form.reset({ checkInDays: parsed.checkInDays.join(", ") });
    },
    // Refused in the form: no earlier "Saved" beside the error.
    () => setMessage(null),
  );
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-1.5 text-sm">
      <FormField
        form={form}
        name="checkInDays"
        id="check-in-days"
        label="Quality-of-hire check-ins (days after the hire)"
        description="Comma-separated, e.g. 90, 182, 365 (90 days, 6 months, 12 months)."
      >
        {(c) => (
          <div className="flex flex-wrap gap-2">
            <input
              {...c}
              inputMode="numeric"
              className="h-10 min-w-0 flex-1 rounded-md border border-border bg-card px-2"
            />
            <Button type="submit" variant="outline" disabled={isSubmitting}>
              Save
            </Button>
          </div>
        )}
      </FormField>
      {message ? (
        <p role="status" className="text-xs text-muted-foreground">
          {message}
        </p>
      ) : null}
    </form>
  );
}
