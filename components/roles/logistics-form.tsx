"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { updateRoleLogisticsAction } from "@/lib/roles/actions";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { lazyZodResolver } from "@/components/ui/lazy-zod-resolver";
import type { SalaryBandInput } from "@/lib/validation/role";
import { ROLE_STATUSES } from "@/lib/validation/role-statuses";
import { numberOrNull } from "./fields";
import { SalaryBandFields } from "./salary-band-fields";
import { applyFieldErrors } from "@/lib/forms/field-errors";
import { Select } from "@/components/ui/select";

const validation = lazyZodResolver<SalaryBandInput>(() =>
  import("@/lib/validation/role").then((m) => m.salaryBandSchema),
);

/** Salary band and status: what the role's recruiter may change (its owner and admins too). */
export function LogisticsForm({
  roleId,
  version,
  initial,
}: {
  roleId: string;
  version: number;
  initial: SalaryBandInput;
}) {
  const router = useRouter();
  // The role's version this form was loaded at; a save over someone else's change is refused.
  const [savedVersion, setSavedVersion] = useState(version);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const form = useForm<SalaryBandInput>({ resolver: validation.resolver, defaultValues: initial, mode: "onChange" });
  const { errors, isSubmitting, isDirty } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    const res = await updateRoleLogisticsAction(roleId, savedVersion, values);
    if (!res.ok) {
      applyFieldErrors(form, res);
      setMessage({ ok: false, text: res.message });
      return;
    }
    setSavedVersion(res.version);
    form.reset(values);
    setMessage({ ok: true, text: "Salary band and status saved." });
    router.refresh();
  });

  return (
    <form
      onSubmit={onSubmit}
      onFocus={validation.preload}
      noValidate
      aria-labelledby="logistics-card-h"
      className="grid gap-3"
    >
      <div className="grid gap-3 sm:grid-cols-[1fr_1fr_auto_auto] sm:items-end">
        <SalaryBandFields
          id="lg-salary"
          currency={form.register("currency")}
          min={form.register("salaryMin", numberOrNull)}
          max={form.register("salaryMax", numberOrNull)}
          defaults={initial}
          errors={errors}
          className="sm:col-span-2"
        />
        <Field id="lg-status" label="Status" error={errors.status?.message}>
          {(c) => (
            <Select {...c} defaultValue={initial.status} {...form.register("status")}>
              {ROLE_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {s.toLowerCase()}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Button type="submit" disabled={isSubmitting || !isDirty}>
          {isSubmitting ? "Saving…" : "Save band and status"}
        </Button>
      </div>
      {message ? (
        <p
          role={message.ok ? "status" : "alert"}
          className={message.ok ? "text-sm text-success" : "text-sm text-danger"}
        >
          {message.text}
        </p>
      ) : null}
    </form>
  );
}
