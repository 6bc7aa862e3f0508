"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormProvider, useForm, useWatch } from "react-hook-form";
import { createRoleAction, updateRoleAction } from "@/lib/roles/actions";
import { Button } from "@/components/ui/button";
import { FieldSet } from "@/components/ui/fieldset";
import { Input } from "@/components/ui/input";
import type { RoleBuilderData } from "@/lib/data/role-builder";
import { planCoverage, type PlanStage } from "@/lib/roles/coverage";
import { profileFlags } from "@/lib/roles/profile-checks";
import { ROLE_STATUSES, roleFieldsSchema, roleSchema, type RoleInput } from "@/lib/validation/role";
import { maxOf } from "@/lib/validation/text-limits";
import { SalaryBandFields } from "./salary-band-fields";
import { numberOrNull } from "./fields";
import { TargetRow } from "./target-row";
import { applyFieldErrors } from "@/lib/forms/field-errors";
import { FormField } from "@/components/ui/form-field";
import { Select } from "@/components/ui/select";
import { useUnsavedGuard } from "@/components/ui/use-unsaved-guard";
import { RoleCopyNotices } from "./role-copy-notices";
import { useRoleCopy } from "./use-role-copy";

const MAX = {
  title: maxOf(roleFieldsSchema.shape.title),
  seniority: maxOf(roleFieldsSchema.shape.seniority),
  location: maxOf(roleFieldsSchema.shape.location),
};

type Props = {
  /** Whose device copy this form keeps (lib/roles/role-copy.ts). */
  userId: string;
  /** The viewer's zone, for when a restored copy was made. */
  timeZone: string | null;
  data: RoleBuilderData;
  initial: RoleInput;
  roleId?: string;
  version?: number;
  /** Admins pick the owner manager; a manager creating a role owns it. */
  canChooseOwner?: boolean;
  /** The published plan's stages, to warn before a save unpublishes it; null when unpublished. */
  planStages?: PlanStage[] | null;
  /** Who was on the saved team and no longer can be (lib/roles/role-input.ts leftOffTeamNotice). */
  teamNotice?: string | null;
};

