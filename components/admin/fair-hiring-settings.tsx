"use client";
// The fair-hiring report's settings on the admin page: the smallest group it shows, and the
// self-identification questions (each folded: its name and answers, asked or retired), with a
// form to add one. Each form uses the schema the server checks (lib/validation/self-id.ts).
import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { Button } from "@/components/ui/button";
import { INPUT_CLASS } from "@/components/ui/field-classes";
import {
  createSelfIdCategoryAction,
  setFairHiringMinGroupAction,
  updateSelfIdCategoryAction,
} from "@/lib/fair-hiring/actions";
import type { FairHiringSettings } from "@/lib/fair-hiring/settings";
import {
  fairHiringMinGroupSchema,
  PREFER_NOT_TO_SAY,
  selfIdCategorySchema,
  selfIdLabelSchema,
  selfIdOptionsTextSchema,
  type SelfIdCategoryInput,
} from "@/lib/validation/self-id";
import { maxOf } from "@/lib/validation/text-limits";
import { applyFieldErrors, formLineAfterRefusal } from "@/lib/forms/field-errors";
import { FormField } from "@/components/ui/form-field";
import { CHECK_ON_SUBMIT } from "@/components/ui/form-modes";
import { useUnsavedGuard } from "@/components/ui/use-unsaved-guard";

type MinInput = z.input<typeof fairHiringMinGroupSchema>;
type MinOutput = z.output<typeof fairHiringMinGroupSchema>;

/** The smallest group the report shows figures for (at least 5). */
export function MinGroupSetting({ value }: { value: number }) {
  const [message, setMessage] = useState<string | null>(null);
  const form = useForm<MinInput, unknown, MinOutput>({
    resolver: zodResolver(fairHiringMinGroupSchema),
    ...CHECK_ON_SUBMIT,
    defaultValues: { minGroup: value },
  });
  const { isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(
    async (values) => {
      const res = await setFairHiringMinGroupAction(values);
      setMessage(
        res.ok ? `Saved. Groups of fewer than ${values.minGroup} people at a stage are withheld.` : res.message,
      );
    },
    // Refused in the form: no earlier "Saved" beside the error.
    () => setMessage(null),
  );
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-1.5 text-sm">
      <FormField
        form={form}
        name="minGroup"
        id="fh-min-group"
        label="Smallest group shown in the fair-hiring report"
        description="People with an outcome at a stage. A smaller group shows no figures (and the next smallest goes too when only one would), so nobody can be picked out. 10 is common practice; 5 is the least allowed."
      >
        {(c) => (
          <div className="flex flex-wrap gap-2">
            <input
              {...c}
              type="number"
              inputMode="numeric"
              min={5}
              max={1000}
              className="h-10 w-24 rounded-md border border-border bg-card px-2"
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

type Category = FairHiringSettings["categories"][number];
type CategoryOutput = z.output<typeof selfIdCategorySchema>;

/** One question's form: name, answers one a line, asked or not. `category` null: a new question. */
function CategoryForm({ category }: { category: Category | null }) {
  const id = category?.id ?? "new";
  const [message, setMessage] = useState<string | null>(null);
  const form = useForm<SelfIdCategoryInput, unknown, CategoryOutput>({
    resolver: zodResolver(selfIdCategorySchema),
    ...CHECK_ON_SUBMIT,
    defaultValues: {
      label: category?.label ?? "",
      options: category?.options.join("\n") ?? "",
      active: category?.active ?? true,
    },
  });
  const { isSubmitting, isDirty } = form.formState;
  // A reworded question or a list of answers typed and not saved is asked about before leaving.
  useUnsavedGuard(isDirty && !isSubmitting);
  const onSubmit = form.handleSubmit(
    async () => {
      setMessage(null);
      // The action parses the typed answers itself (same schema): send what was typed.
      const typed = form.getValues();
      // An edit sends the version this page loaded (newer after this admin's own save: the page is
      // revalidated); another admin's save in between is refused and the typed text stays here.
      const res = category
        ? await updateSelfIdCategoryAction(category.id, { ...typed, version: category.version })
        : await createSelfIdCategoryAction(typed);
      if (res.ok) {
        setMessage(category ? "Saved. The form asks this from now on." : "Added. The form asks it from now on.");
        form.reset(category ? typed : { label: "", options: "", active: true });
      } else {
        setMessage(formLineAfterRefusal(applyFieldErrors(form, res, ["label", "options"]), res));
      }
    },
    // Refused in the form: no earlier "Saved" beside the error.
    () => setMessage(null),
  );
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="grid gap-3 text-sm"
      aria-label={category ? `Edit ${category.label}` : "Add a question"}
    >
      <FormField form={form} name="label" id={`fh-label-${id}`} label="Question" max={maxOf(selfIdLabelSchema)}>
        {(c) => <input {...c} dir="auto" className={INPUT_CLASS} />}
      </FormField>
      <FormField
        form={form}
        name="options"
        id={`fh-options-${id}`}
        label="Answers offered, one a line"
        description={
          <>
            2 to 20 answers. &ldquo;{PREFER_NOT_TO_SAY}&rdquo; is always offered as well. Answers already given keep
            their wording: a renamed or removed answer still counts in the report under its old wording.
          </>
        }
        max={maxOf(selfIdOptionsTextSchema)}
      >
        {(c) => <textarea {...c} rows={5} dir="auto" className="rounded-md border border-border bg-card p-2" />}
      </FormField>
      <label className="flex items-start gap-2">
        <input
          type="checkbox"
          className="mt-1 h-4 w-4"
          defaultChecked={form.formState.defaultValues?.active}
          {...form.register("active")}
        />
        <span>
          Asked on the form and offered in the report
          <span className="block text-xs text-muted-foreground">
            Unticked: retired. Its answers are kept; it is neither asked nor reported.
          </span>
        </span>
      </label>
      <div>
        <Button type="submit" variant="outline" disabled={isSubmitting}>
          {category ? "Save question" : "Add question"}
        </Button>
      </div>
      {message ? (
        <p role="status" className="text-xs text-muted-foreground">
          {message}
        </p>
      ) : null}
    </form>
  );
}

/** The questions, each folded under its name; a last fold adds one. */
export function SelfIdCategoriesSetting({ categories, max }: { categories: Category[]; max: number }) {
  return (
    <div className="grid gap-2 text-sm">
      <p className="font-medium">Self-identification questions</p>
      <p className="text-xs text-muted-foreground">
        What the candidates&apos; voluntary form asks, in this order. Changes apply to the next person who opens a link.
      </p>
      <ul className="grid gap-2">
        {categories.map((c) => (
          <li key={c.id}>
            <details className="rounded-md border border-border p-2">
              <summary className="cursor-pointer">
                <span className="font-medium" dir="auto">
                  {c.label}
                </span>{" "}
                <span className="text-xs text-muted-foreground">
                  {c.active ? `${c.options.length} answers` : "retired"} · answered by {c.answers}
                </span>
              </summary>
              <div className="mt-3">
                <CategoryForm category={c} />
              </div>
            </details>
          </li>
        ))}
        {categories.length < max ? (
          <li>
            <details className="rounded-md border border-dashed border-border p-2">
              <summary className="cursor-pointer font-medium">Add a question</summary>
              <div className="mt-3">
                <CategoryForm category={null} />
              </div>
            </details>
          </li>
        ) : (
          <li className="text-xs text-muted-foreground">
            The organisation has {max} questions, the most it may keep: reword or retire one.
          </li>
        )}
      </ul>
    </div>
  );
}
