"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useUnsavedGuard } from "@/components/ui/use-unsaved-guard";
import { useForm } from "react-hook-form";
import { saveQuestionAction } from "@/lib/questions/actions";
import { Button } from "@/components/ui/button";
import { questionSchema, type QuestionInput } from "@/lib/validation/question";
import { maxOf } from "@/lib/validation/text-limits";
import { FormField } from "@/components/ui/form-field";
import { Textarea } from "@/components/ui/textarea";
import { Select } from "@/components/ui/select";
import { CHECK_ON_SUBMIT } from "@/components/ui/form-modes";

const MAX = {
  prompt: maxOf(questionSchema.shape.prompt),
  answerL1: maxOf(questionSchema.shape.answerL1),
  answerL2: maxOf(questionSchema.shape.answerL2),
  answerL3: maxOf(questionSchema.shape.answerL3),
};

export function QuestionForm({
  domains,
  questionId,
  initial,
  onDone,
}: {
  domains: { domainId: string; name: string }[];
  questionId?: string;
  initial?: QuestionInput;
  onDone?: () => void;
}) {
  const [message, setMessage] = useState<string | null>(null);
  // The bank pages by level and age: a new question is found by its words, not by scrolling.
  const [added, setAdded] = useState<string | null>(null);
  const form = useForm<QuestionInput>({
    resolver: zodResolver(questionSchema),
    ...CHECK_ON_SUBMIT,
    defaultValues: initial ?? {
      domainId: domains[0]?.domainId ?? "",
      level: 2,
      prompt: "",
      answerL1: "",
      answerL2: "",
      answerL3: "",
    },
  });
  const { isSubmitting, isDirty } = form.formState;
  // A prompt and three model answers are minutes of typing: leaving with them unsaved asks first.
  useUnsavedGuard(isDirty && !isSubmitting);
  const p = questionId ?? "new";
  const onSubmit = form.handleSubmit(async (v) => {
    setAdded(null);
    const res = await saveQuestionAction(questionId ?? null, v);
    if (!res.ok) return setMessage(res.message);
    setMessage(questionId ? "Saved." : "Question added.");
    if (!questionId)
      setAdded(`/questions?q=${encodeURIComponent(v.prompt.trim().split("\n")[0]!.trim().slice(0, 60))}`);
    // Saved: the form is clean again (a new one empty, an edit at what was saved).
    form.reset(questionId ? v : undefined);
    onDone?.();
  });
  const area = (name: "prompt" | "answerL1" | "answerL2" | "answerL3", label: string) => (
    <FormField form={form} name={name} max={MAX[name]} id={`${p}-${name}`} label={label}>
      {(c) => <Textarea {...c} rows={2} />}
    </FormField>
  );
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-3">
      <div className="flex flex-wrap gap-3">
        <label className="grid gap-1 text-sm font-medium" htmlFor={`${p}-domain`}>
          Domain
          <Select id={`${p}-domain`} {...form.register("domainId")}>
            {domains.map((d) => (
              <option key={d.domainId} value={d.domainId}>
                {d.name}
              </option>
            ))}
          </Select>
        </label>
        <label className="grid gap-1 text-sm font-medium" htmlFor={`${p}-level`}>
          Level
          <Select id={`${p}-level`} {...form.register("level", { valueAsNumber: true })}>
            {[1, 2, 3].map((l) => (
              <option key={l} value={l}>
                Level {l}
              </option>
            ))}
          </Select>
        </label>
      </div>
      {area("prompt", "Question")}
      {area("answerL1", "A Level 1 answer sounds like")}
      {area("answerL2", "A Level 2 answer sounds like")}
      {area("answerL3", "A Level 3 answer sounds like")}
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={isSubmitting}>
          {questionId ? "Save question" : "Add question"}
        </Button>
        {message ? (
          <p role="status" className="text-sm">
            {message}{" "}
            {added ? (
              <a href={added} className="text-primary underline underline-offset-4">
                Find it in the bank
              </a>
            ) : null}
          </p>
        ) : null}
      </div>
    </form>
  );
}