export function RoleForm({
  userId,
  timeZone,
  data,
  initial,
  roleId,
  version,
  canChooseOwner = false,
  planStages = null,
  teamNotice = null,
}: Props) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const form = useForm<RoleInput>({ resolver: zodResolver(roleSchema), defaultValues: initial, mode: "onChange" });
  const { errors, isSubmitting, isDirty } = form.formState;
  // Leaving (a link, a reload, closing the tab) with edits not saved asks first, as the plan,
  // job-description and check-in editors do: a refused save keeps them in the form, not on the server.
  useUnsavedGuard(isDirty && !isSubmitting);
  // What is typed is also kept on this device, offered back after a reload or a closed tab.
  const copy = useRoleCopy({
    userId,
    roleId,
    version,
    initial,
    form,
    // SalaryBandFields id="salary": its ends are #salaryMin and #salaryMax.
    salaryText: (name) => document.querySelector<HTMLInputElement>(`#${name}`)?.value,
  });
  const [title, seniority, clusterId, targets] = useWatch({
    control: form.control,
    name: ["title", "seniority", "clusterId", "targets"],
  });
  const emphasis = data.emphasis[clusterId] ?? {};
  const flags = profileFlags({
    title,
    seniority,
    domains: data.domains.map((d, i) => ({
      domainId: d.domainId,
      name: d.shortName,
      level: targets[i]?.level ?? 0,
      emphasis: emphasis[d.domainId] ?? "SUPPORTING",
    })),
  });

  // Raising a target the published plan doesn't cover takes the plan back to draft on save.
  const wouldUnpublish = planStages
    ? planCoverage(
        data.domains.map((d, i) => ({ domainId: d.domainId, name: d.shortName, level: targets[i]?.level ?? 0 })),
        planStages,
      ).uncovered.map((u) => u.name)
    : [];
  const owners =
    canChooseOwner && initial.ownerId && !data.managers.some((m) => m.id === initial.ownerId)
      ? [{ id: initial.ownerId, name: "Current owner (not an active manager)" }, ...data.managers]
      : data.managers;

  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    const res = roleId ? await updateRoleAction(roleId, version ?? 0, values) : await createRoleAction(values);
    if (!res.ok) {
      applyFieldErrors(form, res);
      setMessage(res.message);
      return;
    }
    copy.saved();
    // The role page explains an unpublished plan and interviewers taken off the plan; the flags survive the navigation in the URL.
    const query = new URLSearchParams();
    if ("planUnpublished" in res && res.planUnpublished) query.set("planUnpublished", "1");
    if ("prunedInterviewers" in res && res.prunedInterviewers.length)
      query.set("pruned", String(res.prunedInterviewers.length));
    router.push(`/roles/${"id" in res ? res.id : roleId}${query.size ? `?${query}` : ""}`);
    router.refresh();
  });

  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <RoleCopyNotices copy={copy} timeZone={timeZone} creating={!roleId} loadedVersion={version ?? null} />
        <div className="grid content-start gap-4">
          <div className="grid gap-4 rounded-lg border border-border bg-card p-4 sm:grid-cols-2">
            <FormField form={form} name="title" max={MAX.title} id="title" label="Title" className="sm:col-span-2">
              {(c) => <Input {...c} />}
            </FormField>
            <FormField form={form} name="seniority" max={MAX.seniority} id="seniority" label="Seniority">
              {(c) => (
                <>
                  <Input {...c} list="seniorities" />
                  <datalist id="seniorities">
                    <option value="Junior" />
                    <option value="Mid-level" />
                    <option value="Senior" />
                    <option value="Staff" />
                  </datalist>
                </>
              )}
            </FormField>
            <FormField form={form} name="clusterId" id="clusterId" label="Role cluster">
              {(c) => (
                <Select {...c}>
                  {data.clusters.map((cluster) => (
                    <option key={cluster.id} value={cluster.id}>
                      {cluster.name}
                    </option>
                  ))}
                </Select>
              )}
            </FormField>
          </div>
          <h2 className="text-lg font-semibold">Target level per domain</h2>
          {errors.targets?.root?.message || errors.targets?.message ? (
            <p role="alert" className="text-sm text-danger">
              {errors.targets?.root?.message ?? errors.targets?.message}
            </p>
          ) : null}
          {data.domains.map((d, i) => (
            <TargetRow
              key={d.domainId}
              index={i}
              name={d.name}
              emphasis={emphasis[d.domainId] ?? "SUPPORTING"}
              indicators={data.indicators[clusterId]?.[d.domainId] ?? {}}
            />
          ))}
        </div>

        {/* The whole column stays in view (scrolling on its own when taller than the screen), so the
            live profile checks never cover the team fields below them. */}
        <div className="grid content-start gap-4 lg:sticky lg:top-4 lg:max-h-[calc(100dvh-2rem)] lg:self-start lg:overflow-y-auto lg:pr-1">
          <section aria-labelledby="checks-h" className="rounded-lg border border-border bg-card p-4">
            <h2 id="checks-h" className="font-semibold">
              Profile checks
            </h2>
            {flags.length === 0 ? (
              <p className="mt-1 text-sm text-success">The profile is consistent with the title and cluster.</p>
            ) : (
              <ul className="mt-2 grid gap-2 text-sm" aria-live="polite">
                {flags.map((f) => (
                  <li
                    key={f.code + f.message}
                    className={f.severity === "warning" ? "text-warning" : "text-muted-foreground"}
                  >
                    {f.message}
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="logistics-h" className="grid gap-3 rounded-lg border border-border bg-card p-4">
            <h2 id="logistics-h" className="font-semibold">
              Logistics and team
            </h2>
            <SalaryBandFields
              id="salary"
              currency={form.register("currency")}
              min={form.register("salaryMin", numberOrNull)}
              max={form.register("salaryMax", numberOrNull)}
              defaults={initial}
              errors={errors}
            />
            <FormField form={form} name="location" max={MAX.location} id="location" label="Location">
              {(c) => <Input {...c} placeholder="Remote (US), Hybrid Berlin…" />}
            </FormField>
            <FormField form={form} name="status" id="status" label="Status">
              {(c) => (
                <Select {...c}>
                  {ROLE_STATUSES.map((s) => (
                    <option key={s} value={s}>
                      {s.toLowerCase()}
                    </option>
                  ))}
                </Select>
              )}
            </FormField>
            {canChooseOwner ? (
              <FormField form={form} name="ownerId" id="ownerId" label="Owner (engineering manager)">
                {(c) => (
                  <Select {...c}>
                    <option value="">Choose a manager…</option>
                    {owners.map((p) => (
                      <option key={p.id} value={p.id}>
                        {p.name}
                      </option>
                    ))}
                  </Select>
                )}
              </FormField>
            ) : null}
            {teamNotice ? (
              <p role="note" className="text-sm text-warning">
                {teamNotice}
              </p>
            ) : null}
            <FormField form={form} name="recruiterId" id="recruiterId" label="Recruiter">
              {(c) => (
                <Select {...c}>
                  <option value="">None</option>
                  {data.recruiters.map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.name}
                    </option>
                  ))}
                </Select>
              )}
            </FormField>
            <FieldSet
              id="interviewers"
              legend="Interviewers"
              legendClassName="text-sm font-medium"
              error={errors.interviewerIds?.message}
            >
              {(c) => (
                <div className="mt-1 grid gap-1">
                  {data.interviewers.map((p) => (
                    <label key={p.id} className="flex items-center gap-2 text-sm">
                      <input
                        type="checkbox"
                        value={p.id}
                        className="h-4 w-4"
                        defaultChecked={initial.interviewerIds?.includes(p.id)}
                        {...c}
                        {...form.register("interviewerIds")}
                      />
                      {p.name}
                    </label>
                  ))}
                </div>
              )}
            </FieldSet>
          </section>
          {/* Pinned to the column's bottom: on a laptop screen the column scrolls on its own, and the
              button at its end was out of sight with nothing to say it was there. */}
          <div className="grid gap-2 lg:sticky lg:bottom-0 lg:bg-background lg:pt-2 lg:pb-1">
            {wouldUnpublish.length ? (
              <p role="status" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm">
                Saving will unpublish the interview plan: {wouldUnpublish.join(", ")}{" "}
                {wouldUnpublish.length === 1 ? "is" : "are"} not covered by any stage. Update the plan and publish it
                again afterwards.
              </p>
            ) : null}
            {message ? (
              <p role="alert" className="text-sm text-danger">
                {message}
              </p>
            ) : null}
            <Button type="submit" disabled={isSubmitting}>
              {isSubmitting ? "Saving…" : roleId ? "Save role" : "Create role"}
            </Button>
          </div>
        </div>
      </form>
    </FormProvider>
  );
}
